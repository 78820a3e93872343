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
}
