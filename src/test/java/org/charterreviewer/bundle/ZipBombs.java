package org.charterreviewer.bundle;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Writes ZIP files byte by byte, the way a hostile tool would: many entries of zeros compressed once
 * and repeated, so an 11 MB file that unpacks to 10 GB takes a moment to make.
 */
final class ZipBombs {

    private ZipBombs() {
    }

    /** {@code count} entries {@code evidence/N.bin} of {@code size} zero bytes each, deflated; no manifest. */
    static Path zeros(Path zip, int count, int size) throws IOException {
        byte[] packed = deflate(new byte[size]);
        CRC32 crc = new CRC32();
        crc.update(new byte[size]);
        ByteArrayOutputStream central = new ByteArrayOutputStream();
        long offset = 0;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(zip), 1 << 20)) {
            for (int i = 0; i < count; i++) {
                byte[] name = ("evidence/" + i + ".bin").getBytes(StandardCharsets.UTF_8);
                // Local file header.
                int32(out, 0x04034b50);
                int16(out, 20);
                int16(out, 0x0800);
                int16(out, 8);
                int16(out, 0);
                int16(out, 0x21);
                int32(out, (int) crc.getValue());
                int32(out, packed.length);
                int32(out, size);
                int16(out, name.length);
                int16(out, 0);
                out.write(name);
                out.write(packed);
                // Its central directory header.
                int32(central, 0x02014b50);
                int16(central, 20);
                int16(central, 20);
                int16(central, 0x0800);
                int16(central, 8);
                int16(central, 0);
                int16(central, 0x21);
                int32(central, (int) crc.getValue());
                int32(central, packed.length);
                int32(central, size);
                int16(central, name.length);
                int16(central, 0);
                int16(central, 0);
                int16(central, 0);
                int16(central, 0);
                int32(central, 0);
                int32(central, (int) offset);
                central.write(name);
                offset += 30 + name.length + packed.length;
            }
            central.writeTo(out);
            int32(out, 0x06054b50);
            int16(out, 0);
            int16(out, 0);
            int16(out, count);
            int16(out, count);
            int32(out, central.size());
            int32(out, (int) offset);
            int16(out, 0);
        }
        return zip;
    }

    private static byte[] deflate(byte[] bytes) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        deflater.setInput(bytes);
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return out.toByteArray();
    }

    private static void int16(OutputStream out, int value) throws IOException {
        out.write(value & 0xff);
        out.write((value >>> 8) & 0xff);
    }

    private static void int32(OutputStream out, int value) throws IOException {
        int16(out, value & 0xffff);
        int16(out, (value >>> 16) & 0xffff);
    }
}
