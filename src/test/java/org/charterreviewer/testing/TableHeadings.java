package org.charterreviewer.testing;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import org.testfx.util.WaitForAsyncUtils;

/** What a table's column headings look like on screen. */
public final class TableHeadings {

    private TableHeadings() {
    }

    /** The headings of {@code table} drawn shorter than their words (ending in an ellipsis). */
    public static List<String> cutOff(TableView<?> table) {
        WaitForAsyncUtils.waitForFxEvents();
        return table.lookupAll(".column-header > .label").stream()
                .map(Label.class::cast)
                .filter(label -> label.lookup(".text") instanceof Text text
                        && !text.getText().equals(label.getText().replace("_", "")))
                .map(Label::getText).toList();
    }
}
