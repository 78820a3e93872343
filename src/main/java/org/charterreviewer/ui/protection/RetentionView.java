package org.charterreviewer.ui.protection;

import static org.charterreviewer.i18n.Messages.tr;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.charterreviewer.ui.common.FirstFocus;
import org.charterreviewer.ui.common.Controls;
import org.charterreviewer.ui.common.ClosableDialog;
import org.charterreviewer.ui.common.Styles;

/**
 * File → Retention…: the rule now, the two fields that change it, the list of what applying it today
 * deletes, and Delete with a question first. Only builds controls and binds them to
 * {@link RetentionViewModel}; while work runs it says what, with Stop for a preview.
 */
public final class RetentionView extends VBox {

    final TextField evidence;

    public RetentionView(RetentionViewModel viewModel) {
        setSpacing(10);
        setPadding(new Insets(8));
        setId("retention-view");
        // 49em wide, growing with View → Larger text (app.css).
        getStyleClass().add("retention-view");

        Label intro = wrapped(new Label(tr("retentionDialog.intro")));
        Label current = wrapped(new Label());
        current.setId("retention-current");
        current.textProperty().bind(viewModel.currentRuleProperty());
        current.accessibleTextProperty().bind(viewModel.currentRuleProperty());

        evidence = field("retention-evidence-years", "retentionDialog.evidenceYears");
        evidence.textProperty().bindBidirectional(viewModel.evidenceYearsProperty());
        TextField reviews = field("retention-review-years", "retentionDialog.reviewYears");
        reviews.textProperty().bindBidirectional(viewModel.reviewYearsProperty());
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        form.addRow(0, label("retentionDialog.evidenceYears", evidence), evidence);
        form.addRow(1, label("retentionDialog.reviewYears", reviews), reviews);
        Label hint = wrapped(new Label(tr("retentionDialog.hint")));
        hint.getStyleClass().add(Styles.MUTED);

        Button save = Controls.button("retention-save", "retentionDialog.save");
        save.setOnAction(event -> viewModel.save());
        save.disableProperty().bind(viewModel.busyProperty());
        Label message = wrapped(new Label());
        message.setId("retention-message");
        message.textProperty().bind(viewModel.messageProperty());
        message.accessibleTextProperty().bind(viewModel.messageProperty());

        Label heading = new Label(tr("retentionDialog.dueHeading"));
        heading.getStyleClass().add(Styles.SECTION_HEADING);
        ListView<String> due = new ListView<>(viewModel.due());
        due.setId("retention-due");
        due.setAccessibleText(tr("retentionDialog.dueHeading"));
        due.setPlaceholder(new Label(tr("retentionDialog.nothingListed")));
        // Each review's line wraps within the list, so nothing hides past its right edge.
        due.setCellFactory(list -> {
            javafx.scene.control.ListCell<String> cell = new javafx.scene.control.ListCell<>() {
                @Override
                protected void updateItem(String item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty ? null : item);
                }
            };
            cell.setWrapText(true);
            // Asking for no width, the cell takes the list's width and wraps there.
            cell.setPrefWidth(0);
            return cell;
        });
        due.setPrefHeight(160);
        due.setMinHeight(80);
        heading.setLabelFor(due);
        VBox.setVgrow(due, Priority.ALWAYS);
        Label summary = wrapped(new Label());
        summary.setId("retention-summary");
        summary.textProperty().bind(viewModel.summaryProperty());
        summary.accessibleTextProperty().bind(viewModel.summaryProperty());

        Button again = Controls.button("retention-check-again", "retentionDialog.checkAgain");
        again.setOnAction(event -> viewModel.checkAgain());
        again.disableProperty().bind(viewModel.busyProperty());
        Button apply = Controls.button("retention-apply", "retentionDialog.apply");
        apply.setOnAction(event -> viewModel.apply());
        apply.disableProperty().bind(viewModel.busyProperty().or(viewModel.canApplyProperty().not()));

        getChildren().addAll(intro, current, form, hint, new HBox(8, save), message, heading, due, summary,
                new HBox(8, again, apply), working(viewModel));
    }

    /** The working line: an indicator, what runs, and Stop while a preview runs. */
    private static Node working(RetentionViewModel viewModel) {
        ProgressIndicator indicator = new ProgressIndicator();
        indicator.setId("retention-busy");
        indicator.setPrefSize(22, 22);
        indicator.accessibleTextProperty().bind(viewModel.workingProperty());
        Label what = new Label();
        what.textProperty().bind(viewModel.workingProperty());
        Button stop = Controls.button("retention-stop", "retentionDialog.stop");
        stop.setOnAction(event -> viewModel.stop());
        stop.visibleProperty().bind(viewModel.stoppableProperty());
        stop.managedProperty().bind(stop.visibleProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox line = new HBox(8, indicator, what, spacer, stop);
        line.setAlignment(Pos.CENTER_LEFT);
        line.visibleProperty().bind(viewModel.busyProperty());
        line.managedProperty().bind(line.visibleProperty());
        return line;
    }

    private static Label wrapped(Label label) {
        label.setWrapText(true);
        // Words keep all their lines at large text; the list gives up its room first.
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    private static TextField field(String id, String key) {
        TextField field = Controls.describe(new TextField(), id, key);
        field.setPrefColumnCount(4);
        return field;
    }

    private static Label label(String key, Node field) {
        Label label = wrapped(new Label(tr(key)));
        label.setMnemonicParsing(true);
        label.setLabelFor(field);
        return label;
    }

    /** Shows the dialog over {@code owner} until the officer closes it. */
    public static void showDialog(Window owner, RetentionViewModel viewModel) {
        RetentionView view = new RetentionView(viewModel);
        // At 200 % text on a 768-pixel screen the words alone are taller than the screen: they scroll,
        // and Close stays in sight below them.
        Dialog<Void> dialog = ClosableDialog.scrolling(owner, tr("retentionDialog.title"), view, "retention-scroll");
        dialog.getDialogPane().setId("retention-dialog");
        viewModel.refresh();
        // After the dialog's own first focus (its Close button), so typing goes to the first field.
        FirstFocus.on(dialog, view.evidence);
        dialog.showAndWait();
    }
}
