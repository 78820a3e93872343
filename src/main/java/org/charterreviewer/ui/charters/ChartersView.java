package org.charterreviewer.ui.charters;

import static org.charterreviewer.i18n.Messages.tr;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.charterreviewer.charter.AwardCondition;
import org.charterreviewer.charter.AwardLevel;
import org.charterreviewer.charter.Charter;
import org.charterreviewer.charter.CharterKind;
import org.charterreviewer.charter.CharterText;
import org.charterreviewer.charter.Guidance;
import org.charterreviewer.charter.Item;
import org.charterreviewer.charter.JudgementScale;
import org.charterreviewer.charter.Section;
import org.charterreviewer.charter.StoredCharter;
import org.charterreviewer.ui.common.Controls;
import org.charterreviewer.ui.common.FontSizedColumns;
import org.charterreviewer.ui.common.Screen;
import org.charterreviewer.ui.common.Styles;

/**
 * The charter library: a table of charters, the selected charter's full text with the app's
 * guidance set visibly apart, and importing by button, File menu (Ctrl+I) or dropping files.
 */
public final class ChartersView implements Screen {

    private final ChartersViewModel viewModel;
    private final BorderPane root = new BorderPane();
    private final TableView<StoredCharter> table = new TableView<>();
    private final VBox detail = new VBox(10);
    private final ChangeListener<StoredCharter> showSelected = (observable, before, after) -> showCharter(after);

    public ChartersView(ChartersViewModel viewModel) {
        this.viewModel = viewModel;
        root.setId("charters-screen");
        root.setAccessibleText(tr("nav.charters"));

        Label title = new Label(tr("nav.charters"));
        title.getStyleClass().add(Styles.SCREEN_TITLE);
        title.setId("charters-screen-title");
        Button importButton = Controls.button("charters-import", "charters.import");
        importButton.setOnAction(event -> viewModel.chooseAndImport());
        importButton.disableProperty().bind(viewModel.busyProperty());
        Label message = new Label();
        message.setId("charters-message");
        message.textProperty().bind(viewModel.messageProperty());
        message.getStyleClass().add(Styles.MUTED);
        message.setAccessibleRole(javafx.scene.AccessibleRole.TEXT);
        Label dropHint = new Label(tr("charters.dropHint"));
        dropHint.getStyleClass().add(Styles.MUTED);
        HBox toolbar = new HBox(importButton, dropHint, message);
        toolbar.getStyleClass().add(Styles.TOOLBAR);
        root.setTop(new VBox(8, title, toolbar));

        table.setId("charters-table");
        table.setAccessibleText(tr("charters.table.accessible"));
        table.setPlaceholder(new Label(tr("charters.empty")));
        // Widths in ems of the table's text, so they grow with View → Larger text.
        FontSizedColumns.of(table)
                .column(column("charters.column.title", c -> c.title()), 20)
                .column(column("charters.column.issuingBody", c -> c.issuingBody()), 15)
                .wholeColumn(column("charters.column.version", c -> c.version()), 5.5)
                .wholeColumn(column("charters.column.items", c -> String.valueOf(c.judgedItems().size())), 5)
                .column(column("charters.column.award", c -> c.certificate().awardName()), 17);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setItems(viewModel.charters());

        detail.setId("charter-detail");
        detail.getStyleClass().add(Styles.CHARTER_TEXT);
        detail.setFillWidth(true);
        detail.setPadding(new Insets(8, 16, 16, 12));
        ScrollPane scroller = new ScrollPane(detail);
        scroller.setId("charter-detail-scroll");
        scroller.setFitToWidth(true);
        scroller.setAccessibleText(tr("charters.detail.accessible"));
        scroller.setFocusTraversable(true);

        SplitPane split = new SplitPane(table, scroller);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.32);
        root.setCenter(split);

        root.setOnDragOver(this::dragOver);
        root.setOnDragExited(event -> root.getStyleClass().remove(Styles.DROP_TARGET));
        root.setOnDragDropped(this::dropped);

        table.getSelectionModel().selectedItemProperty().addListener((observable, before, after) -> {
            if (after != null && after != viewModel.getSelected()) {
                viewModel.selectedProperty().set(after);
            }
        });
    }

    private TableColumn<StoredCharter, String> column(String key, Function<Charter, String> value) {
        TableColumn<StoredCharter, String> column = new TableColumn<>(tr(key));
        column.setId(key.replace('.', '-'));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue().charter())));
        table.getColumns().add(column);
        return column;
    }

    /**
     * The File menu's "Import charter…" item (Ctrl+I), added by the main window. It needs only the
     * view model, so the menu has it before the screen is first shown (built on first visit).
     */
    public static MenuItem importMenuItem(ChartersViewModel viewModel) {
        MenuItem item = new MenuItem(tr("charters.import.menu"));
        item.setId("menu-import-charter");
        item.setAccelerator(new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN));
        item.setOnAction(event -> viewModel.chooseAndImport());
        item.disableProperty().bind(viewModel.busyProperty());
        return item;
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public Node initialFocus() {
        return table;
    }

    @Override
    public void onShow() {
        viewModel.selectedProperty().addListener(showSelected);
        showCharter(viewModel.getSelected());
        viewModel.refresh();
    }

    @Override
    public void onHide() {
        viewModel.selectedProperty().removeListener(showSelected);
    }

    private void dragOver(DragEvent event) {
        if (event.getDragboard().hasFiles() && jsonFiles(event.getDragboard().getFiles()).size() > 0) {
            event.acceptTransferModes(TransferMode.COPY);
            if (!root.getStyleClass().contains(Styles.DROP_TARGET)) {
                root.getStyleClass().add(Styles.DROP_TARGET);
            }
        }
        event.consume();
    }

    private void dropped(DragEvent event) {
        List<Path> files = event.getDragboard().hasFiles() ? jsonFiles(event.getDragboard().getFiles()) : List.of();
        root.getStyleClass().remove(Styles.DROP_TARGET);
        event.setDropCompleted(!files.isEmpty());
        event.consume();
        viewModel.importFiles(files);
    }

    private static List<Path> jsonFiles(List<File> files) {
        return files.stream().map(File::toPath).filter(ChartersViewModel::acceptsFile).toList();
    }

    private void showCharter(StoredCharter stored) {
        if (stored != null && table.getSelectionModel().getSelectedItem() != stored) {
            table.getSelectionModel().select(stored);
        }
        detail.getChildren().clear();
        if (stored == null) {
            detail.getChildren().add(muted(tr("charters.detail.none")));
            return;
        }
        Charter charter = stored.charter();
        Label heading = text(charter.title());
        heading.getStyleClass().add(Styles.SCREEN_TITLE);
        heading.setId("charter-detail-title");
        detail.getChildren().add(heading);
        detail.getChildren().add(muted(tr("charters.detail.meta",
                charter.issuingBody() == null ? tr("charters.detail.noIssuingBody") : charter.issuingBody(),
                charter.reference(),
                tr(charter.kind() == CharterKind.PLEDGE ? "charter.kind.pledge" : "charter.kind.charter"))));
        if (charter.dates() != null && charter.dates().review() != null) {
            detail.getChildren().add(muted(tr("charter.show.reviewDate", charter.dates().review())));
        }
        if (charter.dates() != null && charter.dates().published() != null) {
            detail.getChildren().add(muted(tr("charter.show.published", charter.dates().published())));
        }
        charter.introduction().forEach(p -> detail.getChildren().add(text(p)));
        for (Section section : charter.sections()) {
            Label sectionHeading = text(section.title() + (section.contextOnly() ? "  " + tr("charter.show.contextOnly") : ""));
            sectionHeading.getStyleClass().add(Styles.SECTION_HEADING);
            detail.getChildren().add(sectionHeading);
            section.introduction().forEach(p -> detail.getChildren().add(text(p)));
            int number = 1;
            for (Item item : section.items()) {
                detail.getChildren().add(text(item.number() == null ? number + ".  " + item.fullText()
                        : item.numberedText()));
                number++;
                item.optionalGuidance().filter(g -> !g.isEmpty()).ifPresent(g -> detail.getChildren().add(guidance(g)));
            }
        }
        charter.closing().forEach(p -> detail.getChildren().add(text(p)));

        Label scaleHeading = text(tr("charter.show.scale"));
        scaleHeading.getStyleClass().add(Styles.SECTION_HEADING);
        detail.getChildren().add(scaleHeading);
        for (JudgementScale.Level level : charter.scale().levels()) {
            detail.getChildren().add(text(tr("charters.detail.level", level.label(), level.points(), level.descriptor())));
        }
        Label awardHeading = text(charter.certificate().hasEndDate()
                ? tr("charter.show.award", charter.certificate().awardName(), charter.certificate().validityMonths())
                : tr("charter.show.awardNoEnd", charter.certificate().awardName()));
        awardHeading.getStyleClass().add(Styles.SECTION_HEADING);
        detail.getChildren().add(awardHeading);
        detail.getChildren().add(text(charter.awardRule().summary()));
        for (AwardCondition condition : charter.awardRule().conditions()) {
            detail.getChildren().add(text("•  " + CharterText.describe(condition, charter)));
        }
        for (AwardLevel level : charter.awardRule().levels()) {
            detail.getChildren().add(text(tr("charter.show.awardLevel", level.name(), level.id())));
            for (AwardCondition condition : level.conditions()) {
                detail.getChildren().add(text("     •  " + CharterText.describe(condition, charter)));
            }
        }
        detail.getChildren().add(text(tr("charter.show.statement", charter.certificate().statement())));
    }

    private static Node guidance(Guidance guidance) {
        VBox box = new VBox(4);
        box.getStyleClass().add(Styles.GUIDANCE);
        Label heading = new Label(tr("charter.guidance.heading"));
        heading.setWrapText(true);
        heading.getStyleClass().add(Styles.SCREEN_SUBTITLE);
        box.getChildren().add(heading);
        addLines(box, tr("charter.guidance.askPupils"), guidance.askPupils());
        addLines(box, tr("charter.guidance.askStaff"), guidance.askStaff());
        addLines(box, tr("charter.guidance.askFamilies"), guidance.askFamilies());
        addLines(box, tr("charter.guidance.lookFor"), guidance.lookFor());
        box.setAccessibleText(tr("charter.guidance.heading"));
        VBox.setVgrow(box, Priority.NEVER);
        return box;
    }

    private static void addLines(VBox box, String label, List<String> entries) {
        for (String entry : entries) {
            Label line = new Label(label + " " + entry);
            line.setWrapText(true);
            box.getChildren().add(line);
        }
    }

    private static Label text(String value) {
        Label label = new Label(value);
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }

    private static Label muted(String value) {
        Label label = text(value);
        label.getStyleClass().add(Styles.MUTED);
        return label;
    }
}
