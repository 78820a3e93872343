package org.charterreviewer.ui.schools;

import java.util.Locale;
import java.util.function.Function;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.charterreviewer.i18n.Messages;
import org.charterreviewer.school.School;
import org.charterreviewer.school.SchoolDraft;
import org.charterreviewer.school.SchoolField;
import org.charterreviewer.review.ReviewStatus;
import org.charterreviewer.school.SchoolReview;
import org.charterreviewer.i18n.Dates;
import org.charterreviewer.ui.reviews.ReviewsViewModel;
import org.charterreviewer.ui.common.Controls;
import org.charterreviewer.ui.common.FontSizedColumns;
import org.charterreviewer.ui.common.RowOpener;
import org.charterreviewer.ui.common.Screen;
import org.charterreviewer.ui.common.Styles;

/**
 * The schools screen: a search field that searches as the officer types, the virtualised list of
 * schools, and the selected school's details and reviews. Builds controls and binds; the view
 * model does the work.
 */
public final class SchoolsView implements Screen {

    static final Duration DEBOUNCE = Duration.millis(150);

    private final SchoolsViewModel viewModel;
    private final VBox root;
    private final TextField search;
    private final TableView<School> table;
    private final GridPane details = new GridPane();
    private final Label detailsTitle = new Label();

    public SchoolsView(SchoolsViewModel viewModel) {
        this.viewModel = viewModel;

        Label title = new Label(Messages.tr("nav.schools"));
        title.getStyleClass().add(Styles.SCREEN_TITLE);
        title.setId("schools-screen-title");

        search = Controls.describe(new TextField(), "school-search", "schools.search");
        search.setPromptText(Messages.tr("schools.search.prompt"));
        search.textProperty().bindBidirectional(viewModel.searchTextProperty());
        HBox.setHgrow(search, Priority.ALWAYS);
        search.getStyleClass().add("school-search");
        PauseTransition debounce = new PauseTransition(DEBOUNCE);
        debounce.setOnFinished(event -> viewModel.search());
        search.textProperty().addListener((observable, before, after) -> debounce.playFromStart());

        CheckBox archived = Controls.describe(new CheckBox(Messages.tr("schools.includeArchived")),
                "school-include-archived", "schools.includeArchived");
        archived.setMnemonicParsing(true);
        archived.selectedProperty().bindBidirectional(viewModel.includeArchivedProperty());

        Button add = Controls.button("school-add", "schools.add");
        add.setOnAction(event -> viewModel.addSchool());
        Button edit = Controls.button("school-edit", "schools.edit");
        edit.setOnAction(event -> viewModel.editSelected());
        Button archive = Controls.button("school-archive", "schools.archive");
        archive.setOnAction(event -> viewModel.toggleArchiveSelected());
        archive.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> Messages.tr(viewModel.getSelected() != null && viewModel.getSelected().archived()
                        ? "schools.unarchive" : "schools.archive"), viewModel.selectedProperty()));
        Button delete = Controls.button("school-delete", "schools.delete");
        delete.setOnAction(event -> viewModel.deleteSelected());
        delete.setVisible(viewModel.canDelete());
        delete.setManaged(viewModel.canDelete());
        Button importGias = Controls.button("school-import", "schools.import");
        importGias.setOnAction(event -> viewModel.importGias());
        var nothingSelected = viewModel.selectedProperty().isNull();
        edit.disableProperty().bind(nothingSelected.or(viewModel.busyProperty()));
        archive.disableProperty().bind(nothingSelected.or(viewModel.busyProperty()));
        delete.disableProperty().bind(nothingSelected.or(viewModel.busyProperty()));
        add.disableProperty().bind(viewModel.busyProperty());
        importGias.disableProperty().bind(viewModel.busyProperty());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.SOMETIMES);
        // Wraps rather than squeezing the buttons to "…" when the text is large.
        javafx.scene.layout.FlowPane toolbar = new javafx.scene.layout.FlowPane(8, 8, search, archived, spacer, add, edit,
                archive, delete, importGias);
        toolbar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        toolbar.getStyleClass().add(Styles.TOOLBAR);

        Label count = new Label();
        count.setId("school-count");
        count.getStyleClass().add(Styles.MUTED);
        count.textProperty().bind(viewModel.resultSummaryProperty());

        table = schoolTable();
        // Down from the search field goes to the list, as in any search box with results.
        search.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.DOWN || event.getCode() == KeyCode.ENTER) {
                table.requestFocus();
                if (table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()) {
                    table.getSelectionModel().selectFirst();
                }
                event.consume();
            }
        });
        table.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                viewModel.editSelected();
                event.consume();
            } else if (event.getCode() == KeyCode.DELETE && viewModel.canDelete()) {
                viewModel.deleteSelected();
                event.consume();
            }
        });

        SplitPane split = new SplitPane(table, detailsPane());
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.64);
        VBox.setVgrow(split, Priority.ALWAYS);

        root = new VBox(8, title, toolbar, count, split);
        root.setId("schools-screen");
        root.setAccessibleText(Messages.tr("nav.schools"));
        root.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, event -> {
            if (new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN).match(event)) {
                search.requestFocus();
                search.selectAll();
                event.consume();
            } else if (new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN).match(event)) {
                viewModel.addSchool();
                event.consume();
            }
        });

        viewModel.selectedProperty().addListener((observable, before, after) -> showDetails(after));
        viewModel.schools().addListener((javafx.collections.ListChangeListener<School>) change -> reselect());
        showDetails(null);
    }

    private TableView<School> schoolTable() {
        TableView<School> view = new TableView<>(viewModel.schools());
        view.setId("school-table");
        view.setAccessibleText(Messages.tr("schools.table.accessible"));
        view.getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        // An empty register and a search that found nothing are different news.
        Label empty = new Label();
        empty.setId("school-table-empty");
        empty.setWrapText(true);
        empty.getStyleClass().add(Styles.EMPTY_STATE);
        empty.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> viewModel.searchTextProperty().get() == null || viewModel.searchTextProperty().get().isBlank()
                        ? Messages.tr("schools.empty")
                        : Messages.tr("schools.noMatch", viewModel.searchTextProperty().get().strip()),
                viewModel.searchTextProperty()));
        view.setPlaceholder(empty);
        view.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        // Widths in ems of the table's text, so they grow with View → Larger text; short codes (URN,
        // postcode) are useless cut off, so the name column gives way instead.
        FontSizedColumns.of(view)
                .column(column(view, "name", School::name), 20)
                .wholeColumn(column(view, "urn", School::urn), 5.5)
                .column(column(view, "town", School::town), 8.5)
                .wholeColumn(column(view, "postcode", School::postcode), 6.5)
                .column(column(view, "local_authority", School::localAuthority), 9)
                .column(column(view, "phase", School::phase), 7)
                .column(column(view, "establishment_status", s -> s.archived()
                        ? Messages.tr("schools.archivedStatus") : s.establishmentStatus()), 7);
        view.getSelectionModel().selectedItemProperty().addListener((observable, before, after) -> {
            if (after != null && (viewModel.getSelected() == null || viewModel.getSelected().id() != after.id()
                    || !viewModel.getSelected().equals(after))) {
                viewModel.select(after);
            }
        });
        return view;
    }

    private static TableColumn<School, String> column(TableView<School> view, String field,
            Function<School, String> value) {
        TableColumn<School, String> column = new TableColumn<>(Messages.tr("school.field." + field));
        column.setId("school-column-" + field.replace('_', '-'));
        view.getColumns().add(column);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }

    /** Keeps the table's selection on the view model's school after the list is refreshed. */
    private void reselect() {
        School selected = viewModel.getSelected();
        if (selected == null) {
            return;
        }
        for (School school : table.getItems()) {
            if (school.id() == selected.id()) {
                table.getSelectionModel().select(school);
                return;
            }
        }
    }

    private Node detailsPane() {
        detailsTitle.setId("school-details-title");
        detailsTitle.getStyleClass().add(Styles.SECTION_HEADING);
        detailsTitle.setWrapText(true);
        details.setId("school-details");
        details.setHgap(10);
        details.setVgap(4);

        Label reviewsHeading = new Label(Messages.tr("schools.reviews"));
        reviewsHeading.getStyleClass().add(Styles.SECTION_HEADING);
        TableView<SchoolReview> reviews = new TableView<>(viewModel.selectedReviews());
        Controls.describe(reviews, "school-reviews", "schools.reviews");
        reviews.setPlaceholder(new Label(Messages.tr("schools.reviews.none")));
        reviews.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        reviews.getStyleClass().add("school-reviews");
        FontSizedColumns.of(reviews)
                .column(reviewColumn(reviews, "status",
                        r -> ReviewsViewModel.statusText(ReviewStatus.valueOf(r.status()))), 7.5)
                .column(reviewColumn(reviews, "charter", r -> Messages.tr("reviews.new.charterOption",
                        r.charterTitle() == null ? r.charterId() : r.charterTitle(), r.charterVersion())), 14)
                .column(reviewColumn(reviews, "date", r -> Dates.day(r.visitDate())), 9)
                .column(reviewColumn(reviews, "validUntil", r -> Dates.day(r.validUntil())), 9);
        RowOpener.install(reviews, viewModel::openReview);

        VBox pane = new VBox(10, detailsTitle, details, reviewsHeading, reviews);
        pane.getStyleClass().add(Styles.CARD);
        ScrollPane scroll = new ScrollPane(pane);
        scroll.setFitToWidth(true);
        scroll.setId("school-details-pane");
        return scroll;
    }

    private static TableColumn<SchoolReview, String> reviewColumn(TableView<SchoolReview> reviews, String key,
            Function<SchoolReview, String> value) {
        TableColumn<SchoolReview, String> column = new TableColumn<>(Messages.tr("schools.reviews." + key));
        reviews.getColumns().add(column);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }

    private void showDetails(School school) {
        details.getChildren().clear();
        if (school == null) {
            detailsTitle.setText(Messages.tr("schools.details.none"));
            return;
        }
        detailsTitle.setText(school.name());
        SchoolDraft draft = school.toDraft();
        int row = 0;
        for (SchoolField field : SchoolField.values()) {
            String value = draft.get(field);
            if (field == SchoolField.NAME || value == null) {
                continue;
            }
            Label name = new Label(Messages.tr("school.field." + field.name().toLowerCase(Locale.ROOT)));
            name.getStyleClass().add(Styles.MUTED);
            Label text = new Label(value);
            text.setId("school-detail-" + SchoolForm.idOf(field));
            text.setWrapText(true);
            text.setFocusTraversable(true);
            text.setAccessibleText(name.getText() + ": " + value);
            details.addRow(row++, name, text);
        }
        if (school.archived()) {
            Label archived = new Label(Messages.tr("schools.archivedStatus"));
            archived.getStyleClass().add(Styles.ERROR_TEXT);
            details.add(archived, 0, row, 2, 1);
        }
    }

    /** The File menu's "Import GIAS file…", for the main window to add before the screen is first shown. */
    public static MenuItem importMenuItem(SchoolsViewModel viewModel) {
        MenuItem item = new MenuItem(Messages.tr("schools.import.menu"));
        item.setId("menu-import-gias");
        item.setOnAction(event -> viewModel.importGias());
        item.disableProperty().bind(viewModel.busyProperty());
        return item;
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void onShow() {
        // Reviews may have changed elsewhere since the screen was last shown.
        viewModel.search();
    }

    @Override
    public Node initialFocus() {
        return search;
    }
}
