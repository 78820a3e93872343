package org.charterreviewer.charter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.charterreviewer.InvalidInputException;
import org.charterreviewer.progress.ProgressMonitor;
import org.charterreviewer.workspace.Workspace;
import org.charterreviewer.workspace.WorkspaceOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CharterLibraryTest {

    static final Path MINIMAL = Path.of("src/test/resources/charters/valid/minimal.json");

    @TempDir
    Path dir;

    private Workspace workspace;
    private CharterLibrary library;

    @BeforeEach
    void open() {
        workspace = Workspace.open(WorkspaceOptions.at(dir.resolve("data")));
        library = workspace.charters();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    @Test
    void aFirstStartLoadsTheFourSamples() {
        assertThat(workspace.isFirstStart()).isTrue();
        assertThat(library.all()).extracting(s -> s.charter().reference()).containsExactlyInAnyOrder(
                "wolverhampton-co-production-charter@1.0", "stockport-sen-co-production-charter@1.0",
                "bury-co-production-charter@1.0", "bcp-co-production-pledge@1.0");
        assertThat(workspace.summary().charters()).isEqualTo(4);
    }

    @Test
    void aSecondStartDoesNotLoadTheSamplesAgain() {
        workspace.close();
        workspace = Workspace.open(WorkspaceOptions.at(dir.resolve("data")));
        library = workspace.charters();
        assertThat(workspace.isFirstStart()).isFalse();
        assertThat(library.all()).hasSize(4);
    }

    @Test
    void importKeepsTheExactTextAndItsHashAndAudits() throws IOException {
        CharterImportResult result = library.importFiles(List.of(MINIMAL), ProgressMonitor.NONE);
        assertThat(result.succeeded()).isTrue();
        assertThat(result.outcomes()).singleElement()
                .satisfies(o -> assertThat(o.status()).isEqualTo(CharterImportResult.Status.IMPORTED));
        StoredCharter stored = library.find("test-charter", "1.0").orElseThrow();
        String text = Files.readString(MINIMAL);
        assertThat(stored.jsonText()).isEqualTo(text);
        assertThat(stored.contentSha256()).isEqualTo(CharterReader.sha256(text)).hasSize(64);
        assertThat(workspace.auditLog().entriesFor(workspace.database().dsl(), "charter", "test-charter@1.0"))
                .singleElement().satisfies(e -> {
                    assertThat(e.actor()).isEqualTo("officer");
                    assertThat(e.detail()).contains(stored.contentSha256());
                });
    }

    @Test
    void identicalReimportIsANoOp() {
        library.importFiles(List.of(MINIMAL), ProgressMonitor.NONE);
        CharterImportResult again = library.importFiles(List.of(MINIMAL), ProgressMonitor.NONE);
        assertThat(again.succeeded()).isTrue();
        assertThat(again.outcomes()).singleElement()
                .satisfies(o -> assertThat(o.status()).isEqualTo(CharterImportResult.Status.UNCHANGED));
        assertThat(workspace.auditLog().entriesFor(workspace.database().dsl(), "charter", "test-charter@1.0")).hasSize(1);
    }

    @Test
    void sameVersionWithDifferentContentIsRefusedAndTheOldOneKept() throws IOException {
        library.importFiles(List.of(MINIMAL), ProgressMonitor.NONE);
        Path changed = write("changed.json", Files.readString(MINIMAL).replace("We listen.", "We listen well."));
        CharterImportResult result = library.importFiles(List.of(changed), ProgressMonitor.NONE);
        assertThat(result.succeeded()).isFalse();
        assertThat(result.problems()).singleElement().satisfies(p -> assertThat(p.toString())
                .startsWith(changed + ":1:1: test-charter version 1.0 is already in the library with different content"));
        assertThat(library.find("test-charter", "1.0").orElseThrow().charter().item("p1").orElseThrow().text())
                .isEqualTo("We listen.");
    }

    @Test
    void aNewVersionSitsBesideTheOld() throws IOException {
        library.importFiles(List.of(MINIMAL), ProgressMonitor.NONE);
        Path newer = write("newer.json", Files.readString(MINIMAL).replace("\"1.0\"", "\"1.10\"")
                .replace("We listen.", "We listen well."));
        Path middle = write("middle.json", Files.readString(MINIMAL).replace("\"1.0\"", "\"1.9\""));
        assertThat(library.importFiles(List.of(newer, middle), ProgressMonitor.NONE).succeeded()).isTrue();
        assertThat(library.find("test-charter", "1.0")).isPresent();
        assertThat(library.latest("test-charter").orElseThrow().charter().version()).isEqualTo("1.10");
        assertThat(library.resolve("test-charter").charter().version()).isEqualTo("1.10");
        assertThat(library.resolve("test-charter@1.9").charter().version()).isEqualTo("1.9");
        assertThat(library.all()).extracting(s -> s.charter().reference())
                .containsSubsequence("test-charter@1.10", "test-charter@1.9", "test-charter@1.0");
    }

    @Test
    void nothingIsHalfImportedWhenOneOfSeveralFilesIsInvalid() throws IOException {
        Path good = write("good.json", Files.readString(MINIMAL).replace("test-charter", "good-charter"));
        Path bad = Path.of("src/test/resources/charters/invalid/several-problems.json");
        CharterImportResult result = library.importFiles(List.of(good, bad), ProgressMonitor.NONE);
        assertThat(result.succeeded()).isFalse();
        assertThat(result.problems()).hasSize(3);
        assertThat(library.find("good-charter", "1.0")).isEmpty();
        assertThat(library.all()).hasSize(4);
    }

    @Test
    void aConflictLaterInTheBatchRollsBackEarlierFiles() throws IOException {
        library.importFiles(List.of(MINIMAL), ProgressMonitor.NONE);
        Path good = write("good.json", Files.readString(MINIMAL).replace("test-charter", "good-charter"));
        Path conflicting = write("conflict.json", Files.readString(MINIMAL).replace("We act.", "We act now."));
        CharterImportResult result = library.importFiles(List.of(good, conflicting), ProgressMonitor.NONE);
        assertThat(result.succeeded()).isFalse();
        assertThat(library.find("good-charter", "1.0")).isEmpty();
        assertThat(workspace.auditLog().entriesFor(workspace.database().dsl(), "charter", "good-charter@1.0")).isEmpty();
    }

    @Test
    void twoDifferentFilesWithTheSameVersionInOneImportAreRefused() throws IOException {
        Path one = write("one.json", Files.readString(MINIMAL));
        Path two = write("two.json", Files.readString(MINIMAL).replace("We act.", "We act now."));
        CharterImportResult result = library.importFiles(List.of(one, two), ProgressMonitor.NONE);
        assertThat(result.succeeded()).isFalse();
        assertThat(result.problems()).singleElement().satisfies(p -> assertThat(p.file()).isEqualTo(two.toString()));
        assertThat(library.find("test-charter", "1.0")).isEmpty();
    }

    @Test
    void aMissingFileIsAProblemNotACrash() {
        CharterImportResult result = library.importFiles(List.of(dir.resolve("nope.json")), ProgressMonitor.NONE);
        assertThat(result.problems()).singleElement()
                .satisfies(p -> assertThat(p.toString()).endsWith("nope.json:1:1: There is no such file."));
    }

    @Test
    void unknownReferencesGivePlainMessages() {
        assertThatThrownBy(() -> library.resolve("no-such")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("no charter with the id \"no-such\"");
        assertThatThrownBy(() -> library.resolve("bury-co-production-charter@9.9"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("it has: 1.0");
        assertThatThrownBy(() -> library.resolve("@1.0")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("ID@VERSION");
    }

    @Test
    void unicodeSurvivesStorage() throws IOException {
        Path file = write("unicode.json", Files.readString(MINIMAL).replace("We listen.", "We listen – “properly” to Zoë 😀."));
        assertThat(library.importFiles(List.of(file), ProgressMonitor.NONE).succeeded()).isTrue();
        assertThat(library.find("test-charter", "1.0").orElseThrow().charter().item("p1").orElseThrow().text())
                .isEqualTo("We listen – “properly” to Zoë 😀.");
    }

    @Test
    void versionOrderReadsLikePeopleDo() {
        assertThat(List.of("1.10", "1.9", "2.0", "1.0", "1.0.1").stream().sorted(VersionOrder.INSTANCE).toList())
                .containsExactly("1.0", "1.0.1", "1.9", "1.10", "2.0");
    }
}
