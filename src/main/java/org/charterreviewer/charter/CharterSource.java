package org.charterreviewer.charter;

import java.util.Objects;

/** The exact bytes of a charter file and the name to report problems under. */
public record CharterSource(String name, byte[] bytes) {

    public CharterSource {
        Objects.requireNonNull(name);
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }
}
