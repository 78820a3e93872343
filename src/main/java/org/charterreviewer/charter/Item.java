package org.charterreviewer.charter;

import java.util.Optional;

/** One promise, statement, right or commitment, in the charter's own words, with optional guidance. */
public record Item(String id, String text, Guidance guidance) {

    public Optional<Guidance> optionalGuidance() {
        return Optional.ofNullable(guidance);
    }
}
