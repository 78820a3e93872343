package org.charterreviewer.ui.common;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Supplier;
import org.charterreviewer.progress.ProgressMonitor;

/**
 * Work that signs with the officer's key: asks for the passphrase once, on the FX thread, and
 * gives back background work that uses it and wipes it as soon as it is done, failed or not.
 * Every signing action of the window (certificate, bundle, moderation decision, countersignature)
 * goes through here, so none can forget the wipe.
 */
public final class PassphraseWork {

    /** The signing itself, off the FX thread; the passphrase is wiped after it returns or throws. */
    @FunctionalInterface
    public interface Signing<T> {
        T run(char[] passphrase, ProgressMonitor monitor) throws Exception;
    }

    private PassphraseWork() {
    }

    /**
     * Asks {@code prompt} for the passphrase; empty when the officer cancelled (nothing to run).
     * The work returned must be run exactly once: it wipes the passphrase when it ends.
     */
    public static <T> Optional<BackgroundTask.Work<T>> ask(Supplier<Optional<char[]>> prompt, Signing<T> signing) {
        Optional<char[]> typed = prompt.get();
        if (typed.isEmpty()) {
            return Optional.empty();
        }
        char[] secret = typed.get();
        return Optional.of(monitor -> {
            try {
                return signing.run(secret, monitor);
            } finally {
                Arrays.fill(secret, '\0');
            }
        });
    }
}
