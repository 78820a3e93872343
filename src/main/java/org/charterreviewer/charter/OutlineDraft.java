package org.charterreviewer.charter;

import java.util.List;
import java.util.Optional;

/**
 * What drafting a charter from a plain outline gave: the charter and its file text when the outline
 * could be read, the defaults it used (each named, so the author knows what to change), and
 * otherwise every line it could not read.
 */
public record OutlineDraft(Optional<Charter> charter, String jsonText, List<String> defaultsUsed,
        List<Problem> problems) {

    public OutlineDraft {
        defaultsUsed = List.copyOf(defaultsUsed);
        problems = List.copyOf(problems);
    }

    public boolean isDrafted() {
        return problems.isEmpty() && charter.isPresent();
    }

    /** One line of the outline that could not be read; printed as {@code FILE:LINE: message}. */
    public record Problem(String file, int line, String message) {
        @Override
        public String toString() {
            return file + ":" + line + ": " + message;
        }
    }
}
