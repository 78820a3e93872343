package org.charterreviewer.ui.evidence;

import static org.charterreviewer.i18n.Messages.tr;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.charterreviewer.ui.common.ClosableDialog;
import org.charterreviewer.ui.common.Controls;
import org.charterreviewer.ui.common.FirstFocus;
import org.charterreviewer.ui.common.Styles;

/**
 * File → Evidence size limit…: the limit in force, one field in megabytes and Save (Enter in the field
 * saves too). Only builds controls and binds them to {@link EvidenceLimitViewModel}.
 */
public final class EvidenceLimitView extends VBox {

    final TextField megabytes;

    public EvidenceLimitView(EvidenceLimitViewModel viewModel) {
        setSpacing(10);
        setPadding(new Insets(8));
        setId("evidence-limit-view");
        // 49em wide like the other settings dialogs, growing with View → Larger text (app.css).
        getStyleClass().add("evidence-limit-view");

        Label intro = wrapped(new Label(tr("evidenceLimit.intro")));
        Label current = wrapped(new Label());
        current.setId("evidence-limit-current");
        current.textProperty().bind(viewModel.currentProperty());
        current.accessibleTextProperty().bind(viewModel.currentProperty());

        megabytes = Controls.describe(new TextField(), "evidence-limit-megabytes", "evidenceLimit.megabytes");
        megabytes.setPrefColumnCount(7);
        megabytes.textProperty().bindBidirectional(viewModel.megabytesProperty());
        megabytes.setOnAction(event -> viewModel.save());
        Label label = wrapped(new Label(tr("evidenceLimit.megabytes")));
        label.setMnemonicParsing(true);
        label.setLabelFor(megabytes);
        HBox row = new HBox(8, label, megabytes);
        row.setAlignment(Pos.CENTER_LEFT);

        Button save = Controls.button("evidence-limit-save", "evidenceLimit.save");
        save.setOnAction(event -> viewModel.save());
        save.disableProperty().bind(viewModel.busyProperty());
        Label message = wrapped(new Label());
        message.setId("evidence-limit-message");
        message.textProperty().bind(viewModel.messageProperty());
        message.accessibleTextProperty().bind(viewModel.messageProperty());
        Label hint = wrapped(new Label(tr("evidenceLimit.hint")));
        hint.getStyleClass().add(Styles.MUTED);

        getChildren().addAll(intro, current, row, hint, new HBox(8, save), message);
    }

    private static Label wrapped(Label label) {
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    /** Shows the dialog over {@code owner} until the officer closes it. */
    public static void showDialog(Window owner, EvidenceLimitViewModel viewModel) {
        EvidenceLimitView view = new EvidenceLimitView(viewModel);
        // Scrolls at 200 % text on a 768-pixel screen, with Close in sight below.
        Dialog<Void> dialog = ClosableDialog.scrolling(owner, tr("evidenceLimit.title"), view, "evidence-limit-scroll");
        dialog.getDialogPane().setId("evidence-limit-dialog");
        viewModel.refresh();
        // After the dialog's own first focus (its Close button), so typing goes to the field.
        FirstFocus.on(dialog, view.megabytes);
        dialog.showAndWait();
    }
}
