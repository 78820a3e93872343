package org.charterreviewer.protection;

/**
 * A failure as it may be written to the log: the class names and stack frames of the original and its
 * causes, without their messages. Messages of unexpected failures can carry what the officer typed
 * or a file's name (a database error quotes the values it refused), and the log is not encrypted.
 */
public final class RedactedFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private static final int MAX_CAUSES = 20;

    private final String originalClass;

    private RedactedFailure(Throwable original, RedactedFailure cause) {
        super(null, cause, false, true);
        this.originalClass = original.getClass().getName();
        setStackTrace(original.getStackTrace());
    }

    /** The failure to log in place of {@code failure}. */
    public static RedactedFailure of(Throwable failure) {
        java.util.List<Throwable> chain = new java.util.ArrayList<>();
        for (Throwable t = failure; t != null && chain.size() < MAX_CAUSES && !chain.contains(t); t = t.getCause()) {
            chain.add(t);
        }
        RedactedFailure redacted = null;
        for (int i = chain.size() - 1; i >= 0; i--) {
            redacted = new RedactedFailure(chain.get(i), redacted);
        }
        return redacted;
    }

    @Override
    public String getMessage() {
        return originalClass + " (message left out of the log: it may hold personal data)";
    }
}
