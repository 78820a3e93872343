package org.charterreviewer.workspace;

import java.util.function.Supplier;

/**
 * A service built the first time it is asked for, then kept. Every command pays for what the
 * workspace builds when it opens; building each service on first use keeps {@code status} and the
 * other small commands from loading jOOQ, PDFBox and BouncyCastle they never use
 * (docs/PERFORMANCE.md). Safe to ask for from the FX thread and the task threads at once.
 */
final class Lazy<T> implements Supplier<T> {

    private Supplier<T> factory;
    private volatile T value;

    Lazy(Supplier<T> factory) {
        this.factory = factory;
    }

    @Override
    public T get() {
        T built = value;
        if (built == null) {
            synchronized (this) {
                built = value;
                if (built == null) {
                    built = factory.get();
                    value = built;
                    factory = null;
                }
            }
        }
        return built;
    }
}
