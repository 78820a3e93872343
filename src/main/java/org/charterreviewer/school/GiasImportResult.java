package org.charterreviewer.school;

import java.util.List;

/**
 * What an import did: schools added, updated and unchanged; rows left out by the local-authority
 * and status filters; rows that could not be read; and GIAS columns the file did not have (the
 * register keeps its own values for those).
 */
public record GiasImportResult(int added, int updated, int unchanged, int skippedOtherAuthority,
        int skippedNotOpen, List<ImportProblem> problems, List<String> missingColumns, String encoding) {

    public GiasImportResult {
        problems = List.copyOf(problems);
        missingColumns = List.copyOf(missingColumns);
    }

    /** Rows left out on purpose, by either filter. */
    public int skippedByFilter() {
        return skippedOtherAuthority + skippedNotOpen;
    }
}
