package org.charterreviewer.review;

import java.util.List;

/** Whether a review meets its charter's award rule, and why: every finding, passed or failed. */
public record Outcome(boolean met, List<Finding> findings) {

    public Outcome {
        findings = List.copyOf(findings);
    }

    public List<Finding> failures() {
        return findings.stream().filter(f -> !f.passed()).toList();
    }

    public ComputedOutcome computed() {
        return ComputedOutcome.of(met);
    }
}
