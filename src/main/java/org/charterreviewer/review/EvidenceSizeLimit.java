package org.charterreviewer.review;

import static org.charterreviewer.i18n.Messages.tr;

import org.charterreviewer.InvalidInputException;

/**
 * The largest evidence file as officers type it: whole megabytes. One reading for the command line
 * ({@code evidence limit 500}) and File → Evidence size limit…, so both refuse the same typing with
 * the same words; {@link EvidenceService#setMaxBytes(long)} keeps the limit in bytes.
 */
public final class EvidenceSizeLimit {

    public static final long MEGABYTE = 1024L * 1024;
    /** 100 GB: beyond any file a laptop carries to a school; a typo of extra digits is caught. */
    public static final long MAX_MEGABYTES = 100_000;

    private EvidenceSizeLimit() {
    }

    /** {@code typed} ("500", "500 MB") as bytes; a plain message for anything else. */
    public static long bytesFrom(String typed) {
        String digits = typed == null ? "" : typed.strip().replaceFirst("(?i)\\s*mb$", "");
        long megabytes;
        try {
            megabytes = Long.parseLong(digits);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(tr("evidence.limit.notANumber", typed == null ? "" : typed.strip(),
                    MAX_MEGABYTES));
        }
        if (megabytes < 1 || megabytes > MAX_MEGABYTES) {
            throw new InvalidInputException(tr("evidence.limit.outOfRange", megabytes, MAX_MEGABYTES));
        }
        return megabytes * MEGABYTE;
    }

    /** {@code bytes} in whole megabytes, as the field shows it (a limit set in bytes is rounded down, at least 1). */
    public static long megabytes(long bytes) {
        return Math.max(1, bytes / MEGABYTE);
    }
}
