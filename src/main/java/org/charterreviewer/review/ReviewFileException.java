package org.charterreviewer.review;

import java.util.List;
import org.charterreviewer.InvalidInputException;

/** A review file that cannot be imported, with every problem found, one per line. */
public class ReviewFileException extends InvalidInputException {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public ReviewFileException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
