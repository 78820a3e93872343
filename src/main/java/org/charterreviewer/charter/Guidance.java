package org.charterreviewer.charter;

import java.util.List;

/**
 * Help for the officer, written for this app and kept visibly apart from the charter's own words:
 * questions to ask each group and the evidence to look for.
 */
public record Guidance(List<String> askPupils, List<String> askStaff, List<String> askFamilies,
        List<String> lookFor) {

    public Guidance {
        askPupils = List.copyOf(askPupils);
        askStaff = List.copyOf(askStaff);
        askFamilies = List.copyOf(askFamilies);
        lookFor = List.copyOf(lookFor);
    }

    public boolean isEmpty() {
        return askPupils.isEmpty() && askStaff.isEmpty() && askFamilies.isEmpty() && lookFor.isEmpty();
    }
}
