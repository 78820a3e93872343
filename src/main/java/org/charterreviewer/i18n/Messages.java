package org.charterreviewer.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * All user-facing text, from one resource bundle. Used by the window, the command line and the
 * logic alike, so a message reads the same wherever it appears.
 */
public final class Messages {

    public static final String BUNDLE_NAME = "org.charterreviewer.i18n.messages";

    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle(BUNDLE_NAME, Locale.UK);

    private Messages() {
    }

    /** The bundle itself, for code that binds to it directly. */
    public static ResourceBundle bundle() {
        return BUNDLE;
    }

    /** The text for {@code key}, with {@code {0}}-style arguments filled in. */
    public static String tr(String key, Object... arguments) {
        String pattern;
        try {
            pattern = BUNDLE.getString(key);
        } catch (MissingResourceException e) {
            // A missing key is a bug the localization test catches; show the key rather than fail.
            return key;
        }
        // Always through MessageFormat, so every text follows one rule: write ’ (typographic
        // apostrophe) in the bundle, never ', which MessageFormat treats as a quote.
        return new MessageFormat(pattern, Locale.UK).format(arguments);
    }
}
