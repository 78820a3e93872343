package org.charterreviewer.charter;

import java.util.List;
import java.util.Optional;

/**
 * What reading one charter file gave: the charter and its exact text and hash when the file is
 * valid, otherwise every problem found (in file order), never both.
 */
public record CharterReadResult(String file, Optional<Charter> charter, String jsonText, String contentSha256,
        List<CharterProblem> problems) {

    public CharterReadResult {
        problems = List.copyOf(problems);
    }

    public boolean isValid() {
        return problems.isEmpty() && charter.isPresent();
    }
}
