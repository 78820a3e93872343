package org.charterreviewer.school;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which rows of a GIAS file to import: only these local authorities (all when the list is empty;
 * matched ignoring case) and only open establishments unless {@code includeClosed}.
 */
public record GiasImportOptions(List<String> localAuthorities, boolean includeClosed) {

    public GiasImportOptions {
        localAuthorities = localAuthorities == null ? List.of()
                : localAuthorities.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public static GiasImportOptions all() {
        return new GiasImportOptions(List.of(), false);
    }

    /** Authorities typed as one line, separated by commas or semicolons ("Camden; Islington"). */
    public static GiasImportOptions parse(String authorities, boolean includeClosed) {
        return new GiasImportOptions(authorities == null ? List.of() : List.of(authorities.split("[,;]")),
                includeClosed);
    }

    Set<String> authorityKeys() {
        return localAuthorities.stream().map(a -> a.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    }
}
