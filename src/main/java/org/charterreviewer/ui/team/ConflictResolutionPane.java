package org.charterreviewer.ui.team;

import static org.charterreviewer.i18n.Messages.tr;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.charterreviewer.ui.common.Controls;

/**
 * The conflicts in File → Council database…: the list, the chosen conflict's two versions side by
 * side in words (read-only text the keyboard can reach and a screen reader reads), and Keep mine /
 * Keep theirs. Only builds controls and binds them to {@link ConflictResolutionViewModel}.
 */
final class ConflictResolutionPane extends VBox {

    ConflictResolutionPane(ConflictResolutionViewModel viewModel) {
        setSpacing(8);
        Label heading = new Label(tr("team.form.conflicts"));
        ListView<String> list = Controls.describe(new ListView<>(viewModel.conflicts()), "team-conflicts",
                "team.form.conflicts");
        list.getStyleClass().add("conflict-list");
        list.setPlaceholder(new Label(tr("team.form.noConflicts")));
        heading.setLabelFor(list);
        list.getSelectionModel().selectedIndexProperty().addListener((obs, was, now) ->
                viewModel.selectedProperty().set(now.intValue()));
        viewModel.selectedProperty().addListener((obs, was, now) -> {
            if (list.getSelectionModel().getSelectedIndex() != now.intValue()) {
                list.getSelectionModel().select(now.intValue());
            }
        });

        TextArea mine = version("team-conflict-mine", "team.conflicts.mineHeading");
        mine.textProperty().bind(viewModel.mineProperty());
        TextArea theirs = version("team-conflict-theirs", "team.conflicts.theirsHeading");
        theirs.textProperty().bind(viewModel.theirsProperty());
        theirs.accessibleTextProperty().bind(viewModel.theirsHeadingProperty());
        Label mineHeading = new Label(tr("team.conflicts.mineHeading"));
        mineHeading.setLabelFor(mine);
        Label theirsHeading = new Label();
        theirsHeading.textProperty().bind(viewModel.theirsHeadingProperty());
        theirsHeading.setLabelFor(theirs);
        GridPane sides = new GridPane();
        sides.setHgap(8);
        sides.setVgap(4);
        sides.addRow(0, mineHeading, theirsHeading);
        sides.addRow(1, mine, theirs);
        GridPane.setHgrow(mine, Priority.ALWAYS);
        GridPane.setHgrow(theirs, Priority.ALWAYS);

        Button keepMine = Controls.button("team-keep-mine", "team.conflicts.keepMine");
        keepMine.setOnAction(event -> viewModel.keepMine());
        Button keepTheirs = Controls.button("team-keep-theirs", "team.conflicts.keepTheirs");
        keepTheirs.setOnAction(event -> viewModel.keepTheirs());
        keepMine.disableProperty().bind(viewModel.selectedProperty().lessThan(0));
        keepTheirs.disableProperty().bind(keepMine.disableProperty());
        sides.visibleProperty().bind(keepMine.disableProperty().not());
        sides.managedProperty().bind(sides.visibleProperty());

        getChildren().addAll(heading, list, sides, new HBox(8, keepMine, keepTheirs));
    }

    private static TextArea version(String id, String key) {
        TextArea area = Controls.describe(new TextArea(), id, key);
        area.setEditable(false);
        area.setWrapText(true);
        area.setPrefRowCount(5);
        area.setPrefColumnCount(28);
        return area;
    }
}
