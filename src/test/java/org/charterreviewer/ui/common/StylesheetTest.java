package org.charterreviewer.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import javafx.css.CssParser;
import org.junit.jupiter.api.Test;

/** JavaFX only warns about a broken stylesheet and drops the rules after the error; fail instead. */
class StylesheetTest {

    @Test
    void appStylesheetParsesWithoutErrors() throws Exception {
        URL stylesheet = StylesheetTest.class.getResource(Styles.STYLESHEET);
        assertThat(stylesheet).isNotNull();
        CssParser.errorsProperty().clear();
        new CssParser().parse(stylesheet);
        assertThat(CssParser.errorsProperty()).extracting(Object::toString).isEmpty();
    }

    @Test
    void everySizeIsRelativeToTheRootFontSoLargerTextScalesTheWholeWindow() throws Exception {
        String css;
        try (var in = StylesheetTest.class.getResourceAsStream(Styles.STYLESHEET)) {
            css = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        assertThat(css).doesNotContainPattern("\\d(px|pt)\\b");
        java.util.regex.Matcher sizes = java.util.regex.Pattern.compile(
                "-fx-(?:padding|font-size|spacing|border-width|background-radius|border-radius|pref-width|background-insets):([^;]*);")
                .matcher(css);
        while (sizes.find()) {
            for (String value : sizes.group(1).trim().split("[\\s,]+")) {
                assertThat(value).as(sizes.group()).matches("0|-?[\\d.]+em|-[\\w-]+");
            }
        }
    }
}
