package org.charterreviewer.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.charterreviewer.progress.ProgressMonitor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every hostile bundle is refused with its own plain message, and the importing database does not change at all. */
class HostileBundleTest extends BundleTestBase {

    Path good;
    String before;

    @BeforeEach
    void exportAGoodBundle() {
        good = export(false);
        before = BundleFixture.snapshot(there);
    }

    private String refused(Path bundle) {
        return refused(bundlesThere, bundle);
    }

    private String refused(Bundles bundles, Path bundle) {
        BundleException e = catchThrowableOfType(BundleException.class,
                () -> bundles.importer().importBundle(bundle, ProgressMonitor.NONE));
        assertThat(e).as("refused").isNotNull();
        assertThat(BundleFixture.snapshot(there)).as("database unchanged").isEqualTo(before);
        assertThat(e.getMessage()).doesNotContain("Exception", "\tat ");
        return e.getMessage();
    }

    private Path tampered(String name, java.util.function.Consumer<Map<String, byte[]>> change) throws IOException {
        return BundleFixture.tamper(good, dir.resolve(name), change);
    }

    @Test
    void anEntryPathWithDotDotIsRefused() throws IOException {
        Path bundle = tampered("slip.zip", e -> e.put("evidence/../../evil.txt", new byte[] {1}));
        assertThat(refused(bundle)).contains("“evidence/../../evil.txt”", "outside the folder");
    }

    @Test
    void anAbsoluteEntryPathIsRefused() throws IOException {
        Path bundle = tampered("absolute.zip", e -> e.put("/tmp/evil.txt", new byte[] {1}));
        assertThat(refused(bundle)).contains("“/tmp/evil.txt”", "outside the folder");
    }

    @Test
    void aBackslashInAnEntryPathIsRefused() throws IOException {
        Path bundle = tampered("backslash.zip", e -> e.put("evidence\\..\\evil.txt", new byte[] {1}));
        assertThat(refused(bundle)).contains("outside the folder");
    }

    @Test
    void aDriveLetterInAnEntryPathIsRefused() throws IOException {
        Path bundle = tampered("drive.zip", e -> e.put("C:/Windows/evil.txt", new byte[] {1}));
        assertThat(refused(bundle)).contains("“C:/Windows/evil.txt”", "outside the folder");
    }

    @Test
    void aDuplicateEntryNameIsRefused() throws IOException {
        // ZipOutputStream refuses duplicates, so write two names of one length and make them equal in the raw bytes.
        Path crafted = tampered("dup-source.zip", e -> {
            e.put("evidence/zzzz-one.txt", "first".getBytes(StandardCharsets.UTF_8));
            e.put("evidence/zzzz-two.txt", "second".getBytes(StandardCharsets.UTF_8));
        });
        byte[] bytes = Files.readAllBytes(crafted);
        replaceAll(bytes, "zzzz-two".getBytes(StandardCharsets.US_ASCII), "zzzz-one".getBytes(StandardCharsets.US_ASCII));
        Path bundle = Files.write(dir.resolve("duplicate.zip"), bytes);

        assertThat(refused(bundle)).contains("“evidence/zzzz-one.txt”", "appears twice");
    }

    @Test
    void aFileWhoseHashDiffersFromTheManifestIsRefused() throws IOException {
        Path bundle = tampered("hash.zip", e -> e.get("evidence/photo.jpg")[1000] ^= 1);
        assertThat(refused(bundle)).contains("“evidence/photo.jpg”", "SHA-256", "changed after the bundle was made");
    }

    @Test
    void aManifestEditedAfterSigningIsRefused() throws IOException {
        Path bundle = tampered("edited.zip", e -> e.put("manifest.json", new String(e.get("manifest.json"),
                StandardCharsets.UTF_8).replace("Siân O’Brien", "Someone Else").getBytes(StandardCharsets.UTF_8)));
        assertThat(refused(bundle)).contains("manifest.json was changed after it was signed");
    }

    @Test
    void aMissingSignatureIsRefused() throws IOException {
        Path bundle = tampered("unsigned.zip", e -> e.remove("manifest.json.p7s"));
        assertThat(refused(bundle)).contains("has no signature");
    }

    @Test
    void aSignatureThatIsNotCmsIsRefused() throws IOException {
        Path bundle = tampered("garbage-signature.zip", e -> e.put("manifest.json.p7s", "not a signature".getBytes()));
        assertThat(refused(bundle)).contains("not a valid signature");
    }

    @Test
    void aMissingEntryIsRefused() throws IOException {
        Path bundle = tampered("missing.zip", e -> e.remove("evidence/photo (2).jpg"));
        assertThat(refused(bundle)).contains("“evidence/photo (2).jpg”", "listed in the manifest but missing");
    }

    @Test
    void anEntryNotListedIsRefused() throws IOException {
        Path bundle = tampered("extra.zip", e -> e.put("evidence/extra.exe", new byte[] {'M', 'Z'}));
        assertThat(refused(bundle)).contains("“evidence/extra.exe”", "not listed in the manifest");
    }

    @Test
    void aTruncatedFileIsRefused() throws IOException {
        byte[] bytes = Files.readAllBytes(good);
        Path bundle = Files.write(dir.resolve("truncated.zip"), Arrays.copyOf(bytes, bytes.length / 2));
        assertThat(refused(bundle)).contains("incomplete", "cut short");
    }

    @Test
    void aFileCutJustBeforeItsEndRecordIsRefused() throws IOException {
        byte[] bytes = Files.readAllBytes(good);
        Path bundle = Files.write(dir.resolve("cut.zip"), Arrays.copyOf(bytes, bytes.length - 10));
        assertThat(refused(bundle)).contains("incomplete");
    }

    @Test
    void tooManyEntriesAreRefusedAsAZipBomb() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (int i = 0; i <= BundleLimits.DEFAULT.maxEntries(); i++) {
            entries.put("evidence/" + i + ".txt", new byte[0]);
        }
        Path bundle = BundleFixture.write(dir.resolve("many.zip"), entries);
        assertThat(refused(bundle)).contains("more than", "entries", "zip bomb");
    }

    @Test
    void tooManyBytesInAllAreRefusedAsAZipBomb() throws IOException {
        Bundles capped = Bundles.of(there, BundleLimits.DEFAULT.withMaxTotalBytes(300_000));
        assertThat(refused(capped, good)).contains("unpacks to more than", "zip bomb");
    }

    @Test
    void anEntryThatExpandsTooMuchIsRefusedAsAZipBomb() throws IOException {
        // Signed for its size, so only the ratio cap can stop it (an unlisted entry is refused before unpacking).
        Path bundle = BundleFixture.tamperAndResign(good, dir.resolve("ratio.zip"), identity, here,
                e -> e.put("evidence/zeros.bin", new byte[20 * 1024 * 1024]));
        assertThat(refused(bundle)).contains("“evidence/zeros.bin”", "times its packed size", "zip bomb");
    }

    @Test
    void anEntryLargerThanItsHeaderClaimsIsRefused() throws IOException {
        // A signed bundle whose central directory claims fewer bytes for one entry than its content has.
        Path bundle = BundleFixture.tamperAndResign(good, dir.resolve("lying.zip"), identity, here,
                e -> e.put("evidence/a.txt", "twelve bytes".getBytes(StandardCharsets.US_ASCII)));
        BundleFixture.claimSizeInTableOfContents(bundle, "evidence/a.txt", 2);
        assertThat(refused(bundle)).contains("“evidence/a.txt”");
    }

    @Test
    void anUnknownFormatVersionIsRefused() throws IOException {
        Path bundle = tampered("version.zip", e -> e.put("manifest.json", new String(e.get("manifest.json"),
                StandardCharsets.UTF_8).replace("\"formatVersion\" : 1", "\"formatVersion\" : 2").getBytes(StandardCharsets.UTF_8)));
        assertThat(refused(bundle)).contains("format version 2", "reads format version 1");
    }

    @Test
    void aFileThatIsNotAZipIsRefused() throws IOException {
        Path bundle = Files.writeString(dir.resolve("letter.zip"), "Dear colleague, here is the review.");
        assertThat(refused(bundle)).isEqualTo("This file is not a ZIP file, so it is not an evidence bundle.");
    }

    @Test
    void anEmptyFileIsRefused() throws IOException {
        Path bundle = Files.write(dir.resolve("empty.zip"), new byte[0]);
        assertThat(refused(bundle)).contains("The file is empty");
    }

    @Test
    void anEmptyZipIsRefused() throws IOException {
        Path bundle = BundleFixture.write(dir.resolve("empty-zip.zip"), Map.of());
        assertThat(refused(bundle)).contains("no manifest.json");
    }

    @Test
    void aManifestThatIsNotJsonIsRefused() throws IOException {
        Path bundle = tampered("not-json.zip", e -> e.put("manifest.json", "{\"formatVersion\": 1,,}".getBytes()));
        assertThat(refused(bundle)).startsWith("manifest.json:1:").contains("not valid JSON");
    }

    @Test
    void aManifestWithAnUnknownFieldIsRefused() throws IOException {
        Path bundle = tampered("unknown-field.zip", e -> e.put("manifest.json", new String(e.get("manifest.json"),
                StandardCharsets.UTF_8).replace("\"redacted\"", "\"trustMe\" : true,\n  \"redacted\"").getBytes(StandardCharsets.UTF_8)));
        assertThat(refused(bundle)).startsWith("manifest.json:").contains("unknown field “trustMe”");
    }

    @Test
    void aReviewFileTheReaderRefusesIsReportedWithItsLineAndColumn() throws IOException {
        Path bundle = BundleFixture.tamperAndResign(good, dir.resolve("bad-review.zip"), identity, here,
                e -> e.put("review.json", new String(e.get("review.json"), StandardCharsets.UTF_8)
                        .replace("\"status\" : \"IN_PROGRESS\"", "\"status\" : \"HALF_DONE\"")
                        .getBytes(StandardCharsets.UTF_8)));
        assertThat(refused(bundle)).matches("(?s)review\\.json:\\d+:\\d+: .*");
    }

    @Test
    void aCharterThatIsNotTheOneTheReviewPinsIsRefused() throws IOException {
        Path bundle = BundleFixture.tamperAndResign(good, dir.resolve("other-charter.zip"), identity, here,
                e -> e.put("charter.json", here.charters().find("bcp-co-production-pledge", "1.0").orElseThrow().jsonText()
                        .getBytes(StandardCharsets.UTF_8)));
        assertThat(refused(bundle)).contains("charter.json is not the charter");
    }

    @Test
    void aResignedBundleWithEvidenceOutsideTheReviewIsRefused() throws IOException {
        Path bundle = BundleFixture.tamperAndResign(good, dir.resolve("smuggled.zip"), identity, here,
                e -> e.put("evidence/smuggled.exe", new byte[] {'M', 'Z'}));
        assertThat(refused(bundle)).contains("“evidence/smuggled.exe”", "not part of the review");
    }

    @Test
    void theGoodBundleItselfImports() {
        assertThat(bundlesThere.importer().importBundle(good, ProgressMonitor.NONE).alreadyPresent()).isFalse();
        assertThat(BundleFixture.snapshot(there)).isNotEqualTo(before);
    }

    private static void replaceAll(byte[] bytes, byte[] from, byte[] to) {
        for (int i = indexOf(bytes, from, 0); i >= 0; i = indexOf(bytes, from, i + 1)) {
            System.arraycopy(to, 0, bytes, i, to.length);
        }
    }

    private static int indexOf(byte[] bytes, byte[] pattern) {
        return indexOf(bytes, pattern, 0);
    }

    private static int indexOf(byte[] bytes, byte[] pattern, int from) {
        outer:
        for (int i = from; i <= bytes.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (bytes[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
