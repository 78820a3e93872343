package org.charterreviewer.cli;

import java.io.PrintWriter;
import java.util.Map;
import org.charterreviewer.i18n.Messages;

/** Prints named values one per line as "Label: value", labels from the bundle, yes/no for booleans, nulls left out. */
final class FieldList {

    private FieldList() {
    }

    static void print(PrintWriter out, String keyPrefix, Map<String, Object> fields) {
        fields.forEach((key, value) -> {
            if (value != null) {
                out.println(Messages.tr(keyPrefix + key) + ": " + (value instanceof Boolean b
                        ? Messages.tr(b ? "certificate.verify.yes" : "certificate.verify.no") : value));
            }
        });
    }
}
