package org.charterreviewer.ui.common;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.beans.value.ChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Font;

/**
 * Table column widths in ems of the table's own text instead of pixels, so View → Larger text
 * widens the columns with the words in them. A column never narrows below its heading (as drawn,
 * with room for the sort arrow), so headings stay whole at 200 % text; a column that keeps its
 * values whole (a URN, a date) also never narrows below its preferred width.
 */
public final class FontSizedColumns<S> {

    /** Room beside a heading's words for the sort arrow and the cell's padding, in ems. */
    static final double HEADING_ROOM_EM = 1.5;

    private final TableView<S> table;
    private final Map<TableColumn<S, ?>, Width> widths = new LinkedHashMap<>();
    private final ChangeListener<Font> fontChanged = (observable, before, after) -> fit(false);
    private Label measure;
    private Font fitted;

    private record Width(double ems, boolean keepWhole) {
    }

    private FontSizedColumns(TableView<S> table) {
        this.table = table;
        // The column headings (and the font CSS gives them) come with the skin's first layout: look
        // for them whenever the table lays out until they are found, then follow their font.
        table.needsLayoutProperty().addListener((observable, before, needs) -> {
            if (measure == null || measure.getScene() == null) {
                fit(false);
            }
        });
    }

    /** Starts sizing {@code table}'s columns; give each one its width with {@link #column}. */
    public static <S> FontSizedColumns<S> of(TableView<S> table) {
        return new FontSizedColumns<>(table);
    }

    /** A column {@code ems} wide that may narrow to its heading when the table is short of room. */
    public FontSizedColumns<S> column(TableColumn<S, ?> column, double ems) {
        return put(column, new Width(ems, false));
    }

    /** A column {@code ems} wide that never narrows: its values are useless cut off. */
    public FontSizedColumns<S> wholeColumn(TableColumn<S, ?> column, double ems) {
        return put(column, new Width(ems, true));
    }

    private FontSizedColumns<S> put(TableColumn<S, ?> column, Width width) {
        widths.put(column, width);
        column.textProperty().addListener(observable -> fit(true));
        fit(true);
        return this;
    }

    /** The font of the table's headings once shown (CSS sizes it from the root), else the usual font. */
    Font font() {
        if (measure == null || measure.getScene() == null) {
            if (measure != null) {
                measure.fontProperty().removeListener(fontChanged);
            }
            measure = table.lookupAll(".column-header > .label").stream()
                    .filter(Label.class::isInstance).map(Label.class::cast).findFirst().orElse(null);
            if (measure != null) {
                measure.fontProperty().addListener(fontChanged);
            }
        }
        return measure == null ? Font.getDefault() : measure.getFont();
    }

    /** Sizes the columns for the current font; a width the officer dragged stays until the font changes. */
    private void fit(boolean always) {
        Font font = font();
        if (!always && font.equals(fitted)) {
            return;
        }
        fitted = font;
        double em = font.getSize();
        widths.forEach((column, width) -> {
            double heading = Ruler.widthOf(column.getText(), font) + HEADING_ROOM_EM * em;
            double preferred = Math.max(width.ems() * em, heading);
            column.setMinWidth(width.keepWhole() ? preferred : heading);
            column.setPrefWidth(preferred);
        });
    }

    /** Measures words as a table heading draws them. */
    private static final class Ruler {
        private static final javafx.scene.text.Text RULER = new javafx.scene.text.Text();

        static double widthOf(String words, Font font) {
            RULER.setText(words == null ? "" : words.replace("_", ""));
            RULER.setFont(font);
            return Math.ceil(RULER.getLayoutBounds().getWidth());
        }
    }
}
