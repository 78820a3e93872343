package org.charterreviewer.review;

import java.util.List;
import java.util.Optional;
import org.charterreviewer.charter.AwardLevel;

/**
 * Whether a review meets its charter's award rule, and why: every finding, passed or failed. For a
 * charter with award levels, {@code level} is the highest level reached (null when none is), and
 * {@code met} says whether any level is.
 */
public record Outcome(boolean met, List<Finding> findings, AwardLevel level) {

    public Outcome {
        findings = List.copyOf(findings);
    }

    /** The outcome of a rule without levels. */
    public Outcome(boolean met, List<Finding> findings) {
        this(met, findings, null);
    }

    public Optional<AwardLevel> reachedLevel() {
        return Optional.ofNullable(level);
    }

    public List<Finding> failures() {
        return findings.stream().filter(f -> !f.passed()).toList();
    }

    public ComputedOutcome computed() {
        return ComputedOutcome.of(met);
    }
}
