package org.charterreviewer.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Poppler's {@code pdfsig}, an independent check of PDF signatures, when it is installed. It exits
 * 0 whatever it finds, so its output is read: each valid signature prints "Signature is Valid.".
 */
public final class Pdfsig {

    /** What {@link #validCount} answers when pdfsig is not installed. */
    public static final int ABSENT = -1;
    private static final Path PDFSIG = Path.of("/usr/bin/pdfsig");

    private Pdfsig() {
    }

    public static boolean present() {
        return Files.isExecutable(PDFSIG);
    }

    /** pdfsig's whole report on {@code file}. */
    public static String run(Path file) {
        try {
            Process process = new ProcessBuilder(PDFSIG.toString(), file.toString()).redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            process.waitFor();
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** How many signatures pdfsig calls valid, or {@link #ABSENT}. */
    public static int validCount(Path file) {
        if (!present()) {
            return ABSENT;
        }
        String out = run(file);
        int count = 0;
        for (int at = out.indexOf("Signature is Valid."); at >= 0; at = out.indexOf("Signature is Valid.", at + 1)) {
            count++;
        }
        return count;
    }
}
