package org.charterreviewer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.charterreviewer.testing.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CharterCommandTest {

    static final String MINIMAL = "src/test/resources/charters/valid/minimal.json";
    static final String INVALID = "src/test/resources/charters/invalid/";

    @TempDir
    Path dir;

    private CliRun run(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = dir.resolve("data").toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return CliRun.of(all);
    }

    @Test
    void validateAcceptsTheSamples() {
        CliRun result = run("charter", "validate", "sample-charters/wolverhampton-co-production-charter.json",
                "sample-charters/stockport-sen-co-production-charter.json",
                "sample-charters/bury-co-production-charter.json", "sample-charters/bcp-co-production-pledge.json",
                "sample-charters/charter.schema.json");
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.err()).isEmpty();
        assertThat(result.out()).contains("bcp-co-production-pledge@1.0",
                "charter.schema.json: skipped, this is the JSON Schema of the charter format");
    }

    @Test
    void validatePrintsOneLinePerProblemAndExitsOne() {
        CliRun result = run("charter", "validate", MINIMAL, INVALID + "several-problems.json",
                INVALID + "missing-comma.json");
        assertThat(result.exitCode()).isEqualTo(ExitCode.INVALID);
        assertThat(result.err().lines()).containsExactly(
                INVALID + "several-problems.json:1:1: title is missing; the charter needs it.",
                INVALID + "several-problems.json:7:3: colour is not a field of the charter format here (check the "
                        + "spelling). Allowed here: $schema, formatVersion, id, version, kind, title, issuingBody, source, "
                        + "dates, introduction, sections, closing, scale, awardRule, certificate, moderation.",
                INVALID + "several-problems.json:28:66: certificate.validityMonths is 0; a certificate must be valid "
                        + "for at least 1 month.",
                INVALID + "missing-comma.json:5:3: This is not valid JSON: Unexpected character ('\"' (code 34)): "
                        + "was expecting comma to separate Object entries");
        assertThat(result.err()).doesNotContain("Exception", "\tat ");
    }

    @Test
    void importListAndShow() {
        CliRun imported = run("charter", "import", MINIMAL);
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("Imported test-charter@1.0: Test Charter");

        CliRun again = run("charter", "import", MINIMAL);
        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("test-charter@1.0 is already in the library, unchanged");

        CliRun list = run("charter", "list");
        assertThat(list.exitCode()).isZero();
        assertThat(list.out()).contains("test-charter@1.0", "Test Charter", "Test Council", "2 judged items",
                "#YES Co-Production Charter Status");

        CliRun json = run("charter", "list", "--json");
        assertThat(json.exitCode()).isZero();
        assertThat(json.out()).contains("\"id\" : \"test-charter\"", "\"judgedItems\" : 35", "\"contentSha256\"");

        CliRun show = run("charter", "show", "wolverhampton-co-production-charter");
        assertThat(show.exitCode()).as(show.err()).isZero();
        assertThat(show.out()).contains("Children and Families Together Co-Production Charter",
                "We Promise:", "Guidance (Charter Reviewer’s suggestions, not the charter’s words):",
                "Ask pupils:", "Look for:", "Not yet (0 points)", "#YES Co-Production Charter Status",
                "Every judged item is at least “Emerging”");

        CliRun showJson = run("charter", "show", "test-charter@1.0", "--json");
        assertThat(showJson.exitCode()).isZero();
        assertThat(showJson.out()).isEqualTo(readMinimal());
    }

    @Test
    void importOfAnInvalidFileImportsNothingAndExitsOne() {
        CliRun result = run("charter", "import", MINIMAL, INVALID + "share-zero.json");
        assertThat(result.exitCode()).isEqualTo(ExitCode.INVALID);
        assertThat(result.err()).contains("share-zero.json:26:79: awardRule.conditions[0].share is 0",
                "Nothing was imported.");
        assertThat(run("charter", "list").out()).doesNotContain("test-charter");
    }

    @Test
    void changedContentUnderTheSameVersionIsRefused() throws Exception {
        run("charter", "import", MINIMAL);
        Path changed = dir.resolve("changed.json");
        Files.writeString(changed, readMinimal().replace("We act.", "We act today."));
        CliRun result = run("charter", "import", changed.toString());
        assertThat(result.exitCode()).isEqualTo(ExitCode.INVALID);
        assertThat(result.err()).contains("already in the library with different content");
    }

    @Test
    void showOfAnUnknownCharterIsAPlainErrorWithExitOne() {
        CliRun result = run("charter", "show", "no-such-charter@2.0");
        assertThat(result.exitCode()).isEqualTo(ExitCode.INVALID);
        assertThat(result.err()).contains("no charter with the id \"no-such-charter\"");
    }

    @Test
    void draftWritesACharterThatValidatesAndNamesTheDefaultsItUsed() throws Exception {
        Path outline = Files.writeString(dir.resolve("values.md"), """
                id: anytown-values-charter
                title: Anytown Values Charter
                council: Anytown Council

                # Our values
                - Open and honest — Honest communication needs to happen regularly.
                - Listening -- We listen to children and families.
                """);
        Path out = dir.resolve("values.json");
        CliRun drafted = run("charter", "draft", outline.toString(), "--out", out.toString());
        assertThat(drafted.exitCode()).as(drafted.err()).isZero();
        assertThat(drafted.out()).contains("Note: No award rule given: using \"every item at least Emerging\".",
                "Wrote " + out + " (anytown-values-charter@1.0). Check it with: charter validate " + out);
        CliRun validated = run("charter", "validate", out.toString());
        assertThat(validated.exitCode()).as(validated.err()).isZero();
        assertThat(Files.readString(out)).contains("\"title\": \"Listening\"");
    }

    @Test
    void draftOfAnOutlineItCannotReadWritesNothingAndNamesTheLines() throws Exception {
        Path outline = Files.writeString(dir.resolve("bad.md"), """
                id: anytown
                title: Anytown

                # Promises
                - We listen.
                """);
        Path out = dir.resolve("bad.json");
        CliRun drafted = run("charter", "draft", outline.toString(), "--out", out.toString());
        assertThat(drafted.exitCode()).isEqualTo(ExitCode.INVALID);
        assertThat(drafted.err()).isEqualTo(outline + ":1: The outline needs a \"council:\" line at the top"
                + " (before the first # heading)." + System.lineSeparator());
        assertThat(out).doesNotExist();
    }

    @Test
    void validateWithoutFilesIsAUsageError() {
        assertThat(run("charter", "validate").exitCode()).isEqualTo(ExitCode.USAGE);
    }

    private static String readMinimal() {
        try {
            return Files.readString(Path.of(MINIMAL));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
