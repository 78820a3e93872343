package org.charterreviewer.ui.common;

import java.util.function.Consumer;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;

/** Makes a table open its rows the way lists of reviews do: a double-click or Enter on a row. */
public final class RowOpener {

    private RowOpener() {
    }

    /** Calls {@code open} with the row double-clicked, or with the selected (else focused) row on Enter. */
    public static <T> void install(TableView<T> table, Consumer<? super T> open) {
        table.setRowFactory(view -> {
            TableRow<T> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && !row.isEmpty()) {
                    open.accept(row.getItem());
                }
            });
            return row;
        });
        table.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER && !event.isShortcutDown()) {
                T chosen = table.getSelectionModel().getSelectedItem();
                if (chosen == null) {
                    chosen = table.getFocusModel().getFocusedItem();
                }
                if (chosen != null) {
                    open.accept(chosen);
                    event.consume();
                }
            }
        });
    }
}
