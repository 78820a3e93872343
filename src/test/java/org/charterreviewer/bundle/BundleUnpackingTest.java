package org.charterreviewer.bundle;

import org.charterreviewer.testing.RecordingMonitor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.charterreviewer.progress.ProgressMonitor;
import org.charterreviewer.workspace.Workspace;
import org.charterreviewer.workspace.WorkspaceOptions;
import org.junit.jupiter.api.Test;

/**
 * What a bundle costs before it is trusted: nothing is unpacked until its signed manifest has been
 * checked against the ZIP's table of contents, and what is unpacked goes to owner-only files in the
 * data folder's own temporary folder, removed afterwards, and at the next opening after a crash.
 */
class BundleUnpackingTest extends BundleTestBase {

    /**
     * Counts the reads of unpacked bytes (the streaming asks whether to stop after each) and cancels
     * past {@code limit}, so the old behaviour of unpacking everything fails the test quickly instead
     * of filling the disk. A read of zeros gives up to 64 KB; a read of bytes that do not compress
     * gives about 512.
     */
    private static RecordingMonitor tripwire(int limit) {
        return RecordingMonitor.recording().cancelWhen(m -> m.cancelChecks() > limit);
    }

    @Test
    void anUnsignedFileOfTenThousandMegabytesOfZerosIsRefusedAtOnceWithoutUnpackingAnything() throws IOException {
        Path bomb = ZipBombs.zeros(dir.resolve("bomb.zip"), 10_000, 1024 * 1024);
        assertThat(Files.size(bomb)).as("a small file").isLessThan(12L * 1024 * 1024);
        String before = BundleFixture.snapshot(there);
        RecordingMonitor tripwire = tripwire(160);

        BundleException e = catchThrowableOfType(BundleException.class,
                () -> bundlesThere.importer().importBundle(bomb, tripwire));

        assertThat(e).as("refused with a plain message").isNotNull();
        assertThat(e.getMessage()).isEqualTo("This ZIP file has no manifest.json, so it is not an evidence bundle.");
        assertThat(tripwire.cancelChecks()).as("buffers streamed before the refusal").isLessThan(4);
        assertThat(bytesUnder(there.folder().tempFolder())).isZero();
        assertThat(BundleFixture.snapshot(there)).as("database unchanged").isEqualTo(before);
    }

    @Test
    void aSignedManifestThatDoesNotListAnEntryIsRefusedBeforeTheEntryIsUnpacked() throws IOException {
        Path good = export(false);
        // A megabyte-sized bomb slipped into a properly signed bundle: the manifest does not list it.
        Path bundle = BundleFixture.tamper(good, dir.resolve("slipped.zip"),
                entries -> entries.put("evidence/zeros.bin", new byte[200 * 1024 * 1024]));
        RecordingMonitor tripwire = tripwire(160);

        BundleException e = catchThrowableOfType(BundleException.class,
                () -> bundlesThere.importer().importBundle(bundle, tripwire));

        assertThat(e).isNotNull();
        assertThat(e.getMessage()).contains("“evidence/zeros.bin”", "not listed in the manifest");
        assertThat(tripwire.cancelChecks()).isLessThan(4);
    }

    @Test
    void anEntryIsStoppedAtTheSizeItsSignedManifestDeclares() throws IOException {
        Path good = export(false);
        byte[] photo = BundleFixture.entries(good).get("evidence/photo.jpg");
        // The photo grown by 100 MB that do not compress, and the table of contents edited to claim
        // its signed size: only the stream itself shows the surplus.
        Path bundle = BundleFixture.tamper(good, dir.resolve("grown.zip"), entries -> {
            byte[] grown = java.util.Arrays.copyOf(photo, photo.length + 100 * 1024 * 1024);
            System.arraycopy(BundleFixture.random(100 * 1024 * 1024, 7), 0, grown, photo.length, 100 * 1024 * 1024);
            entries.put("evidence/photo.jpg", grown);
        });
        BundleFixture.claimSizeInTableOfContents(bundle, "evidence/photo.jpg", photo.length);
        RecordingMonitor tripwire = tripwire(20_000);

        BundleException e = catchThrowableOfType(BundleException.class,
                () -> bundlesThere.importer().importBundle(bundle, tripwire));

        assertThat(e).isNotNull();
        assertThat(e.getMessage()).contains("“evidence/photo.jpg”");
        // The bundle's entries up to the photo and the photo's 200 KB take about a thousand reads; its
        // 100 MB surplus would take two hundred thousand.
        assertThat(tripwire.cancelChecks()).as("stopped near its declared 200 KB").isLessThan(5_000);
    }

    @Test
    void entriesAreUnpackedOwnerOnlyInsideTheDataFolderAndRemovedAfterwards() throws IOException {
        Path good = export(false);
        Path unpacked;
        try (VerifiedBundle bundle = bundlesThere.verifier().open(good, ProgressMonitor.NONE)) {
            unpacked = bundle.folder();
            assertThat(unpacked.toAbsolutePath()).startsWith(there.folder().tempFolder());
            assertThat(bundle.contentBySha256().values()).allSatisfy(file -> assertThat(file).startsWith(unpacked));
            if (posix()) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(unpacked))).isEqualTo("rwx------");
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(there.folder().tempFolder())))
                        .isEqualTo("rwx------");
                try (Stream<Path> files = Files.list(unpacked)) {
                    assertThat(files.toList()).isNotEmpty().allSatisfy(file -> assertThat(
                            PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------"));
                }
            }
        }
        assertThat(unpacked).doesNotExist();

        bundlesThere.importer().importBundle(good, ProgressMonitor.NONE);
        assertThat(bytesUnder(there.folder().tempFolder())).isZero();
        try (Stream<Path> left = Files.list(there.folder().tempFolder())) {
            assertThat(left.toList()).isEmpty();
        }
    }

    @Test
    void aRefusedBundleLeavesNothingInTheTemporaryFolder() throws IOException {
        Path good = export(false);
        Path bundle = BundleFixture.tamper(good, dir.resolve("hash.zip"), e -> e.get("evidence/photo.jpg")[1000] ^= 1);

        catchThrowableOfType(BundleException.class, () -> bundlesThere.importer().importBundle(bundle, ProgressMonitor.NONE));

        try (Stream<Path> left = Files.list(there.folder().tempFolder())) {
            assertThat(left.toList()).isEmpty();
        }
    }

    @Test
    void leftoversOfACrashAreRemovedWhenTheDataFolderIsNextOpened() throws IOException {
        Path leftover = there.folder().tempFolder().resolve("bundle-123456").resolve("entry-1");
        Files.createDirectories(leftover.getParent());
        Files.writeString(leftover, "review.json with what a parent said");
        Path data = there.folder().root();
        there.close();

        there = Workspace.open(WorkspaceOptions.at(data));

        try (Stream<Path> left = Files.list(there.folder().tempFolder())) {
            assertThat(left.toList()).isEmpty();
        }
    }

    static boolean posix() {
        return java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    static long bytesUnder(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            List<Path> all = files.filter(Files::isRegularFile).toList();
            long total = 0;
            for (Path file : all) {
                total += Files.size(file);
            }
            return total;
        }
    }
}
