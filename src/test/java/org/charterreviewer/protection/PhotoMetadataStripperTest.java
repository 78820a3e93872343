package org.charterreviewer.protection;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.charterreviewer.progress.ProgressMonitor;
import org.charterreviewer.review.EvidenceFile;
import org.charterreviewer.review.Review;
import org.charterreviewer.workspace.Workspace;
import org.charterreviewer.workspace.WorkspaceOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Photos attached as evidence lose their location and camera details, keep their orientation and
 * their pixels. The fixtures are real images written by ImageIO with EXIF built byte by byte here.
 */
public class PhotoMetadataStripperTest {

    @TempDir
    Path dir;

    private Workspace workspace;
    private Review review;

    @BeforeEach
    void open() {
        workspace = Workspace.open(WorkspaceOptions.at(dir.resolve("data")));
        long schoolId = ErasureFixtures.school(workspace, "Low Hill Nursery School");
        review = ErasureFixtures.review(workspace, schoolId, LocalDate.of(2026, 3, 9));
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void aJpegLosesGpsMakeModelAndCommentsButKeepsOrientationAndPixels() throws IOException {
        byte[] plain = image("jpg", 64, 48);
        byte[] photo = withJpegSegments(plain, app1Exif(exifTiff(6)), comment("taken at 52.58N by Mrs Smith"));
        assertThat(contains(photo, "GPS-CAMERA-MAKER")).as("the fixture carries the make").isTrue();
        assertThat(PhotoMetadataStripper.orientationOf(tiffOf(photo))).isEqualTo(6);
        Path file = Files.write(dir.resolve("playground.jpg"), photo);

        EvidenceFile stored = workspace.evidence().attach(review.ref(), file, List.of(), null, ProgressMonitor.NONE);

        byte[] clean = content(stored);
        assertThat(stored.metadataRemoved()).isTrue();
        assertThat(contains(clean, "GPS-CAMERA-MAKER")).isFalse();
        assertThat(contains(clean, "Model-X100")).isFalse();
        assertThat(contains(clean, "Mrs Smith")).isFalse();
        assertThat(containsBytes(clean, new byte[] {0, 0, 0, 52, 0, 0, 0, 1})).as("latitude degrees").isFalse();
        assertThat(PhotoMetadataStripper.orientationOf(tiffOf(clean))).isEqualTo(6);
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(clean));
        assertThat(decoded.getWidth()).isEqualTo(64);
        assertThat(decoded.getHeight()).isEqualTo(48);
        // Not re-encoded: the compressed picture data is byte for byte what it was.
        assertThat(containsBytes(clean, scanData(plain))).isTrue();
    }

    @Test
    void aPngLosesItsExifTextAndTimeChunksButKeepsOrientationAndPixels() throws IOException {
        byte[] plain = image("png", 40, 30);
        byte[] photo = withPngChunks(plain, chunk("eXIf", exifTiff(6)), chunk("tEXt",
                "Author\0Mrs Smith at 52.58N".getBytes(StandardCharsets.ISO_8859_1)),
                chunk("tIME", new byte[] {0x07, (byte) 0xEA, 3, 9, 10, 0, 0}));
        assertThat(ImageIO.read(new ByteArrayInputStream(photo))).as("the fixture is a valid PNG").isNotNull();
        Path file = Files.write(dir.resolve("display.png"), photo);

        EvidenceFile stored = workspace.evidence().attach(review.ref(), file, List.of(), null, ProgressMonitor.NONE);

        byte[] clean = content(stored);
        assertThat(stored.metadataRemoved()).isTrue();
        assertThat(contains(clean, "GPS-CAMERA-MAKER")).isFalse();
        assertThat(contains(clean, "Mrs Smith")).isFalse();
        assertThat(contains(clean, "tIME")).isFalse();
        assertThat(contains(clean, "eXIf")).isTrue();
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(clean));
        assertThat(decoded.getWidth()).isEqualTo(40);
        assertThat(decoded.getHeight()).isEqualTo(30);
        int exif = indexOf(clean, "eXIf".getBytes(StandardCharsets.ISO_8859_1));
        int length = ByteBuffer.wrap(clean, exif - 4, 4).getInt();
        byte[] tiff = java.util.Arrays.copyOfRange(clean, exif + 4, exif + 4 + length);
        assertThat(PhotoMetadataStripper.orientationOf(tiff)).isEqualTo(6);
    }

    @Test
    void aDamagedJpegIsStoredUnchangedAndMarkedAsNotCleaned() throws IOException {
        byte[] photo = withJpegSegments(image("jpg", 32, 32), app1Exif(exifTiff(1)));
        byte[] damaged = java.util.Arrays.copyOf(photo, 40);
        Path file = Files.write(dir.resolve("cut-short.jpg"), damaged);

        EvidenceFile stored = workspace.evidence().attach(review.ref(), file, List.of(), null, ProgressMonitor.NONE);

        assertThat(stored.metadataRemoved()).isFalse();
        assertThat(content(stored)).isEqualTo(damaged);
    }

    @Test
    void otherFilesPassThroughUntouched() throws IOException {
        Path pdf = Files.write(dir.resolve("minutes.pdf"), "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        EvidenceFile stored = workspace.evidence().attach(review.ref(), pdf, List.of(), null, ProgressMonitor.NONE);
        assertThat(stored.metadataRemoved()).isFalse();
        assertThat(content(stored)).isEqualTo(Files.readAllBytes(pdf));
    }

    // --- fixtures ----------------------------------------------------------------------------------

    private byte[] content(EvidenceFile stored) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workspace.evidence().copyContent(stored.sha256(), out);
        return out.toByteArray();
    }

    /** A JPEG as a phone writes it: EXIF with camera make, model and GPS location, and a comment naming someone. */
    public static byte[] photoWithLocationAndComment() throws IOException {
        return withJpegSegments(image("jpg", 64, 48), app1Exif(exifTiff(6)), comment("taken at 52.58N by Mrs Smith"));
    }

    private static byte[] image(String format, int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.ORANGE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.BLUE);
        g.fillOval(4, 4, width / 2, height / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    /**
     * A little-endian TIFF structure as cameras write it: IFD0 with Make, Model, Orientation and a
     * pointer to a GPS IFD holding latitude and longitude.
     */
    static byte[] exifTiff(int orientation) {
        ByteBuffer b = ByteBuffer.allocate(512).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        b.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8);
        int ifd0Entries = 4;
        int ifd0End = 8 + 2 + ifd0Entries * 12 + 4;
        byte[] make = "GPS-CAMERA-MAKER\0".getBytes(StandardCharsets.US_ASCII);
        byte[] model = "Model-X100\0".getBytes(StandardCharsets.US_ASCII);
        int makeAt = ifd0End;
        int modelAt = makeAt + make.length;
        int gpsAt = modelAt + model.length;
        b.putShort((short) ifd0Entries);
        entry(b, 0x010F, 2, make.length, makeAt);
        entry(b, 0x0110, 2, model.length, modelAt);
        b.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        entry(b, 0x8825, 4, 1, gpsAt);
        b.putInt(0);
        b.put(make).put(model);
        int gpsEntries = 4;
        int rationalsAt = gpsAt + 2 + gpsEntries * 12 + 4;
        b.putShort((short) gpsEntries);
        b.putShort((short) 0x0001).putShort((short) 2).putInt(2).put((byte) 'N').put((byte) 0).putShort((short) 0);
        entry(b, 0x0002, 5, 3, rationalsAt);
        b.putShort((short) 0x0003).putShort((short) 2).putInt(2).put((byte) 'W').put((byte) 0).putShort((short) 0);
        entry(b, 0x0004, 5, 3, rationalsAt + 24);
        b.putInt(0);
        b.order(java.nio.ByteOrder.BIG_ENDIAN);
        // 52° 35' N, 2° 7' W as rationals (big-endian here so the test can search for them).
        for (int value : new int[] {52, 1, 35, 1, 0, 1, 2, 1, 7, 1, 0, 1}) {
            b.putInt(value);
        }
        byte[] tiff = new byte[b.position()];
        b.flip();
        b.get(tiff);
        return tiff;
    }

    private static void entry(ByteBuffer b, int tag, int type, int count, int offset) {
        b.putShort((short) tag).putShort((short) type).putInt(count).putInt(offset);
    }

    private static byte[] app1Exif(byte[] tiff) {
        return segment(0xE1, concat("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1), tiff));
    }

    private static byte[] comment(String text) {
        return segment(0xFE, text.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static byte[] segment(int marker, byte[] data) {
        ByteBuffer b = ByteBuffer.allocate(data.length + 4);
        b.put((byte) 0xFF).put((byte) marker).putShort((short) (data.length + 2)).put(data);
        return b.array();
    }

    /** Inserts segments right after the JPEG's SOI. */
    private static byte[] withJpegSegments(byte[] jpeg, byte[]... segments) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        for (byte[] s : segments) {
            out.writeBytes(s);
        }
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    private static byte[] chunk(String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.ISO_8859_1);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        ByteBuffer b = ByteBuffer.allocate(data.length + 12);
        b.putInt(data.length).put(typeBytes).put(data).putInt((int) crc.getValue());
        return b.array();
    }

    /** Inserts chunks right after the PNG's IHDR chunk (8 signature + 25 IHDR bytes). */
    private static byte[] withPngChunks(byte[] png, byte[]... chunks) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(png, 0, 33);
        for (byte[] c : chunks) {
            out.writeBytes(c);
        }
        out.write(png, 33, png.length - 33);
        return out.toByteArray();
    }

    /** The TIFF structure in the first EXIF APP1 of a JPEG. */
    private static byte[] tiffOf(byte[] jpeg) {
        int at = indexOf(jpeg, "Exif\0\0".getBytes(StandardCharsets.ISO_8859_1));
        int length = ((jpeg[at - 2] & 0xFF) << 8 | (jpeg[at - 1] & 0xFF)) - 2;
        return java.util.Arrays.copyOfRange(jpeg, at + 6, at + length);
    }

    /** The entropy-coded data after the SOS header, up to EOI. */
    private static byte[] scanData(byte[] jpeg) {
        int sos = indexOf(jpeg, new byte[] {(byte) 0xFF, (byte) 0xDA});
        int length = (jpeg[sos + 2] & 0xFF) << 8 | (jpeg[sos + 3] & 0xFF);
        return java.util.Arrays.copyOfRange(jpeg, sos + 2 + length, jpeg.length);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    private static boolean contains(byte[] data, String text) {
        return indexOf(data, text.getBytes(StandardCharsets.ISO_8859_1)) >= 0;
    }

    private static boolean containsBytes(byte[] data, byte[] pattern) {
        return indexOf(data, pattern) >= 0;
    }

    private static int indexOf(byte[] data, byte[] pattern) {
        outer:
        for (int i = 0; i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
