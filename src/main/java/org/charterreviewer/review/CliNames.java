package org.charterreviewer.review;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.charterreviewer.InvalidInputException;
import org.charterreviewer.i18n.Messages;

/** Enum values as people type them: lower case and hyphenated ("in-progress"), read case-insensitively. */
final class CliNames {

    private CliNames() {
    }

    static String of(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static <E extends Enum<E>> E parse(Class<E> type, String text) {
        String wanted = text == null ? "" : text.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (E value : type.getEnumConstants()) {
            if (value.name().equals(wanted)) {
                return value;
            }
        }
        throw new InvalidInputException(Messages.tr("review.error.badChoice", text,
                Arrays.stream(type.getEnumConstants()).map(CliNames::of).collect(Collectors.joining(", "))));
    }
}
