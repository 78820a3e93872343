package org.charterreviewer.bundle;

import java.util.List;
import org.charterreviewer.InvalidInputException;

/** A bundle that failed verification: the first problem as the message, then every other one found. */
public class BundleException extends InvalidInputException {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public BundleException(String problem) {
        this(List.of(problem));
    }

    public BundleException(List<String> problems) {
        super(problems.get(0));
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, the first one first. */
    public List<String> problems() {
        return problems;
    }
}
