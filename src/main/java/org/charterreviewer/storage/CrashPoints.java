package org.charterreviewer.storage;

/**
 * Named places where a crash test may stop the process dead, as a power cut or {@code kill -9}
 * would. Test-only: a child JVM started with {@code -Dcharterreviewer.crashAt=<step>} halts at that
 * step without running shutdown hooks or closing files. When the property is unset (always, in the
 * app) {@link #reached} is a comparison with null.
 */
public final class CrashPoints {

    public static final String PROPERTY = "charterreviewer.crashAt";
    /** The exit code of a halted process, so a test can tell the step was reached. */
    public static final int EXIT_CODE = 86;

    /** Evidence rows and content are written, inside the transaction that has not committed. */
    public static final String MID_ATTACH = "mid-attach";
    /** An imported review's rows are written, inside the transaction that has not committed. */
    public static final String MID_REVIEW_IMPORT = "mid-review-import";
    /** The deletion has committed and the compaction marker is written; the file is not yet rewritten. */
    public static final String BEFORE_COMPACTION = "before-compaction";
    /** H2 is rewriting the file (its temporary copy exists), or has just finished before the reopen. */
    public static final String MID_COMPACTION = "mid-compaction";
    /** The current file is kept aside and the checked backup is about to replace it. */
    public static final String MID_RESTORE_SWAP = "mid-restore-swap";
    /** The backup's database is in place; its signing identity is not yet. */
    public static final String AFTER_RESTORE_SWAP = "after-restore-swap";
    /** The first start's sample charters are committed but not yet recorded as loaded. */
    public static final String SAMPLES_BEFORE_RECORDED = "samples-before-recorded";
    /** Prefix of the passphrase change's steps: {@code reencrypt-} plus a ReencryptionStep name. */
    public static final String REENCRYPT_PREFIX = "reencrypt-";

    /** {@code step} or {@code step#n}: halt the n-th time the step is reached (the first by default). */
    private static final String SETTING = System.getProperty(PROPERTY);
    private static final String CHOSEN = SETTING == null ? null : SETTING.split("#", 2)[0];
    private static final int TIMES = SETTING == null || !SETTING.contains("#") ? 1
            : Integer.parseInt(SETTING.substring(SETTING.indexOf('#') + 1));
    private static final java.util.concurrent.atomic.AtomicInteger REACHED = new java.util.concurrent.atomic.AtomicInteger();

    private CrashPoints() {
    }

    /** Halts the process if the test chose {@code step} (and this is the time it chose). */
    public static void reached(String step) {
        if (CHOSEN != null && CHOSEN.equals(step) && REACHED.incrementAndGet() >= TIMES) {
            Runtime.getRuntime().halt(EXIT_CODE);
        }
    }

    /** True when the test chose {@code step}, for points that need to set something up first. */
    public static boolean chosen(String step) {
        return CHOSEN != null && CHOSEN.equals(step);
    }
}
