package org.charterreviewer.ui.reviews;

import static org.charterreviewer.i18n.Messages.tr;

import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.event.ActionEvent;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.charterreviewer.school.School;
import org.charterreviewer.ui.common.Controls;
import org.charterreviewer.ui.common.FirstFocus;
import org.charterreviewer.ui.common.OnScreen;
import org.charterreviewer.ui.common.Styles;

/**
 * The New review dialog. It stays open while the review is started in the background and closes
 * only when it has been stored, so a refused form loses nothing the officer typed.
 */
final class NewReviewDialog {

    private final NewReviewViewModel viewModel;
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final TextField search = new TextField();
    private final VBox participantRows = new VBox(6);
    private final DatePicker visitDate = ReviewsView.datePicker("new-review-visit-date", "reviews.new.visitDate");

    NewReviewDialog(NewReviewViewModel viewModel, Window owner) {
        this.viewModel = viewModel;
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(tr("reviews.new.title"));
        dialog.setHeaderText(tr("reviews.new.header"));
        dialog.setResizable(true);
        var pane = dialog.getDialogPane();
        pane.setId("new-review-dialog");
        pane.getStylesheets().add(Styles.STYLESHEET);
        ButtonType start = new ButtonType(tr("reviews.new.start"), ButtonBar.ButtonData.OK_DONE);
        pane.getButtonTypes().addAll(start, ButtonType.CANCEL);
        // The form scrolls inside the dialog once the dialog is kept on the screen at large text.
        ScrollPane scroll = new ScrollPane(form());
        scroll.setFitToWidth(true);
        scroll.setId("new-review-scroll");
        pane.setContent(scroll);
        OnScreen.keep(dialog);
        pane.getStyleClass().add("new-review-pane");

        Button startButton = (Button) pane.lookupButton(start);
        startButton.setId("new-review-start");
        startButton.setAccessibleText(tr("reviews.new.start.tooltip"));
        startButton.disableProperty().bind(viewModel.busyProperty());
        ((Button) pane.lookupButton(ButtonType.CANCEL)).setId("new-review-cancel");
        startButton.addEventFilter(ActionEvent.ACTION, event -> {
            // The dialog closes only once the review is stored (see the class comment).
            event.consume();
            commitTypedDate();
            viewModel.start(() -> {
                dialog.setResult(start);
                dialog.close();
            });
        });
        FirstFocus.on(dialog, search);
    }

    void show() {
        viewModel.load();
        dialog.show();
    }

    private Node form() {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        // The names keep their width, which follows the text size; the fields take the rest.
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        grid.getColumnConstraints().addAll(labels, fields);

        int row = 0;
        search.setPromptText(tr("reviews.new.schoolSearch.prompt"));
        Controls.describe(search, "new-review-school-search", "reviews.new.schoolSearch");
        search.textProperty().bindBidirectional(viewModel.schoolSearchProperty());
        grid.addRow(row++, label("reviews.new.school.label", search), search);

        ListView<School> schools = new ListView<>(viewModel.schoolResults());
        Controls.describe(schools, "new-review-school-list", "reviews.new.schoolList");
        schools.getStyleClass().add("school-choices");
        schools.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(School school, boolean empty) {
                super.updateItem(school, empty);
                setText(empty ? null : NewReviewViewModel.schoolText(school));
                // A long name wraps in the list rather than needing a sideways scroll at large text.
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        schools.getSelectionModel().selectedItemProperty().addListener((o, before, after) -> {
            if (after != null) {
                viewModel.schoolProperty().set(after);
            }
        });
        viewModel.schoolProperty().addListener((o, before, after) -> {
            if (after != null && schools.getSelectionModel().getSelectedItem() != after) {
                schools.getSelectionModel().select(after);
                schools.scrollTo(after);
            }
        });
        // A new search refills the list; keep the chosen school shown as chosen.
        viewModel.schoolResults().addListener((ListChangeListener<School>) change -> {
            School chosen = viewModel.schoolProperty().get();
            if (chosen != null && schools.getItems().contains(chosen)) {
                schools.getSelectionModel().select(chosen);
            }
        });
        search.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.DOWN && !viewModel.schoolResults().isEmpty()) {
                schools.requestFocus();
                event.consume();
            }
        });
        grid.add(schools, 1, row++);
        Label searchMessage = new Label();
        searchMessage.setId("new-review-school-message");
        searchMessage.getStyleClass().add(Styles.MUTED);
        searchMessage.setWrapText(true);
        searchMessage.textProperty().bind(viewModel.searchMessageProperty());
        searchMessage.visibleProperty().bind(searchMessage.textProperty().isNotEmpty());
        searchMessage.managedProperty().bind(searchMessage.visibleProperty());
        grid.add(searchMessage, 1, row++);
        grid.add(addSchoolByHand(), 1, row++);

        ComboBox<CharterOption> charter = new ComboBox<>(viewModel.charters());
        Controls.describe(charter, "new-review-charter", "reviews.new.charter");
        charter.setPromptText(tr("reviews.new.charter.prompt"));
        charter.valueProperty().bindBidirectional(viewModel.charterProperty());
        charter.setMaxWidth(Double.MAX_VALUE);
        grid.addRow(row++, label("reviews.new.charter.label", charter), charter);

        visitDate.valueProperty().bindBidirectional(viewModel.visitDateProperty());
        grid.addRow(row++, label("reviews.new.visitDate.label", visitDate), visitDate);

        TextField officers = new TextField();
        Controls.describe(officers, "new-review-officers", "reviews.new.officers");
        officers.setPromptText(tr("reviews.new.officers.prompt"));
        officers.textProperty().bindBidirectional(viewModel.officersProperty());
        grid.addRow(row++, label("reviews.new.officers.label", officers), officers);

        Button addParticipant = Controls.button("new-review-add-participant", "reviews.new.addParticipant");
        addParticipant.setOnAction(event -> {
            viewModel.addParticipant();
            // Focus the new row's role box, so the officer can type straight on.
            Platform.runLater(() -> {
                Node last = participantRows.lookup("#new-review-role-" + viewModel.participants().size());
                if (last != null) {
                    last.requestFocus();
                }
            });
        });
        viewModel.participants().addListener((ListChangeListener<ParticipantDraft>) change -> rebuildParticipants());
        rebuildParticipants();
        Label hint = new Label(tr("reviews.new.participants.hint"));
        hint.setId("new-review-participants-hint");
        hint.getStyleClass().add(Styles.GUIDANCE);
        hint.setWrapText(true);
        hint.setMaxWidth(Double.MAX_VALUE);
        VBox who = new VBox(6, hint, participantRows, addParticipant);
        Label whoLabel = new Label(tr("reviews.new.participants.label"));
        whoLabel.setMnemonicParsing(true);
        GridPane.setValignment(whoLabel, javafx.geometry.VPos.TOP);
        grid.addRow(row++, whoLabel, who);

        Label problem = new Label();
        problem.setId("new-review-problem");
        problem.getStyleClass().add(Styles.ERROR_TEXT);
        problem.setWrapText(true);
        problem.textProperty().bind(viewModel.problemProperty());
        problem.setAccessibleRole(javafx.scene.AccessibleRole.TEXT);
        problem.visibleProperty().bind(problem.textProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        grid.add(problem, 0, row, 2, 1);
        return grid;
    }

    private Node addSchoolByHand() {
        Label intro = new Label(tr("reviews.new.addSchool.intro"));
        intro.setWrapText(true);
        TextField name = new TextField();
        Controls.describe(name, "new-review-new-school-name", "reviews.new.addSchool.name");
        name.setPromptText(tr("reviews.new.addSchool.name"));
        name.textProperty().bindBidirectional(viewModel.newSchoolNameProperty());
        HBox.setHgrow(name, Priority.ALWAYS);
        TextField urn = new TextField();
        Controls.describe(urn, "new-review-new-school-urn", "reviews.new.addSchool.urn");
        urn.setPromptText(tr("reviews.new.addSchool.urn"));
        urn.setPrefColumnCount(8);
        urn.textProperty().bindBidirectional(viewModel.newSchoolUrnProperty());
        Button add = Controls.button("new-review-add-school", "reviews.new.addSchool.add");
        add.setOnAction(event -> viewModel.addSchoolByHand());
        add.disableProperty().bind(viewModel.busyProperty());
        HBox fields = new HBox(6, name, urn, add);
        fields.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(6, intro, fields);
        box.getStyleClass().add(Styles.CARD);
        box.setId("new-review-add-school-box");
        box.visibleProperty().bind(viewModel.registerEmptyProperty());
        box.managedProperty().bind(viewModel.registerEmptyProperty());
        return box;
    }

    private void rebuildParticipants() {
        participantRows.getChildren().clear();
        int number = 0;
        for (ParticipantDraft draft : viewModel.participants()) {
            number++;
            ComboBox<String> role = new ComboBox<>(viewModel.roles());
            role.setEditable(true);
            Controls.describe(role, "new-review-role-" + number, "reviews.new.role");
            role.setAccessibleText(tr("reviews.new.role.accessible", number));
            role.setPromptText(tr("reviews.new.role"));
            role.getEditor().textProperty().bindBidirectional(draft.roleProperty());
            role.getStyleClass().add("participant-role");
            TextField description = new TextField();
            Controls.describe(description, "new-review-description-" + number, "reviews.new.description");
            description.setAccessibleText(tr("reviews.new.description.accessible", number));
            description.setPromptText(tr("reviews.new.description.prompt"));
            description.textProperty().bindBidirectional(draft.descriptionProperty());
            HBox.setHgrow(description, Priority.ALWAYS);
            Button remove = Controls.button("new-review-remove-" + number, "reviews.new.removeParticipant");
            remove.setAccessibleText(tr("reviews.new.removeParticipant.accessible", number));
            remove.setOnAction(event -> viewModel.removeParticipant(draft));
            HBox line = new HBox(6, role, description, remove);
            line.setAlignment(Pos.CENTER_LEFT);
            participantRows.getChildren().add(line);
        }
    }

    private static Label label(String key, Node target) {
        Label label = new Label(tr(key));
        label.setMnemonicParsing(true);
        label.setLabelFor(target);
        return label;
    }

    /** A date typed but not yet confirmed with Enter is taken as it reads. */
    private void commitTypedDate() {
        String typed = visitDate.getEditor().getText();
        visitDate.setValue(visitDate.getConverter().fromString(typed));
    }
}
