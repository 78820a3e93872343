package org.charterreviewer.protection;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.zip.CRC32;
import org.charterreviewer.review.EvidenceSanitizer;
import org.charterreviewer.storage.DataTempFolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Removes location, camera and other hidden details from photos before they are stored, keeping the
 * pixels exactly as they were (no decoding or re-encoding) and the orientation. JPEG: the EXIF and
 * XMP (APP1), IPTC/Photoshop (APP13), comment and other application segments are dropped; colour
 * segments (JFIF, ICC profile, Adobe) stay; a minimal EXIF holding only the Orientation tag is written
 * back where the old EXIF was. PNG: the eXIf, text (tEXt, iTXt, zTXt) and time chunks are dropped and
 * a minimal eXIf with the orientation written back. A file that cannot be parsed is stored unchanged
 * and marked as not cleaned. Other file types pass through unchanged.
 */
public final class PhotoMetadataStripper implements EvidenceSanitizer {

    private static final Logger LOG = LoggerFactory.getLogger(PhotoMetadataStripper.class);

    static final int ORIENTATION_TAG = 0x0112;
    private static final byte[] EXIF_HEADER = "Exif\0\0".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final Set<String> PNG_DROPPED = Set.of("eXIf", "tEXt", "iTXt", "zTXt", "tIME");
    /** Text and EXIF chunks are small; a larger length means a damaged file, not one to hold in memory. */
    private static final int MAX_DROPPED_CHUNK = 16 * 1024 * 1024;
    private static final int SOI = 0xD8;
    private static final int EOI = 0xD9;
    private static final int SOS = 0xDA;
    private static final int APP0 = 0xE0;
    private static final int APP1 = 0xE1;
    private static final int APP2 = 0xE2;
    private static final int APP14 = 0xEE;
    private static final int APP15 = 0xEF;
    private static final int COM = 0xFE;

    /** Where cleaned copies are written; null for the system's temporary folder (tests of logic only). */
    private final DataTempFolder temp;

    /** Cleaned copies go to the system's temporary folder: for tests of logic without a data folder. */
    public PhotoMetadataStripper() {
        this(null);
    }

    /** Cleaned copies (still personal data until stored) go to the data folder's own temporary folder. */
    public PhotoMetadataStripper(DataTempFolder temp) {
        this.temp = temp;
    }

    @Override
    public Sanitized sanitize(Path file, String mediaType) throws IOException {
        String type = mediaType == null ? "" : mediaType.toLowerCase(java.util.Locale.ROOT);
        boolean jpeg = type.equals("image/jpeg") || type.equals("image/jpg");
        boolean png = type.equals("image/png");
        if (!jpeg && !png) {
            return new Sanitized(file, false);
        }
        Path clean = temp == null ? Files.createTempFile("charter-clean-", jpeg ? ".jpg" : ".png")
                : temp.newFile("clean-", jpeg ? ".jpg" : ".png");
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file));
                OutputStream out = new BufferedOutputStream(Files.newOutputStream(clean))) {
            if (jpeg) {
                stripJpeg(in, out);
            } else {
                stripPng(in, out);
            }
        } catch (MalformedImageException | EOFException e) {
            Files.deleteIfExists(clean);
            // The file is kept as given; the evidence record shows its metadata was not removed.
            LOG.warn("A {} evidence file could not be parsed; stored unchanged with its metadata", jpeg ? "JPEG" : "PNG");
            return new Sanitized(file, false);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(clean);
            throw e;
        }
        return new Sanitized(clean, true);
    }

    /** Thrown when the bytes do not follow the JPEG or PNG structure. */
    static final class MalformedImageException extends IOException {
        MalformedImageException(String message) {
            super(message);
        }
    }

    // --- JPEG --------------------------------------------------------------------------------------

    static void stripJpeg(InputStream input, OutputStream out) throws IOException {
        DataInputStream in = new DataInputStream(input);
        if (in.readUnsignedByte() != 0xFF || in.readUnsignedByte() != SOI) {
            throw new MalformedImageException("no SOI");
        }
        out.write(0xFF);
        out.write(SOI);
        boolean orientationWritten = false;
        while (true) {
            int marker = nextMarker(in);
            if (marker == EOI) {
                out.write(0xFF);
                out.write(EOI);
                return;
            }
            if (marker >= 0xD0 && marker <= 0xD7 || marker == 0x01) {
                // Stand-alone markers have no length; outside scan data they should not occur, but are harmless.
                out.write(0xFF);
                out.write(marker);
                continue;
            }
            int length = in.readUnsignedShort();
            if (length < 2) {
                throw new MalformedImageException("bad segment length");
            }
            byte[] data = in.readNBytes(length - 2);
            if (data.length != length - 2) {
                throw new MalformedImageException("truncated segment");
            }
            if (marker == SOS) {
                writeSegment(out, marker, data);
                // Scan data and everything after it (further scans of progressive files, EOI) stay as they are.
                in.transferTo(out);
                return;
            }
            if (keepJpegSegment(marker, data)) {
                writeSegment(out, marker, data);
            } else if (marker == APP1 && startsWith(data, EXIF_HEADER) && !orientationWritten) {
                int orientation = orientationOf(Arrays.copyOfRange(data, EXIF_HEADER.length, data.length));
                if (orientation > 0) {
                    byte[] tiff = minimalTiff(orientation);
                    byte[] app1 = new byte[EXIF_HEADER.length + tiff.length];
                    System.arraycopy(EXIF_HEADER, 0, app1, 0, EXIF_HEADER.length);
                    System.arraycopy(tiff, 0, app1, EXIF_HEADER.length, tiff.length);
                    writeSegment(out, APP1, app1);
                    orientationWritten = true;
                }
            }
        }
    }

    /** Segments that hold the picture or how to show its colours stay; APP and comment segments go. */
    private static boolean keepJpegSegment(int marker, byte[] data) {
        if (marker == APP0) {
            return startsWith(data, "JFIF\0".getBytes(StandardCharsets.ISO_8859_1));
        }
        if (marker == APP2) {
            return startsWith(data, "ICC_PROFILE\0".getBytes(StandardCharsets.ISO_8859_1));
        }
        if (marker == APP14) {
            return startsWith(data, "Adobe".getBytes(StandardCharsets.ISO_8859_1));
        }
        return !(marker >= APP0 && marker <= APP15) && marker != COM;
    }

    private static int nextMarker(DataInputStream in) throws IOException {
        int b = in.readUnsignedByte();
        if (b != 0xFF) {
            throw new MalformedImageException("expected a marker");
        }
        int marker;
        do {
            marker = in.readUnsignedByte();
        } while (marker == 0xFF);
        if (marker == 0) {
            throw new MalformedImageException("stuffed byte outside scan data");
        }
        return marker;
    }

    private static void writeSegment(OutputStream out, int marker, byte[] data) throws IOException {
        if (data.length + 2 > 0xFFFF) {
            throw new MalformedImageException("segment too long");
        }
        out.write(0xFF);
        out.write(marker);
        out.write((data.length + 2) >> 8);
        out.write((data.length + 2) & 0xFF);
        out.write(data);
    }

    // --- PNG ---------------------------------------------------------------------------------------

    static void stripPng(InputStream input, OutputStream out) throws IOException {
        DataInputStream in = new DataInputStream(input);
        byte[] signature = in.readNBytes(PNG_SIGNATURE.length);
        if (!Arrays.equals(signature, PNG_SIGNATURE)) {
            throw new MalformedImageException("no PNG signature");
        }
        out.write(PNG_SIGNATURE);
        boolean orientationWritten = false;
        boolean sawHeader = false;
        while (true) {
            int length = in.readInt();
            if (length < 0) {
                throw new MalformedImageException("bad chunk length");
            }
            byte[] typeBytes = in.readNBytes(4);
            if (typeBytes.length != 4) {
                throw new MalformedImageException("truncated chunk");
            }
            String type = new String(typeBytes, StandardCharsets.ISO_8859_1);
            if (!type.chars().allMatch(c -> (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))) {
                throw new MalformedImageException("bad chunk type");
            }
            if (!sawHeader && !type.equals("IHDR")) {
                throw new MalformedImageException("IHDR is not first");
            }
            sawHeader = true;
            if (PNG_DROPPED.contains(type)) {
                if (length > MAX_DROPPED_CHUNK) {
                    throw new MalformedImageException("metadata chunk too long");
                }
                byte[] data = in.readNBytes(length);
                if (data.length != length) {
                    throw new MalformedImageException("truncated chunk");
                }
                in.readInt();
                if (type.equals("eXIf") && !orientationWritten) {
                    int orientation = orientationOf(data);
                    if (orientation > 0) {
                        writeChunk(out, "eXIf", minimalTiff(orientation));
                        orientationWritten = true;
                    }
                }
                continue;
            }
            DataOutput.writeInt(out, length);
            out.write(typeBytes);
            copyExactly(in, out, length + 4L);
            if (type.equals("IEND")) {
                return;
            }
        }
    }

    private static void writeChunk(OutputStream out, String type, byte[] data) throws IOException {
        byte[] typeBytes = type.getBytes(StandardCharsets.ISO_8859_1);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        DataOutput.writeInt(out, data.length);
        out.write(typeBytes);
        out.write(data);
        DataOutput.writeInt(out, (int) crc.getValue());
    }

    private static void copyExactly(InputStream in, OutputStream out, long count) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long left = count;
        while (left > 0) {
            int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (n < 0) {
                throw new MalformedImageException("truncated chunk");
            }
            out.write(buffer, 0, n);
            left -= n;
        }
    }

    /** Big-endian int writing without a DataOutputStream wrapper (which would buffer nothing but costs a class). */
    private static final class DataOutput {
        static void writeInt(OutputStream out, int value) throws IOException {
            out.write(value >>> 24);
            out.write((value >>> 16) & 0xFF);
            out.write((value >>> 8) & 0xFF);
            out.write(value & 0xFF);
        }
    }

    // --- EXIF (TIFF) -------------------------------------------------------------------------------

    /** The Orientation (1-8) in IFD0 of a TIFF structure, or 0 when absent or unreadable. */
    static int orientationOf(byte[] tiff) {
        try {
            if (tiff.length < 8) {
                return 0;
            }
            boolean little = tiff[0] == 'I' && tiff[1] == 'I';
            if (!little && !(tiff[0] == 'M' && tiff[1] == 'M')) {
                return 0;
            }
            int ifd = (int) u32(tiff, 4, little);
            if (ifd < 8 || ifd + 2 > tiff.length) {
                return 0;
            }
            int count = u16(tiff, ifd, little);
            for (int i = 0; i < count; i++) {
                int entry = ifd + 2 + i * 12;
                if (entry + 12 > tiff.length) {
                    return 0;
                }
                if (u16(tiff, entry, little) == ORIENTATION_TAG && u16(tiff, entry + 2, little) == 3) {
                    int value = u16(tiff, entry + 8, little);
                    return value >= 1 && value <= 8 ? value : 0;
                }
            }
            return 0;
        } catch (ArrayIndexOutOfBoundsException e) {
            return 0;
        }
    }

    /** A big-endian TIFF structure whose only entry is the Orientation tag. */
    static byte[] minimalTiff(int orientation) {
        ByteArrayOutputStream tiff = new ByteArrayOutputStream();
        tiff.writeBytes(new byte[] {'M', 'M', 0, 42, 0, 0, 0, 8});
        tiff.writeBytes(new byte[] {0, 1});
        tiff.writeBytes(new byte[] {0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, (byte) orientation, 0, 0});
        tiff.writeBytes(new byte[] {0, 0, 0, 0});
        return tiff.toByteArray();
    }

    private static int u16(byte[] b, int at, boolean little) {
        return little ? (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8 : (b[at] & 0xFF) << 8 | (b[at + 1] & 0xFF);
    }

    private static long u32(byte[] b, int at, boolean little) {
        return little
                ? (b[at] & 0xFFL) | (b[at + 1] & 0xFFL) << 8 | (b[at + 2] & 0xFFL) << 16 | (b[at + 3] & 0xFFL) << 24
                : (b[at] & 0xFFL) << 24 | (b[at + 1] & 0xFFL) << 16 | (b[at + 2] & 0xFFL) << 8 | (b[at + 3] & 0xFFL);
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        return data.length >= prefix.length && Arrays.equals(data, 0, prefix.length, prefix, 0, prefix.length);
    }
}
