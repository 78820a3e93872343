package org.charterreviewer.ui.reviews;

import static org.charterreviewer.i18n.Messages.tr;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.DatePicker;
import org.charterreviewer.ui.common.UkDateConverter;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.charterreviewer.review.ReviewSummary;
import org.charterreviewer.ui.common.Controls;
import org.charterreviewer.ui.common.FontSizedColumns;
import org.charterreviewer.ui.common.RowOpener;
import org.charterreviewer.ui.common.Screen;
import org.charterreviewer.ui.common.Styles;

/**
 * The Reviews screen: every review (or the awards due for renewal) in a table with filters, and
 * the way to start, open and delete reviews. Ctrl+F goes to the filter, Enter opens the
 * chosen review, Delete deletes it (after asking), Ctrl+N starts a new one.
 */
public final class ReviewsView implements Screen {

    static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination NEW = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);

    private final ReviewsViewModel viewModel;
    private final VBox root = new VBox(10);
    private final TextField filter = new TextField();
    private final TableView<ReviewSummary> table = new TableView<>();
    private final MenuItem newReviewItem = new MenuItem(tr("reviews.menu.new"));
    private final List<MenuItem> fileMenuItems;
    private final Map<KeyCombination, Runnable> shortcuts;
    private boolean shown;

    public ReviewsView(ReviewsViewModel viewModel) {
        this.viewModel = viewModel;
        root.setId("reviews-screen");
        root.setAccessibleText(tr("nav.reviews"));

        Label title = new Label(tr("nav.reviews"));
        title.getStyleClass().add(Styles.SCREEN_TITLE);
        title.setId("reviews-screen-title");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button newReview = Controls.button("reviews-new", "reviews.new");
        newReview.setDefaultButton(false);
        newReview.setOnAction(event -> newReview());
        Button delete = Controls.button("reviews-delete", "reviews.delete");
        delete.setOnAction(event -> viewModel.deleteSelected());
        delete.disableProperty().bind(viewModel.selectedProperty().isNull().or(viewModel.deletingProperty()));
        HBox header = new HBox(8, title, spacer, delete, newReview);
        header.setAlignment(Pos.CENTER_LEFT);

        root.getChildren().addAll(header, filters(), modes(), table(), countLine());
        VBox.setVgrow(table, Priority.ALWAYS);

        fileMenuItems = fileMenu();
        shortcuts = Map.of(FIND, this::focusFilter);
        root.sceneProperty().addListener((o, before, after) -> {
            if (before != null) {
                uninstallShortcuts(before);
            }
            if (after != null && shown) {
                installShortcuts(after);
            }
        });
    }

    // --- building ------------------------------------------------------------------------------------

    private Node filters() {
        filter.setPromptText(tr("reviews.filter.text.prompt"));
        Controls.describe(filter, "reviews-filter", "reviews.filter.text");
        filter.textProperty().bindBidirectional(viewModel.filterTextProperty());
        filter.setPrefColumnCount(18);

        ComboBox<Choice<String>> charter = new ComboBox<>(viewModel.charterChoices());
        Controls.describe(charter, "reviews-charter", "reviews.filter.charter");
        charter.valueProperty().bindBidirectional(viewModel.charterFilterProperty());
        charter.getStyleClass().add("charter-filter");

        ComboBox<Choice<org.charterreviewer.review.ReviewStatus>> status = new ComboBox<>(viewModel.statusChoices());
        Controls.describe(status, "reviews-status", "reviews.filter.status");
        status.valueProperty().bindBidirectional(viewModel.statusFilterProperty());

        DatePicker from = datePicker("reviews-from", "reviews.filter.from");
        from.valueProperty().bindBidirectional(viewModel.visitFromProperty());
        DatePicker to = datePicker("reviews-to", "reviews.filter.to");
        to.valueProperty().bindBidirectional(viewModel.visitToProperty());

        Button clear = Controls.button("reviews-clear", "reviews.filter.clear");
        clear.setOnAction(event -> viewModel.clearFilters());

        // The renewal view lists finalised awards only: the status filter does not apply there.
        status.disableProperty().bind(viewModel.dueForRenewalProperty());

        FlowPane pane = new FlowPane(8, 8, filter, charter, status, from, to, clear);
        pane.setAlignment(Pos.CENTER_LEFT);
        return pane;
    }

    static DatePicker datePicker(String id, String key) {
        DatePicker picker = new DatePicker();
        picker.setConverter(new UkDateConverter());
        picker.setPromptText(tr(key + ".prompt"));
        // Sized by its text, not in pixels, so larger text still fits.
        picker.getEditor().setPrefColumnCount(9);
        return Controls.describe(picker, id, key);
    }

    private Node modes() {
        ToggleGroup group = new ToggleGroup();
        ToggleButton all = new ToggleButton(tr("reviews.mode.all"));
        Controls.describe(all, "reviews-mode-all", "reviews.mode.all");
        ToggleButton due = new ToggleButton(tr("reviews.mode.due"));
        Controls.describe(due, "reviews-mode-due", "reviews.mode.due");
        all.setMnemonicParsing(true);
        due.setMnemonicParsing(true);
        all.setToggleGroup(group);
        due.setToggleGroup(group);
        all.setSelected(!viewModel.isDueForRenewal());
        due.setSelected(viewModel.isDueForRenewal());
        group.selectedToggleProperty().addListener((o, before, after) -> {
            if (after == null) {
                // Pressing the chosen view again keeps it chosen: one view is always shown.
                group.selectToggle(before);
            } else {
                viewModel.dueForRenewalProperty().set(after == due);
            }
        });

        Label within = new Label(tr("reviews.due.within"));
        Spinner<Integer> days = new Spinner<>(new SpinnerValueFactory.IntegerSpinnerValueFactory(0, 3650,
                viewModel.dueWithinDaysProperty().get(), 30));
        days.setEditable(true);
        days.getStyleClass().add("days-field");
        Controls.describe(days, "reviews-due-days", "reviews.due.days");
        within.setLabelFor(days);
        days.valueProperty().addListener((o, before, after) -> {
            if (after != null) {
                viewModel.dueWithinDaysProperty().set(after);
            }
        });
        Label daysLabel = new Label(tr("reviews.due.daysUnit"));
        HBox renewal = new HBox(6, within, days, daysLabel);
        renewal.setAlignment(Pos.CENTER_LEFT);
        renewal.visibleProperty().bind(viewModel.dueForRenewalProperty());
        renewal.managedProperty().bind(viewModel.dueForRenewalProperty());

        HBox line = new HBox(0, all, due);
        HBox box = new HBox(16, line, renewal);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private TableView<ReviewSummary> table() {
        table.setId("reviews-table");
        table.setAccessibleText(tr("reviews.table.accessible"));
        table.setItems(viewModel.rows());
        table.getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        // Widths in ems of the table's text, so they grow with View → Larger text.
        FontSizedColumns<ReviewSummary> widths = FontSizedColumns.of(table);
        TableColumn<ReviewSummary, String> school = textColumn("reviews-col-school", "reviews.col.school",
                ReviewSummary::schoolName);
        TableColumn<ReviewSummary, String> urn = textColumn("reviews-col-urn", "reviews.col.urn",
                s -> s.schoolUrn() == null ? "" : s.schoolUrn());
        TableColumn<ReviewSummary, String> charter = textColumn("reviews-col-charter", "reviews.col.charter",
                ReviewsViewModel::charterText);
        table.getColumns().addAll(List.of(school, urn, charter));
        widths.column(school, 15).wholeColumn(urn, 5.5).column(charter, 20);
        TableColumn<ReviewSummary, LocalDate> visit = new TableColumn<>(tr("reviews.col.visit"));
        visit.setId("reviews-col-visit");
        visit.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().visitDate()));
        visit.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(LocalDate date, boolean empty) {
                super.updateItem(date, empty);
                setText(empty ? null : ReviewsViewModel.date(date));
            }
        });
        table.getColumns().add(visit);
        TableColumn<ReviewSummary, String> status = textColumn("reviews-col-status", "reviews.col.status",
                ReviewsViewModel::statusText);
        TableColumn<ReviewSummary, String> decision = textColumn("reviews-col-decision", "reviews.col.decision",
                ReviewsViewModel::decisionText);
        table.getColumns().addAll(List.of(status, decision));
        TableColumn<ReviewSummary, ReviewSummary> validUntil = new TableColumn<>(tr("reviews.col.validUntil"));
        validUntil.setId("reviews-col-validUntil");
        validUntil.setComparator((a, b) -> a.validUntil() == null ? (b.validUntil() == null ? 0 : -1)
                : b.validUntil() == null ? 1 : a.validUntil().compareTo(b.validUntil()));
        validUntil.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        validUntil.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(ReviewSummary summary, boolean empty) {
                super.updateItem(summary, empty);
                getStyleClass().remove(Styles.ERROR_TEXT);
                setText(empty || summary == null ? null : viewModel.validUntilText(summary));
                if (!empty && summary != null && viewModel.isExpired(summary)) {
                    getStyleClass().add(Styles.ERROR_TEXT);
                }
            }
        });
        table.getColumns().add(validUntil);
        widths.wholeColumn(visit, 9).column(status, 7.5).column(decision, 10).column(validUntil, 14);

        RowOpener.install(table, viewModel::open);
        table.setContextMenu(contextMenu());
        table.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.DELETE && viewModel.selectedProperty().get() != null) {
                viewModel.deleteSelected();
                event.consume();
            }
        });

        table.getSelectionModel().selectedItemProperty().addListener((o, before, after) -> {
            if (after != null || !viewModel.rows().isEmpty()) {
                viewModel.selectedProperty().set(after);
            }
        });
        viewModel.selectedProperty().addListener((o, before, after) -> {
            if (table.getSelectionModel().getSelectedItem() != after) {
                if (after == null) {
                    table.getSelectionModel().clearSelection();
                } else {
                    table.getSelectionModel().select(after);
                }
            }
        });
        viewModel.rows().addListener((javafx.collections.ListChangeListener<ReviewSummary>) change -> {
            // After each load the first review is chosen, so Enter opens something at once.
            if (viewModel.selectedProperty().get() == null && !viewModel.rows().isEmpty()) {
                viewModel.selectedProperty().set(viewModel.rows().get(0));
            }
        });

        table.setPlaceholder(placeholder());
        return table;
    }

    /** Open and Delete for the chosen review (the menu key or Shift+F10 opens it from the keyboard). */
    private ContextMenu contextMenu() {
        MenuItem open = new MenuItem(tr("reviews.context.open"));
        open.setId("reviews-context-open");
        open.setOnAction(event -> viewModel.openSelected());
        MenuItem delete = new MenuItem(tr("reviews.delete"));
        delete.setId("reviews-context-delete");
        delete.setMnemonicParsing(true);
        delete.setOnAction(event -> viewModel.deleteSelected());
        delete.disableProperty().bind(viewModel.selectedProperty().isNull().or(viewModel.deletingProperty()));
        open.disableProperty().bind(viewModel.selectedProperty().isNull());
        return new ContextMenu(open, new SeparatorMenuItem(), delete);
    }

    private static TableColumn<ReviewSummary, String> textColumn(String id, String key,
            Function<ReviewSummary, String> text) {
        TableColumn<ReviewSummary, String> column = new TableColumn<>(tr(key));
        column.setId(id);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        return column;
    }

    private Node placeholder() {
        Label message = new Label();
        message.setId("reviews-empty");
        message.getStyleClass().add(Styles.EMPTY_STATE);
        message.setWrapText(true);
        message.getStyleClass().add("readable-width");
        message.textProperty().bind(viewModel.emptyMessageProperty());
        Button start = Controls.button("reviews-empty-new", "reviews.new");
        start.setOnAction(event -> newReview());
        start.visibleProperty().bind(viewModel.noReviewsAtAllProperty());
        start.managedProperty().bind(viewModel.noReviewsAtAllProperty());
        VBox box = new VBox(12, message, start);
        box.setAlignment(Pos.CENTER);
        return box;
    }

    private Node countLine() {
        Label count = new Label();
        count.setId("reviews-count");
        count.getStyleClass().add(Styles.MUTED);
        count.textProperty().bind(Bindings.when(viewModel.loadingProperty())
                .then(tr("reviews.loading")).otherwise(viewModel.countTextProperty()));
        return count;
    }

    private List<MenuItem> fileMenu() {
        newReviewItem.setId("menu-new-review");
        // Always set: a menu bar forgets an accelerator's action once it is set to null and back,
        // which left Ctrl+N dead after a visit to another screen. Schools answers Ctrl+N itself first.
        newReviewItem.setAccelerator(NEW);
        newReviewItem.setOnAction(event -> newReview());
        return List.of(newReviewItem);
    }

    /** Items for the main window's File menu: New review. */
    public List<MenuItem> fileMenuItems() {
        return fileMenuItems;
    }

    // --- actions -------------------------------------------------------------------------------------

    /** Opens the New review dialog. */
    public void newReview() {
        new NewReviewDialog(viewModel.newReview(), root.getScene() == null ? null : root.getScene().getWindow())
                .show();
    }

    private void focusFilter() {
        filter.requestFocus();
        filter.selectAll();
    }

    // --- screen life cycle ---------------------------------------------------------------------------

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void onShow() {
        shown = true;
        if (root.getScene() != null) {
            installShortcuts(root.getScene());
        }
        viewModel.refresh();
    }

    @Override
    public void onHide() {
        shown = false;
        if (root.getScene() != null) {
            uninstallShortcuts(root.getScene());
        }
    }

    private void installShortcuts(Scene scene) {
        scene.getAccelerators().putAll(shortcuts);
        if (newReviewItem.getParentMenu() == null) {
            // Not in a menu (a test shows the screen alone): the screen answers Ctrl+N itself.
            scene.getAccelerators().put(NEW, this::newReview);
        }
    }

    private void uninstallShortcuts(Scene scene) {
        shortcuts.keySet().forEach(scene.getAccelerators()::remove);
        if (newReviewItem.getParentMenu() == null) {
            scene.getAccelerators().remove(NEW);
        }
    }

    @Override
    public Node initialFocus() {
        return table;
    }
}
