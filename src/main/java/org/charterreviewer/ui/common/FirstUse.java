package org.charterreviewer.ui.common;

import java.util.function.Supplier;

/**
 * A part of a window built the first time it is asked for, then kept: the main window builds its
 * screens and the view models behind its menus this way, so unlocking pays only for the first
 * screen (docs/PERFORMANCE.md, issue #15). Safe to ask for from the FX thread and a task's thread.
 */
public final class FirstUse<T> implements Supplier<T> {

    private Supplier<? extends T> factory;
    private T value;

    private FirstUse(Supplier<? extends T> factory) {
        this.factory = factory;
    }

    public static <T> FirstUse<T> of(Supplier<? extends T> factory) {
        return new FirstUse<>(factory);
    }

    @Override
    public synchronized T get() {
        if (factory != null) {
            value = factory.get();
            factory = null;
        }
        return value;
    }

    /** True once built, so what was never built need not be closed or hidden. */
    public synchronized boolean isBuilt() {
        return factory == null;
    }
}
