package org.charterreviewer.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.charterreviewer.ui.shell.Destination;
import org.junit.jupiter.api.Test;

/**
 * Every resource key the code names exists in the bundle, so no screen or message ever shows a raw
 * key. Keys are string literals whose first segment is one of the bundle's own key prefixes.
 */
class LocalizationConsistencyTest {

    /** Literals that look like keys but are JSON paths named in messages about a file's content. */
    private static final Set<String> JSON_PATHS = Set.of("school.name");

    private static final Pattern LITERAL = Pattern.compile("\"([a-z][a-zA-Z0-9]*(?:\\.[a-zA-Z0-9]+)+)\"");

    @Test
    void everyKeyUsedInTheCodeExistsInTheBundle() throws IOException {
        ResourceBundle bundle = Messages.bundle();
        Set<String> prefixes = new TreeSet<>();
        bundle.keySet().forEach(key -> prefixes.add(key.substring(0, key.indexOf('.') < 0 ? key.length() : key.indexOf('.'))));

        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher matcher = LITERAL.matcher(Files.readString(file));
                while (matcher.find()) {
                    String key = matcher.group(1);
                    String prefix = key.substring(0, key.indexOf('.'));
                    boolean looksLikeOurKey = prefixes.contains(prefix) && !key.endsWith(".")
                            && !key.matches(".*\\.(json|pdf|zip|csv|sql|css|png|p12|cer|properties|tmp|lock|log)$");
                    if (looksLikeOurKey && !bundle.containsKey(key) && !JSON_PATHS.contains(key)) {
                        missing.add(file.getFileName() + ": " + key);
                    }
                }
            }
        }
        assertThat(missing).as("keys used in code but missing from messages.properties").isEmpty();
    }

    /** A key written twice silently takes its last value; merges of parallel work used to do that. */
    @Test
    void noKeyIsWrittenTwice() throws IOException {
        Set<String> seen = new TreeSet<>();
        List<String> repeated = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("src/main/resources/org/charterreviewer/i18n/messages.properties"))) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.indexOf('=') < 0) {
                continue;
            }
            String key = trimmed.substring(0, trimmed.indexOf('=')).strip();
            if (!seen.add(key)) {
                repeated.add(key);
            }
        }
        assertThat(repeated).as("keys written more than once in messages.properties").isEmpty();
    }

    /**
     * Alt+F, Alt+V and Alt+H open the main window's menus, so a control in the window using one of
     * those letters as its mnemonic can never be reached with it. Texts shown in their own dialog
     * windows (no menu bar there) may use them.
     */
    @Test
    void theMenuBarsLettersAreLeftToTheMenuBar() {
        Set<String> ownWindow = Set.of("reviews.new.visitDate.label");
        List<String> clashing = new ArrayList<>();
        ResourceBundle bundle = Messages.bundle();
        for (String key : bundle.keySet()) {
            Matcher mnemonic = Pattern.compile("(?<!_)_([A-Za-z])").matcher(bundle.getString(key));
            if (mnemonic.find() && "fvh".indexOf(Character.toLowerCase(mnemonic.group(1).charAt(0))) >= 0
                    && !key.startsWith("menu.") && !ownWindow.contains(key)) {
                clashing.add(key + "=" + bundle.getString(key));
            }
        }
        assertThat(clashing).as("mnemonics on F, V or H, which the menu bar takes").isEmpty();
    }

    @Test
    void everyNavigationTargetHasItsTexts() {
        for (Destination destination : Destination.values()) {
            assertThat(Messages.bundle().containsKey("nav." + destination.key())).isTrue();
            assertThat(Messages.bundle().containsKey("nav." + destination.key() + ".tooltip")).isTrue();
        }
    }

    @Test
    void argumentsAreFilledInAndApostrophesSurvive() {
        assertThat(Messages.tr("storage.inUse", "/data")).contains("(/data)");
        assertThat(Messages.tr("dialog.openFailed.message")).contains("system’s");
        assertThat(Messages.tr("no.such.key")).isEqualTo("no.such.key");
    }
}
