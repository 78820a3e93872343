package org.charterreviewer.charter;

import java.util.List;

/**
 * What an import did: for each file whether it was imported or already there unchanged; or, when
 * any file had a problem, every problem and nothing imported at all.
 */
public record CharterImportResult(List<Outcome> outcomes, List<CharterProblem> problems) {

    public CharterImportResult {
        outcomes = List.copyOf(outcomes);
        problems = List.copyOf(problems);
    }

    public boolean succeeded() {
        return problems.isEmpty();
    }

    /** One file's result. */
    public record Outcome(String file, String reference, String title, Status status) {
    }

    public enum Status {
        IMPORTED,
        UNCHANGED
    }
}
