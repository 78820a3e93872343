package org.charterreviewer.storage;

import org.charterreviewer.testing.RecordingMonitor;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.charterreviewer.charter.Charter;
import org.charterreviewer.review.NewReview;
import org.charterreviewer.review.Participant;
import org.charterreviewer.review.Review;
import org.charterreviewer.review.ReviewFixtures;
import org.charterreviewer.workspace.Workspace;
import org.charterreviewer.workspace.WorkspaceOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The data folder's own temporary folder: owner-only, cleared at the next opening, used while attaching. */
class DataTempFolderTest {

    @TempDir
    Path dir;

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    private static String mode(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    @Test
    void foldersAndFilesAreOwnerOnlyAndLeftoversGo() throws IOException {
        DataTempFolder temp = new DataTempFolder(DataFolder.at(dir).create());
        Path folder = temp.newFolder("work-");
        Path file = temp.newFile("copy-", ".jpg");
        Files.writeString(folder.resolve("inside.txt"), "x");

        assertThat(folder.getParent()).isEqualTo(dir.resolve("tmp"));
        assertThat(file.getParent()).isEqualTo(dir.resolve("tmp"));
        assertThat(file.getFileName().toString()).startsWith("copy-").endsWith(".jpg");
        if (posix()) {
            assertThat(mode(dir.resolve("tmp"))).isEqualTo("rwx------");
            assertThat(mode(folder)).isEqualTo("rwx------");
            assertThat(mode(file)).isEqualTo("rw-------");
        }

        temp.removeLeftovers();

        try (Stream<Path> left = Files.list(dir.resolve("tmp"))) {
            assertThat(left.toList()).isEmpty();
        }
    }

    @Test
    void attachingEvidenceCopiesItInsideTheDataFolderOnly() throws IOException {
        Path data = dir.resolve("data");
        try (Workspace workspace = Workspace.open(WorkspaceOptions.at(data))) {
            long school = ReviewFixtures.insertSchool(workspace.database().dsl(), "Low Hill Nursery School", "103986");
            Charter charter = workspace.charters().latest("wolverhampton-co-production-charter").orElseThrow().charter();
            Review review = workspace.reviews().start(new NewReview(school, charter.id(), charter.version(),
                    LocalDate.of(2026, 3, 9), List.of("Siân O’Brien"), List.of(new Participant("Head teacher", null))));
            Path photo = Files.write(dir.resolve("minutes.txt"), new byte[300_000]);
            List<Path> seenDuringCopy = new ArrayList<>();

            workspace.evidence().attach(review.ref(), photo, List.of(), null, RecordingMonitor.recording().onProgress(m -> {
                if (seenDuringCopy.isEmpty()) {
                    try (Stream<Path> files = Files.list(data.resolve("tmp"))) {
                        seenDuringCopy.addAll(files.toList());
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }
            }));

            assertThat(seenDuringCopy).as("the copy in progress").hasSize(1);
            try (Stream<Path> left = Files.list(data.resolve("tmp"))) {
                assertThat(left.toList()).as("removed once stored").isEmpty();
            }
        }
    }
}
