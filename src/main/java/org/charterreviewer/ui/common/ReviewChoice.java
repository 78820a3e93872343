package org.charterreviewer.ui.common;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.charterreviewer.review.ReviewSummary;

/**
 * The one "which review?" dialog, used before exporting a certificate, a report, a review file or a
 * bundle: a list of reviews in the caller's words and a button named for what it goes on to do
 * ("Export report…"), never a bare OK.
 *
 * @param paneId  the dialog pane's id (tests and the accessibility sweep find it by this)
 * @param comboId the list's id
 * @param title   the window title, naming the feature
 * @param question the question shown above the list, also the list's accessible help
 * @param label   the label beside the list
 * @param action  the button that goes on with the chosen review
 * @param line    how one review reads in the list
 */
public record ReviewChoice(String paneId, String comboId, String title, String question, String label,
        String action, Function<ReviewSummary, String> line) {

    /** Asks over {@code owner}; empty when the officer cancels. {@code reviews} is not empty. */
    public Optional<ReviewSummary> ask(Window owner, List<ReviewSummary> reviews) {
        ChoiceDialog<ReviewSummary> dialog = new ChoiceDialog<>(reviews.get(0), reviews);
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(question);
        dialog.setContentText(label);
        dialog.getDialogPane().setId(paneId);
        dialog.getDialogPane().setAccessibleText(question);
        dialog.getDialogPane().getStylesheets().add(Styles.STYLESHEET);
        ((Button) dialog.getDialogPane().lookupButton(ButtonType.OK)).setText(action);
        if (dialog.getDialogPane().lookup(".combo-box") instanceof ComboBox<?> combo) {
            combo.setId(comboId);
            combo.setAccessibleText(label);
            combo.setAccessibleHelp(question);
            @SuppressWarnings("unchecked")
            ComboBox<ReviewSummary> typed = (ComboBox<ReviewSummary>) combo;
            typed.setConverter(new StringConverter<>() {
                @Override
                public String toString(ReviewSummary review) {
                    return review == null ? "" : line.apply(review);
                }

                @Override
                public ReviewSummary fromString(String text) {
                    return null;
                }
            });
        }
        // The list may be wide (long school and charter names); its label keeps its word, the list gives way.
        dialog.getDialogPane().lookupAll(".label").stream()
                .filter(node -> node instanceof Label text && label.equals(text.getText()))
                .forEach(node -> ((Label) node).setMinWidth(Region.USE_PREF_SIZE));
        OnScreen.keep(dialog);
        return dialog.showAndWait();
    }
}
