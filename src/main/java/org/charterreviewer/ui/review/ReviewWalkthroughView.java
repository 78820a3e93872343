package org.charterreviewer.ui.review;

import static org.charterreviewer.i18n.Messages.tr;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.charterreviewer.charter.Guidance;
import org.charterreviewer.charter.Item;
import org.charterreviewer.charter.JudgementScale;
import org.charterreviewer.charter.Section;
import org.charterreviewer.review.Completeness;
import org.charterreviewer.review.Decision;
import org.charterreviewer.review.EvidenceFile;
import org.charterreviewer.review.FollowUpAction;
import org.charterreviewer.review.Review;
import org.charterreviewer.review.Voice;
import org.charterreviewer.ui.common.Controls;
import org.charterreviewer.ui.common.Screen;
import org.charterreviewer.ui.common.Styles;

/**
 * The review walkthrough: header with completeness, a sidebar of every section and item, one item
 * at a time with the charter's words apart from the app's guidance, the judgement (number keys),
 * notes, voices, actions and evidence, and a tab with the outcome and decision. Builds controls
 * and binds them; everything else is the view model's.
 */
public final class ReviewWalkthroughView implements Screen {

    /** Common roles offered for voices and action owners; the officer may type any other. */
    static final List<String> ROLE_KEYS = List.of("review.role.pupil", "review.role.pupilsGroup",
            "review.role.parentCarer", "review.role.staff", "review.role.senco", "review.role.headTeacher",
            "review.role.governor", "review.role.officer");

    private final ReviewWalkthroughViewModel viewModel;
    private final BorderPane root = new BorderPane();
    private final ListView<ReviewWalkthroughViewModel.SidebarEntry> sidebar = new ListView<>();
    private final TabPane tabs = new TabPane();
    private final Tab walkthroughTab = new Tab();
    private final Tab outcomeTab = new Tab();
    private final ScrollPane itemScroll = new ScrollPane();
    private final Label sectionTitle = new Label();
    private final VBox sectionIntro = new VBox(6);
    private final Label contextOnly = new Label();
    private final Label itemPosition = new Label();
    private final Label itemText = new Label();
    private final VBox guidance = new VBox(4);
    private final HBox judgementBar = new HBox(6);
    private final ToggleGroup levelGroup = new ToggleGroup();
    private final List<ToggleButton> levelButtons = new ArrayList<>();
    private final VBox judgementBox = new VBox(6);
    private final ToggleButton flag = new ToggleButton();
    private final Label levelDescriptor = new Label();
    private final Map<String, Image> thumbnails = new HashMap<>();
    private final VBox pledgeBox = new VBox(8);
    private final ToggleGroup decisionGroup = new ToggleGroup();
    private Label judgementLabel;
    private boolean syncing;
    private boolean built;

    public ReviewWalkthroughView(ReviewWalkthroughViewModel viewModel) {
        this.viewModel = viewModel;
        root.setId("review-screen");
        root.setAccessibleText(tr("review.screen.accessible"));
        root.setTop(header());
        root.setLeft(sidebar());
        walkthroughTab.setText(tr("review.tab.walkthrough"));
        walkthroughTab.setId("review-tab-walkthrough");
        walkthroughTab.setClosable(false);
        walkthroughTab.setContent(itemPane());
        outcomeTab.setText(tr("review.tab.outcome"));
        outcomeTab.setId("review-tab-outcome");
        outcomeTab.setClosable(false);
        outcomeTab.setContent(outcomePane());
        tabs.getTabs().addAll(walkthroughTab, outcomeTab);
        tabs.setId("review-tabs");
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, before, after) -> {
            if (after == outcomeTab) {
                viewModel.flushText();
                viewModel.refreshHistory();
            }
        });
        root.setCenter(tabs);
        BorderPane.setMargin(tabs, new Insets(0, 0, 0, 12));
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::shortcuts);
        root.addEventHandler(KeyEvent.KEY_PRESSED, this::escape);

        viewModel.refreshCountProperty().addListener((obs, before, after) -> refreshed());
        viewModel.currentItemProperty().addListener((obs, before, after) -> showItem(after));
        viewModel.shownSectionProperty().addListener((obs, before, after) -> showSection(after));
        viewModel.levelProperty().addListener((obs, before, after) -> syncLevel(after));
    }

    // --- header ------------------------------------------------------------------------------------

    private Node header() {
        Label school = new Label();
        school.setId("review-school");
        school.getStyleClass().add(Styles.SCREEN_TITLE);
        school.textProperty().bind(viewModel.schoolNameProperty());
        Label charter = label("review-charter", viewModel.charterLabelProperty());
        Label visit = label("review-visit", viewModel.visitLabelProperty());
        Label status = label("review-status", viewModel.statusLabelProperty());
        status.getStyleClass().add("review-status");
        Label completeness = label("review-completeness", viewModel.completenessLabelProperty());
        completeness.getStyleClass().add("review-completeness");
        Label saved = label("review-save-state", viewModel.saveMessageProperty());
        saved.getStyleClass().add("save-indicator");
        viewModel.saveStateProperty().addListener((obs, before, after) -> {
            saved.getStyleClass().removeAll(Styles.ERROR_TEXT, Styles.MUTED);
            saved.getStyleClass().add(after == ReviewWalkthroughViewModel.SaveState.FAILED ? Styles.ERROR_TEXT
                    : Styles.MUTED);
        });
        saved.getStyleClass().add(Styles.MUTED);
        Button back = Controls.button("review-back", "review.back");
        back.setOnAction(event -> viewModel.back());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox titleRow = new HBox(12, back, school, spacer, saved);
        titleRow.setAlignment(Pos.CENTER_LEFT);
        Label dot1 = dot();
        Label dot2 = dot();
        HBox facts = new HBox(8, charter, dot1, visit, dot2, status);
        facts.setAlignment(Pos.CENTER_LEFT);
        Label banner = label("review-banner", viewModel.finalisedBannerProperty());
        banner.getStyleClass().add("finalised-banner");
        banner.setMaxWidth(Double.MAX_VALUE);
        banner.visibleProperty().bind(viewModel.finalisedProperty());
        banner.managedProperty().bind(banner.visibleProperty());
        VBox header = new VBox(4, titleRow, facts, completeness, banner);
        header.getStyleClass().add("review-header");
        return header;
    }

    private static Label dot() {
        Label dot = new Label("·");
        dot.getStyleClass().add(Styles.MUTED);
        return dot;
    }

    private static Label label(String id, javafx.beans.value.ObservableValue<String> text) {
        Label label = new Label();
        label.setId(id);
        label.textProperty().bind(text);
        label.setWrapText(true);
        label.setFocusTraversable(false);
        label.accessibleTextProperty().bind(text);
        return label;
    }

    // --- sidebar -----------------------------------------------------------------------------------

    private Node sidebar() {
        Controls.describe(sidebar, "review-sidebar", "review.sidebar");
        sidebar.setItems(viewModel.sidebar());
        sidebar.setPrefWidth(300);
        sidebar.setMinWidth(220);
        sidebar.getStyleClass().add("review-sidebar");
        sidebar.setCellFactory(list -> new SidebarCell());
        sidebar.getSelectionModel().selectedItemProperty().addListener((obs, before, after) -> {
            if (!syncing && after != null) {
                viewModel.goTo(after);
            }
        });
        Label heading = new Label(tr("review.sidebar"));
        heading.getStyleClass().add(Styles.SCREEN_SUBTITLE);
        heading.setLabelFor(sidebar);
        VBox box = new VBox(4, heading, sidebar);
        VBox.setVgrow(sidebar, Priority.ALWAYS);
        box.setPadding(new Insets(12, 0, 0, 0));
        return box;
    }

    private final class SidebarCell extends ListCell<ReviewWalkthroughViewModel.SidebarEntry> {
        @Override
        protected void updateItem(ReviewWalkthroughViewModel.SidebarEntry entry, boolean empty) {
            super.updateItem(entry, empty);
            getStyleClass().removeAll("sidebar-section", "sidebar-item", "sidebar-context");
            if (empty || entry == null) {
                setText(null);
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            Completeness completeness = viewModel.completenessProperty().get();
            if (entry.isSection()) {
                Section section = entry.section();
                String state = section.contextOnly() ? tr("review.sidebar.contextOnly")
                        : sectionState(completeness, section);
                getStyleClass().add(section.contextOnly() ? "sidebar-context" : "sidebar-section");
                setText(section.title() + "\n" + state);
                setAccessibleText(tr("review.sidebar.sectionAccessible", section.title(), state));
            } else {
                Item item = entry.item();
                getStyleClass().add("sidebar-item");
                String state = entry.section().contextOnly() ? tr("review.sidebar.contextOnly")
                        : itemState(completeness, item);
                setText(item.numberedText() + "\n" + state);
                setAccessibleText(tr("review.sidebar.itemAccessible", item.numberedText(), state));
            }
            setWrapText(false);
            setPrefWidth(0);
            setTooltip(new Tooltip(getText()));
        }
    }

    private static String sectionState(Completeness completeness, Section section) {
        if (completeness == null) {
            return "";
        }
        return completeness.sections().stream().filter(s -> s.sectionId().equals(section.id())).findFirst()
                .map(s -> tr("review.sidebar.sectionState", s.items().size() - s.unjudged(), s.items().size(),
                        s.flagged()))
                .orElse("");
    }

    private String itemState(Completeness completeness, Item item) {
        if (completeness == null) {
            return "";
        }
        return completeness.sections().stream().flatMap(s -> s.items().stream())
                .filter(i -> i.itemId().equals(item.id())).findFirst()
                .map(i -> {
                    String level = i.levelId() == null ? tr("review.sidebar.notJudged")
                            : viewModel.levels().stream().filter(l -> l.id().equals(i.levelId()))
                                    .map(JudgementScale.Level::label).findFirst().orElse(i.levelId());
                    String text = tr("review.sidebar.itemState", level, i.evidenceCount());
                    return i.flagged() ? text + " · " + tr("review.sidebar.flagged") : text;
                }).orElse("");
    }

    // --- the current item --------------------------------------------------------------------------

    private Node itemPane() {
        sectionTitle.setId("review-section-title");
        sectionTitle.getStyleClass().add(Styles.SECTION_HEADING);
        sectionTitle.setWrapText(true);
        sectionIntro.setId("review-section-intro");
        contextOnly.setId("review-context-only");
        contextOnly.setText(tr("review.item.contextOnly"));
        contextOnly.getStyleClass().add(Styles.MUTED);
        contextOnly.managedProperty().bind(contextOnly.visibleProperty());
        itemPosition.setId("review-item-position");
        itemPosition.getStyleClass().add(Styles.MUTED);
        itemPosition.managedProperty().bind(itemPosition.visibleProperty());
        itemText.setId("review-item-text");
        itemText.getStyleClass().addAll(Styles.CHARTER_TEXT, "item-text");
        itemText.setWrapText(true);
        itemText.setFocusTraversable(true);
        guidance.setId("review-guidance");
        guidance.getStyleClass().add(Styles.GUIDANCE);
        guidance.managedProperty().bind(guidance.visibleProperty());

        Label charterWords = new Label(tr("review.item.charterWords"));
        charterWords.getStyleClass().add(Styles.SCREEN_SUBTITLE);
        VBox charterBox = new VBox(6, charterWords, sectionTitle, sectionIntro, itemPosition, itemText, contextOnly);
        charterBox.getStyleClass().add("charter-box");

        judgementLabel = sectionLabel("review.judgement", judgementBar);
        judgementBox.getChildren().addAll(judgementLabel, judgementBar,
                levelDescriptor);
        judgementBox.managedProperty().bind(judgementBox.visibleProperty());
        judgementBar.setId("review-judgement");
        judgementBar.setAlignment(Pos.CENTER_LEFT);
        judgementBar.setAccessibleRole(AccessibleRole.TOGGLE_BUTTON);
        judgementBar.setAccessibleText(tr("review.judgement.accessible"));
        levelDescriptor.setId("review-level-descriptor");
        levelDescriptor.getStyleClass().add(Styles.MUTED);
        levelDescriptor.setWrapText(true);
        levelGroup.selectedToggleProperty().addListener((obs, before, after) -> {
            if (!syncing) {
                viewModel.judge(after == null ? null : (String) after.getUserData());
            }
        });

        Controls.describe(flag, "review-flag", "review.flag");
        flag.setText(tr("review.flag"));
        flag.setMnemonicParsing(true);
        flag.setOnAction(event -> viewModel.setFlagged(flag.isSelected()));
        viewModel.flaggedProperty().addListener((obs, before, after) -> flag.setSelected(after));
        Button clear = Controls.button("review-level-clear", "review.level.clear");
        clear.setOnAction(event -> viewModel.judge(null));
        clear.disableProperty().bind(viewModel.editableProperty().not());
        clear.visibleProperty().bind(judgementBox.visibleProperty());
        clear.managedProperty().bind(clear.visibleProperty());
        flag.disableProperty().bind(viewModel.editableProperty().not());

        // Everything about one item; a section without items shows only the charter's words above.
        VBox itemParts = new VBox(16, guidance, judgementBox, new HBox(8, flag, clear), notesBox(),
                voicesBox(), actionsBox(), evidenceBox());
        itemParts.setId("review-item-parts");
        itemParts.visibleProperty().bind(viewModel.shownSectionProperty().isNull());
        itemParts.managedProperty().bind(itemParts.visibleProperty());
        VBox content = new VBox(16, charterBox, itemParts);
        content.setPadding(new Insets(12, 16, 24, 4));
        content.setId("review-item");
        content.setFillWidth(true);
        content.setOnDragOver(this::dragOver);
        content.setOnDragExited(event -> content.getStyleClass().remove(Styles.DROP_TARGET));
        content.setOnDragEntered(event -> {
            if (event.getDragboard().hasFiles() && viewModel.isEditable()) {
                content.getStyleClass().add(Styles.DROP_TARGET);
            }
        });
        content.setOnDragDropped(this::dropped);
        itemScroll.setContent(content);
        itemScroll.setFitToWidth(true);
        itemScroll.setId("review-item-scroll");
        itemScroll.setFocusTraversable(false);
        return itemScroll;
    }

    private Label sectionLabel(String key, Node labelFor) {
        Label label = new Label(tr(key));
        label.setMnemonicParsing(true);
        label.getStyleClass().add("panel-heading");
        label.setLabelFor(labelFor);
        return label;
    }

    private Node notesBox() {
        TextArea note = Controls.describe(new TextArea(), "review-note", "review.note");
        note.setWrapText(true);
        note.setPrefRowCount(4);
        note.textProperty().bindBidirectional(viewModel.noteTextProperty());
        note.focusedProperty().addListener((obs, before, focused) -> {
            if (!focused) {
                viewModel.flushText();
            }
        });
        note.editableProperty().bind(viewModel.editableProperty());
        CheckBox internal = Controls.describe(new CheckBox(tr("review.note.internal")), "review-note-internal",
                "review.note.internal");
        internal.setMnemonicParsing(true);
        internal.selectedProperty().bindBidirectional(viewModel.noteInternalProperty());
        internal.disableProperty().bind(viewModel.editableProperty().not());
        return new VBox(6, sectionLabel("review.note", note), note, internal);
    }

    private Node voicesBox() {
        ListView<Voice> list = Controls.describe(new ListView<>(viewModel.voices()), "review-voices", "review.voices");
        list.setPrefHeight(90);
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Voice voice, boolean empty) {
                super.updateItem(voice, empty);
                setText(empty || voice == null ? null : tr(voice.consentToShare() ? "review.voice.lineShared"
                        : "review.voice.linePrivate", voice.speakerRole(), voice.said()));
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        list.setPlaceholder(placeholder("review.voices.none"));
        keepSelectionById(list, Voice::id);
        var selected = list.getSelectionModel().selectedItemProperty();
        Button remove = Controls.button("review-voice-remove", "review.voice.remove");
        remove.setOnAction(event -> viewModel.removeVoice(selected.get()));
        Button edit = Controls.button("review-voice-edit", "review.voice.edit");
        for (Button b : List.of(edit, remove)) {
            b.disableProperty().bind(viewModel.editableProperty().not().or(selected.isNull()));
        }

        ComboBox<String> role = roles("review-voice-role", "review.voice.role");
        bindEditor(role, viewModel.voiceRoleProperty());
        TextField said = Controls.describe(new TextField(), "review-voice-said", "review.voice.said");
        said.setPromptText(tr("review.voice.said"));
        said.textProperty().bindBidirectional(viewModel.voiceSaidProperty());
        HBox.setHgrow(said, Priority.ALWAYS);
        CheckBox consent = Controls.describe(new CheckBox(tr("review.voice.consent")), "review-voice-consent",
                "review.voice.consent");
        consent.setMnemonicParsing(true);
        consent.selectedProperty().bindBidirectional(viewModel.voiceConsentProperty());
        var editing = viewModel.editingVoiceProperty().isNotNull();
        Button add = Controls.button("review-voice-add", "review.voice.add");
        addOrSave(add, editing, "review.voice.add", "review.voice.save");
        Button cancel = Controls.button("review-voice-cancel", "review.voice.cancel");
        cancel.visibleProperty().bind(editing);
        cancel.managedProperty().bind(cancel.visibleProperty());
        // Two rows, so the words keep their room when the buttons say "Save voice changes".
        VBox form = new VBox(6, row(role, said), row(consent, add, cancel));
        form.disableProperty().bind(viewModel.editableProperty().not());
        Label hint = editHint("review-voice-editing", editing, "review.voice.editing");
        announceEditing(said, editing, hint);

        VBox box = new VBox(6, sectionLabel("review.voices", list), list, new HBox(8, edit, remove), hint, form,
                formMessage());
        wireEditing(new EditControls<>(box, list, said, add, edit, cancel), viewModel.editingVoiceProperty(),
                viewModel::editVoice, viewModel::saveVoice, viewModel::cancelVoiceEdit, role);
        return box;
    }

    private static HBox row(Node... nodes) {
        HBox row = new HBox(8, nodes);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private Label formMessage() {
        Label message = label("review-form-message", viewModel.formMessageProperty());
        message.getStyleClass().add(Styles.ERROR_TEXT);
        message.visibleProperty().bind(viewModel.formMessageProperty().isNotEmpty()
                .and(viewModel.editingActionProperty().isNull()));
        message.managedProperty().bind(message.visibleProperty());
        return message;
    }

    /** The form's button adds a new record, or saves the one being edited: text, tooltip and reader follow. */
    private static void addOrSave(Button button, javafx.beans.binding.BooleanBinding editing, String addKey,
            String saveKey) {
        button.textProperty().bind(Bindings.when(editing).then(tr(saveKey)).otherwise(tr(addKey)));
        var described = Bindings.when(editing).then(tooltipOf(saveKey)).otherwise(tooltipOf(addKey));
        button.accessibleTextProperty().bind(described);
        button.getTooltip().textProperty().bind(described);
    }

    private static String tooltipOf(String key) {
        String tooltip = tr(key + ".tooltip");
        return tooltip.equals(key + ".tooltip") ? tr(key).replace("_", "") : tooltip;
    }

    /** A line saying a recorded voice or action is being edited and how to save or cancel. */
    private static Label editHint(String id, javafx.beans.binding.BooleanBinding editing, String key) {
        Label hint = new Label(tr(key));
        hint.setId(id);
        hint.setWrapText(true);
        hint.getStyleClass().add(Styles.MUTED);
        hint.setAccessibleText(hint.getText());
        hint.visibleProperty().bind(editing);
        hint.managedProperty().bind(hint.visibleProperty());
        return hint;
    }

    /** The field focused on editing tells a screen reader that a recorded one is being changed, and how. */
    private static void announceEditing(Control field, javafx.beans.binding.BooleanBinding editing, Label hint) {
        String usual = field.getAccessibleText();
        field.accessibleTextProperty().bind(Bindings.when(editing).then(usual + ". " + hint.getText()).otherwise(usual));
    }

    /** The controls of one list of recorded voices or actions and the form below it. */
    private record EditControls<T>(Node box, ListView<T> list, TextField field, Button save, Button edit,
            Button cancel) {
    }

    /**
     * Enter or F2 on the list (or Edit…) loads the selected record into the form and puts the caret
     * in {@code field}; Enter there or the form's button saves; Esc anywhere in the box (once an
     * open drop-down is closed) or Cancel edit leaves it as stored. Both end back on the list.
     */
    private <T> void wireEditing(EditControls<T> c, ReadOnlyObjectProperty<T> editing,
            java.util.function.Consumer<T> begin, Runnable save, Runnable cancel, ComboBoxBase<?>... popups) {
        Runnable saveAndReturn = () -> {
            boolean wasEditing = editing.get() != null;
            save.run();
            if (wasEditing && editing.get() == null) {
                // Later: a mnemonic (Alt+C, Alt+O) focuses its button after firing it.
                Platform.runLater(c.list()::requestFocus);
            }
        };
        c.field().setOnAction(event -> saveAndReturn.run());
        c.save().setOnAction(event -> saveAndReturn.run());
        Runnable startEdit = () -> {
            begin.accept(c.list().getSelectionModel().getSelectedItem());
            if (editing.get() != null) {
                c.field().requestFocus();
                Platform.runLater(c.field()::end);
            }
        };
        c.edit().setOnAction(event -> startEdit.run());
        Runnable cancelAndReturn = () -> {
            cancel.run();
            c.list().requestFocus();
        };
        c.cancel().setOnAction(event -> cancelAndReturn.run());
        c.list().addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if ((event.getCode() == KeyCode.ENTER || event.getCode() == KeyCode.F2)
                    && c.list().getSelectionModel().getSelectedItem() != null && viewModel.isEditable()) {
                startEdit.run();
                event.consume();
            }
        });
        c.box().addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() != KeyCode.ESCAPE || editing.get() == null) {
                return;
            }
            for (ComboBoxBase<?> popup : popups) {
                if (popup.isShowing()) {
                    return;
                }
            }
            cancelAndReturn.run();
            event.consume();
        });
    }

    /**
     * Selects the same record again (by id) after the list is reloaded from the database, so that
     * Space or Enter can follow on the one the officer just changed.
     */
    private static <T> void keepSelectionById(ListView<T> list, java.util.function.ToLongFunction<T> id) {
        long[] selectedId = {Long.MIN_VALUE};
        list.getSelectionModel().selectedItemProperty().addListener((obs, before, after) -> {
            if (after != null) {
                selectedId[0] = id.applyAsLong(after);
            }
        });
        list.getItems().addListener((javafx.collections.ListChangeListener<T>) change -> {
            List<T> items = list.getItems();
            for (int i = 0; i < items.size(); i++) {
                if (id.applyAsLong(items.get(i)) == selectedId[0]) {
                    list.getSelectionModel().select(i);
                    list.getFocusModel().focus(i);
                    return;
                }
            }
        });
    }

    private ComboBox<String> roles(String id, String key) {
        ComboBox<String> role = Controls.describe(new ComboBox<>(), id, key);
        role.setEditable(true);
        role.setPromptText(tr(key));
        role.getItems().setAll(ROLE_KEYS.stream().map(k -> tr(k)).toList());
        role.setPrefWidth(170);
        role.getEditor().setAccessibleText(role.getAccessibleText());
        return role;
    }

    /** What is typed counts at once, without waiting for the combo box to commit it. */
    private static void bindEditor(ComboBox<String> box, javafx.beans.property.StringProperty target) {
        box.getEditor().textProperty().addListener((obs, before, after) -> target.set(after));
        box.valueProperty().addListener((obs, before, after) -> {
            if (after != null) {
                target.set(after);
            }
        });
        target.addListener((obs, before, after) -> {
            if (!box.getEditor().getText().equals(after == null ? "" : after)) {
                box.getEditor().setText(after);
            }
        });
    }

    private Node actionsBox() {
        ListView<FollowUpAction> list = Controls.describe(new ListView<>(viewModel.actions()), "review-actions",
                "review.actions");
        list.setPrefHeight(80);
        list.setPlaceholder(placeholder("review.actions.none"));
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(FollowUpAction action, boolean empty) {
                super.updateItem(action, empty);
                if (empty || action == null) {
                    setText(null);
                    return;
                }
                String due = action.dueDate() == null ? tr("review.action.noDate")
                        : tr("review.action.dueBy", action.dueDate().format(
                                java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.UK)));
                String owner = action.ownerRole() == null ? tr("review.action.noOwner") : action.ownerRole();
                setText(tr(action.done() ? "review.action.lineDone" : "review.action.line", action.description(),
                        owner, due));
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        keepSelectionById(list, FollowUpAction::id);
        var selected = list.getSelectionModel().selectedItemProperty();
        Button done = Controls.button("review-action-done", "review.action.done");
        done.setOnAction(event -> viewModel.toggleDone(selected.get()));
        Button remove = Controls.button("review-action-remove", "review.action.remove");
        remove.setOnAction(event -> viewModel.removeAction(selected.get()));
        Button edit = Controls.button("review-action-edit", "review.action.edit");
        for (Button b : List.of(edit, done, remove)) {
            b.disableProperty().bind(viewModel.editableProperty().not().or(selected.isNull()));
        }
        TextField what = Controls.describe(new TextField(), "review-action-what", "review.action.what");
        what.setPromptText(tr("review.action.what"));
        what.textProperty().bindBidirectional(viewModel.actionWhatProperty());
        HBox.setHgrow(what, Priority.ALWAYS);
        ComboBox<String> owner = roles("review-action-owner", "review.action.owner");
        bindEditor(owner, viewModel.actionOwnerProperty());
        DatePicker due = Controls.describe(new DatePicker(), "review-action-due", "review.action.due");
        due.setPromptText(tr("review.action.due"));
        due.valueProperty().bindBidirectional(viewModel.actionDueProperty());
        due.setPrefWidth(140);
        var editing = viewModel.editingActionProperty().isNotNull();
        Button add = Controls.button("review-action-add", "review.action.add");
        addOrSave(add, editing, "review.action.add", "review.action.save");
        Button cancel = Controls.button("review-action-cancel", "review.action.cancel");
        cancel.visibleProperty().bind(editing);
        cancel.managedProperty().bind(cancel.visibleProperty());
        VBox form = new VBox(6, row(what, owner, due), row(add, cancel));
        form.disableProperty().bind(viewModel.editableProperty().not());
        Label hint = editHint("review-action-editing", editing, "review.action.editing");
        announceEditing(what, editing, hint);
        Label message = label("review-action-message", viewModel.formMessageProperty());
        message.getStyleClass().add(Styles.ERROR_TEXT);
        message.visibleProperty().bind(viewModel.formMessageProperty().isNotEmpty().and(editing));
        message.managedProperty().bind(message.visibleProperty());

        list.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.SPACE && !event.isShortcutDown() && selected.get() != null
                    && viewModel.isEditable()) {
                viewModel.toggleDone(selected.get());
                event.consume();
            }
        });
        VBox box = new VBox(6, sectionLabel("review.actions", list), list, new HBox(8, edit, done, remove), hint,
                form, message);
        wireEditing(new EditControls<>(box, list, what, add, edit, cancel), viewModel.editingActionProperty(),
                viewModel::editAction, viewModel::saveAction, viewModel::cancelActionEdit, owner, due);
        return box;
    }

    private Node evidenceBox() {
        ListView<EvidenceFile> list = Controls.describe(new ListView<>(viewModel.itemEvidence()), "review-evidence",
                "review.evidence");
        list.setPrefHeight(130);
        list.setPlaceholder(placeholder("review.evidence.none"));
        list.setCellFactory(l -> new EvidenceCell());
        var selected = list.getSelectionModel().selectedItemProperty();

        Button add = Controls.button("review-evidence-add", "review.evidence.add");
        add.setOnAction(event -> viewModel.chooseFilesToAttach());
        add.disableProperty().bind(viewModel.editableProperty().not());
        Button open = Controls.button("review-evidence-open", "review.evidence.open");
        open.setOnAction(event -> viewModel.open(selected.get()));
        open.disableProperty().bind(selected.isNull());
        Button caption = Controls.button("review-evidence-caption", "review.evidence.caption");
        caption.setOnAction(event -> viewModel.editCaption(selected.get()));
        Button internal = Controls.button("review-evidence-internal", "review.evidence.internal");
        internal.setOnAction(event -> {
            EvidenceFile file = selected.get();
            if (file != null) {
                viewModel.setInternal(file, !file.internal());
            }
        });
        Button unlink = Controls.button("review-evidence-unlink", "review.evidence.unlink");
        unlink.setOnAction(event -> viewModel.unlink(selected.get()));
        Button remove = Controls.button("review-evidence-remove", "review.evidence.remove");
        remove.setOnAction(event -> viewModel.remove(selected.get()));
        for (Button b : List.of(caption, internal, unlink)) {
            b.disableProperty().bind(viewModel.editableProperty().not().or(selected.isNull()));
        }
        // Removing for good is a data protection right: it works on a finalised review too.
        remove.disableProperty().bind(selected.isNull().or(viewModel.removingEvidenceProperty()));
        list.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER && selected.get() != null) {
                viewModel.open(selected.get());
                event.consume();
            } else if (event.getCode() == KeyCode.DELETE && selected.get() != null) {
                viewModel.remove(selected.get());
                event.consume();
            }
        });

        ComboBox<EvidenceFile> linkable = Controls.describe(new ComboBox<>(viewModel.linkableEvidence()),
                "review-evidence-linkable", "review.evidence.linkable");
        linkable.setPromptText(tr("review.evidence.linkable"));
        linkable.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(EvidenceFile file, boolean empty) {
                super.updateItem(file, empty);
                setText(empty || file == null ? null : file.originalName());
            }
        });
        linkable.setButtonCell(linkable.getCellFactory().call(null));
        linkable.setPrefWidth(300);
        Button link = Controls.button("review-evidence-link", "review.evidence.link");
        link.setOnAction(event -> {
            viewModel.link(linkable.getValue());
            linkable.setValue(null);
        });
        link.disableProperty().bind(viewModel.editableProperty().not().or(linkable.valueProperty().isNull()));
        linkable.disableProperty().bind(viewModel.editableProperty().not()
                .or(Bindings.isEmpty(viewModel.linkableEvidence())));

        Label drop = new Label(tr("review.evidence.dropHint"));
        drop.getStyleClass().add(Styles.MUTED);
        FlowPane buttons = new FlowPane(8, 8, add, open, caption, internal, unlink, remove);
        HBox linkRow = new HBox(8, linkable, link);
        linkRow.setAlignment(Pos.CENTER_LEFT);
        return new VBox(6, sectionLabel("review.evidence", list), drop, list, buttons, linkRow);
    }

    private final class EvidenceCell extends ListCell<EvidenceFile> {
        private final ImageView image = new ImageView();

        EvidenceCell() {
            image.setFitWidth(48);
            image.setFitHeight(48);
            image.setPreserveRatio(true);
        }

        @Override
        protected void updateItem(EvidenceFile file, boolean empty) {
            super.updateItem(file, empty);
            if (empty || file == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            String caption = file.caption() == null ? "" : " — " + file.caption();
            String internal = file.internal() ? " · " + tr("review.evidence.internalMark") : "";
            // Before the caption, which can be long: the officer should see the photo was cleaned.
            String cleaned = file.metadataRemoved() ? "; " + tr("review.evidence.metadataRemoved") : "";
            setText(file.originalName() + " (" + ReviewWalkthroughViewModel.size(file.sizeBytes()) + cleaned + ")"
                    + caption + internal);
            setAccessibleText(getText());
            Image cached = thumbnails.get(file.sha256());
            image.setImage(cached);
            setGraphic(file.isImage() ? image : null);
            if (cached == null && file.isImage()) {
                viewModel.thumbnail(file, png -> {
                    Image loaded = new Image(new ByteArrayInputStream(png));
                    thumbnails.put(file.sha256(), loaded);
                    if (getItem() == file) {
                        image.setImage(loaded);
                    }
                });
            }
        }
    }

    private void dragOver(DragEvent event) {
        if (event.getDragboard().hasFiles() && viewModel.isEditable()) {
            event.acceptTransferModes(TransferMode.COPY);
        }
        event.consume();
    }

    private void dropped(DragEvent event) {
        boolean done = false;
        if (event.getDragboard().hasFiles() && viewModel.isEditable()) {
            List<Path> files = event.getDragboard().getFiles().stream().map(java.io.File::toPath).toList();
            viewModel.attach(files);
            done = true;
        }
        event.setDropCompleted(done);
        event.consume();
    }

    private static Label placeholder(String key) {
        Label label = new Label(tr(key));
        label.getStyleClass().add(Styles.MUTED);
        return label;
    }

    // --- outcome and decision ----------------------------------------------------------------------

    private Node outcomePane() {
        Label headline = label("review-outcome", viewModel.outcomeHeadlineProperty());
        headline.getStyleClass().add(Styles.SECTION_HEADING);
        ListView<String> findings = Controls.describe(new ListView<>(viewModel.findings()), "review-findings",
                "review.findings");
        findings.prefHeightProperty().bind(Bindings.createDoubleBinding(
                () -> Math.min(220, Math.max(60, viewModel.findings().size() * 26.0 + 8)), viewModel.findings()));
        findings.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                setWrapText(true);
                setPrefWidth(0);
            }
        });

        ToggleGroup decisions = decisionGroup;
        HBox decisionRow = new HBox(16);
        for (Decision d : Decision.values()) {
            String key = "review.decision." + camel(d);
            RadioButton radio = Controls.describe(new RadioButton(tr(key)), "review-decision-" + d.name()
                    .toLowerCase(java.util.Locale.ROOT).replace('_', '-'), key);
            radio.setMnemonicParsing(true);
            radio.setUserData(d);
            radio.setToggleGroup(decisions);
            decisionRow.getChildren().add(radio);
        }
        decisions.selectedToggleProperty().addListener((obs, before, after) -> {
            if (!syncing) {
                viewModel.decisionProperty().set(after == null ? null : (Decision) after.getUserData());
            }
        });
        viewModel.decisionProperty().addListener((obs, before, after) -> selectDecision(decisions, after));
        decisionRow.disableProperty().bind(viewModel.editableProperty().not());

        TextArea summary = Controls.describe(new TextArea(), "review-summary", "review.summary");
        summary.setPrefRowCount(3);
        summary.setWrapText(true);
        summary.textProperty().bindBidirectional(viewModel.summaryProperty());
        summary.editableProperty().bind(viewModel.editableProperty());
        TextArea reason = Controls.describe(new TextArea(), "review-override", "review.override");
        reason.setPrefRowCount(2);
        reason.setWrapText(true);
        reason.textProperty().bindBidirectional(viewModel.overrideReasonProperty());
        reason.disableProperty().bind(viewModel.overrideNeededProperty().not().or(viewModel.editableProperty().not()));
        Label hint = label("review-decision-hint", viewModel.decisionHintProperty());
        hint.getStyleClass().add(Styles.MUTED);

        Button finalise = Controls.button("review-finalise", "review.finalise");
        finalise.setOnAction(event -> viewModel.finalise());
        finalise.disableProperty().bind(viewModel.editableProperty().not());
        Button amend = Controls.button("review-amend", "review.amend");
        amend.setOnAction(event -> viewModel.amend());
        amend.disableProperty().bind(viewModel.finalisedProperty().not());

        pledgeBox.setId("review-pledge");
        pledgeBox.managedProperty().bind(pledgeBox.visibleProperty());
        pledgeBox.setVisible(false);

        ListView<String> revisions = Controls.describe(new ListView<>(viewModel.revisions()), "review-revisions",
                "review.revisions");
        revisions.setPrefHeight(80);
        ListView<String> audit = Controls.describe(new ListView<>(viewModel.auditTrail()), "review-audit",
                "review.audit");
        audit.setPrefHeight(180);

        Label outcomeHeading = new Label(tr("review.outcome.heading"));
        outcomeHeading.getStyleClass().add("panel-heading");
        VBox box = new VBox(10, outcomeHeading, headline, findings, pledgeBox,
                sectionLabel("review.decision", decisionRow), decisionRow,
                sectionLabel("review.summary", summary), summary,
                sectionLabel("review.override", reason), reason, hint,
                new HBox(8, finalise, amend),
                sectionLabel("review.revisions", revisions), revisions,
                sectionLabel("review.audit", audit), audit);
        box.setPadding(new Insets(12, 16, 24, 4));
        box.setId("review-outcome-pane");
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.setFocusTraversable(false);
        return scroll;
    }

    private void buildPledgeForm() {
        TextField name = Controls.describe(new TextField(), "review-sign-name", "review.sign.name");
        name.textProperty().bindBidirectional(viewModel.signNameProperty());
        TextField role = Controls.describe(new TextField(), "review-sign-role", "review.sign.role");
        role.textProperty().bindBidirectional(viewModel.signRoleProperty());
        TextField organisation = Controls.describe(new TextField(), "review-sign-organisation",
                "review.sign.organisation");
        organisation.textProperty().bindBidirectional(viewModel.signOrganisationProperty());
        DatePicker date = Controls.describe(new DatePicker(), "review-sign-date", "review.sign.date");
        date.valueProperty().bindBidirectional(viewModel.signDateProperty());
        CheckBox consent = Controls.describe(new CheckBox(tr("review.sign.consent")), "review-sign-consent",
                "review.sign.consent");
        consent.setMnemonicParsing(true);
        consent.selectedProperty().bindBidirectional(viewModel.signConsentProperty());
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        List<Control> fields = List.of(name, role, organisation, date);
        List<String> keys = List.of("review.sign.name", "review.sign.role", "review.sign.organisation",
                "review.sign.date");
        for (int i = 0; i < fields.size(); i++) {
            Label label = new Label(tr(keys.get(i)));
            label.setMnemonicParsing(true);
            label.setLabelFor(fields.get(i));
            grid.addRow(i, label, fields.get(i));
            GridPane.setHgrow(fields.get(i), Priority.ALWAYS);
        }
        grid.add(consent, 1, fields.size());
        grid.disableProperty().bind(viewModel.editableProperty().not());
        Label hint = label("review-signatory-hint", viewModel.signatoryHintProperty());
        hint.getStyleClass().add(Styles.MUTED);
        Label heading = new Label(tr("review.sign.heading"));
        heading.getStyleClass().add("panel-heading");
        pledgeBox.getChildren().setAll(heading, grid, hint);
        pledgeBox.setVisible(true);
    }

    private void selectDecision(ToggleGroup group, Decision decision) {
        syncing = true;
        try {
            Toggle match = group.getToggles().stream().filter(t -> t.getUserData() == decision).findFirst().orElse(null);
            group.selectToggle(match);
        } finally {
            syncing = false;
        }
    }

    private static String camel(Decision decision) {
        return switch (decision) {
            case AWARDED -> "awarded";
            case NOT_YET -> "notYet";
            case DEFERRED -> "deferred";
        };
    }

    // --- reacting to the view model ----------------------------------------------------------------

    private void refreshed() {
        if (!built) {
            built = true;
            buildLevelButtons();
            if (viewModel.isPledge()) {
                buildPledgeForm();
            }
            selectDecision(decisionGroup, viewModel.decisionProperty().get());
            focusJudgement();
        }
        sidebar.refresh();
        syncLevel(viewModel.getLevel());
    }

    private void buildLevelButtons() {
        judgementBar.getChildren().clear();
        List<JudgementScale.Level> levels = viewModel.levels();
        for (int i = 0; i < levels.size(); i++) {
            JudgementScale.Level level = levels.get(i);
            ToggleButton button = new ToggleButton(tr("review.level.button", i + 1, level.label()));
            button.setId("review-level-" + level.id());
            button.setUserData(level.id());
            button.setToggleGroup(levelGroup);
            button.getStyleClass().add("level-button");
            String described = tr("review.level.accessible", level.label(), level.descriptor(), i + 1);
            button.setAccessibleText(described);
            Tooltip tooltip = new Tooltip(described);
            tooltip.setWrapText(true);
            tooltip.setMaxWidth(420);
            button.setTooltip(tooltip);
            button.disableProperty().bind(viewModel.editableProperty().not());
            levelButtons.add(button);
            judgementBar.getChildren().add(button);
        }
        judgementLabel.setText(tr("review.judgement", levels.size()));
        if (!levelButtons.isEmpty()) {
            judgementLabel.setLabelFor(levelButtons.get(0));
        }
    }

    private void syncLevel(String levelId) {
        syncing = true;
        try {
            ToggleButton match = levelButtons.stream().filter(b -> b.getUserData().equals(levelId)).findFirst()
                    .orElse(null);
            levelGroup.selectToggle(match);
            levelDescriptor.setText(viewModel.levels().stream().filter(l -> l.id().equals(levelId)).findFirst()
                    .map(l -> l.label() + ": " + l.descriptor()).orElse(tr("review.level.none")));
        } finally {
            syncing = false;
        }
    }

    private void showItem(Item item) {
        if (item == null) {
            return;
        }
        Section section = viewModel.currentSectionProperty().get();
        sectionTitle.setText(section.title());
        sectionIntro.getChildren().setAll(section.introduction().stream().map(text -> {
            Label paragraph = new Label(text);
            paragraph.getStyleClass().add(Styles.CHARTER_TEXT);
            paragraph.setWrapText(true);
            return (Node) paragraph;
        }).toList());
        int position = section.items().indexOf(item) + 1;
        itemPosition.setText(tr("review.item.position", capitalise(section.itemNoun() == null ? tr("review.finding.item")
                : section.itemNoun().one()), position, section.items().size()));
        itemPosition.setVisible(true);
        itemText.setText(item.numberedText());
        itemText.setAccessibleText(tr("review.item.accessible", section.title(), position, item.numberedText()));
        contextOnly.setText(tr("review.item.contextOnly"));
        contextOnly.setVisible(section.contextOnly());
        judgementBox.setVisible(!section.contextOnly());
        showGuidance(item.guidance());
        selectInSidebar(new ReviewWalkthroughViewModel.SidebarEntry(section, item));
        syncLevel(viewModel.getLevel());
        itemScroll.setVvalue(0);
    }

    /** A section without items: its title and words, read-only, to read with the family. */
    private void showSection(Section section) {
        if (section == null) {
            return;
        }
        sectionTitle.setText(section.title());
        sectionIntro.getChildren().clear();
        itemPosition.setVisible(false);
        // The words go in the focusable text, so a screen reader reads them in one go.
        String words = section.introduction().isEmpty() ? tr("review.section.noWords")
                : String.join("\n\n", section.introduction());
        itemText.setText(words);
        String title = section.title().strip().replaceAll("[:.]+$", "");
        itemText.setAccessibleText(tr("review.section.accessible", title, words));
        contextOnly.setText(tr(section.contextOnly() ? "review.section.contextOnly" : "review.section.noItems"));
        contextOnly.setVisible(true);
        selectInSidebar(new ReviewWalkthroughViewModel.SidebarEntry(section, null));
        itemScroll.setVvalue(0);
    }

    private void selectInSidebar(ReviewWalkthroughViewModel.SidebarEntry entry) {
        syncing = true;
        try {
            int index = viewModel.sidebar().indexOf(entry);
            if (sidebar.getSelectionModel().getSelectedIndex() != index) {
                sidebar.getSelectionModel().select(index);
                sidebar.scrollTo(Math.max(0, index - 3));
            }
        } finally {
            syncing = false;
        }
    }

    private void showGuidance(Guidance g) {
        guidance.getChildren().clear();
        if (g == null || g.isEmpty()) {
            guidance.setVisible(false);
            return;
        }
        Label heading = new Label(tr("review.guidance.heading"));
        heading.getStyleClass().add("guidance-heading");
        heading.setWrapText(true);
        guidance.getChildren().add(heading);
        addGuidance("review.guidance.askPupils", g.askPupils());
        addGuidance("review.guidance.askStaff", g.askStaff());
        addGuidance("review.guidance.askFamilies", g.askFamilies());
        addGuidance("review.guidance.lookFor", g.lookFor());
        guidance.setVisible(true);
        guidance.setAccessibleText(heading.getText());
    }

    private void addGuidance(String key, List<String> lines) {
        if (lines.isEmpty()) {
            return;
        }
        Label title = new Label(tr(key));
        title.getStyleClass().add("guidance-label");
        guidance.getChildren().add(title);
        for (String line : lines) {
            Label text = new Label("• " + line);
            text.setWrapText(true);
            guidance.getChildren().add(text);
        }
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    // --- keyboard ----------------------------------------------------------------------------------

    private void shortcuts(KeyEvent event) {
        KeyCode code = event.getCode();
        boolean typing = isTyping();
        if (event.isShortcutDown() && event.isShiftDown() && code == KeyCode.DOWN) {
            moved(() -> viewModel.nextUnjudged());
        } else if ((event.isShortcutDown() && code == KeyCode.DOWN) || (event.isAltDown() && code == KeyCode.N)
                || (!typing && code == KeyCode.PAGE_DOWN && !(focused() instanceof ListView))) {
            moved(viewModel::next);
        } else if ((event.isShortcutDown() && code == KeyCode.UP) || (event.isAltDown() && code == KeyCode.P)
                || (!typing && code == KeyCode.PAGE_UP && !(focused() instanceof ListView))) {
            moved(viewModel::previous);
        } else if (event.isShortcutDown() && code == KeyCode.O) {
            viewModel.flushText();
            tabs.getSelectionModel().select(outcomeTab);
            Platform.runLater(() -> focusFirstIn(outcomeTab.getContent()));
        } else if (event.isAltDown() && code == KeyCode.LEFT) {
            viewModel.back();
        } else if (!typing && !event.isShortcutDown() && !event.isAltDown() && isWalkthrough() && digit(code) >= 0
                && viewModel.getShownSection() == null) {
            viewModel.judgeByNumber(digit(code));
            focusJudgement();
        } else if (!typing && !event.isShortcutDown() && isWalkthrough()
                && (code == KeyCode.DELETE || code == KeyCode.BACK_SPACE) && !(focused() instanceof ListView)) {
            viewModel.judge(null);
        } else if (!typing && !event.isShortcutDown() && !event.isAltDown() && isWalkthrough() && code == KeyCode.F) {
            viewModel.toggleFlag();
        } else {
            return;
        }
        event.consume();
    }

    private void escape(KeyEvent event) {
        if (event.getCode() != KeyCode.ESCAPE) {
            return;
        }
        if (viewModel.cancelEdits()) {
            // Esc first leaves an edit of a voice or action, never the screen with it.
            focusJudgement();
        } else if (isTyping()) {
            viewModel.flushText();
            focusJudgement();
        } else {
            viewModel.back();
        }
        event.consume();
    }

    private void moved(Runnable move) {
        move.run();
        tabs.getSelectionModel().select(walkthroughTab);
        focusJudgement();
    }

    private void focusJudgement() {
        Platform.runLater(() -> {
            if (judgementBox.isVisible() && viewModel.getShownSection() == null && !levelButtons.isEmpty()) {
                ToggleButton selected = (ToggleButton) levelGroup.getSelectedToggle();
                (selected != null ? selected : levelButtons.get(0)).requestFocus();
            } else {
                itemText.requestFocus();
            }
        });
    }

    private static void focusFirstIn(Node node) {
        if (node instanceof ScrollPane scroll && scroll.getContent() != null) {
            scroll.getContent().lookupAll(".list-view").stream().findFirst().ifPresent(Node::requestFocus);
        }
    }

    private boolean isWalkthrough() {
        return tabs.getSelectionModel().getSelectedItem() == walkthroughTab;
    }

    private Node focused() {
        return root.getScene() == null ? null : root.getScene().getFocusOwner();
    }

    private boolean isTyping() {
        Node focus = focused();
        return focus instanceof TextInputControl || focus instanceof ComboBox<?> || focus instanceof DatePicker;
    }

    private static int digit(KeyCode code) {
        if (code.isDigitKey()) {
            String name = code.getName();
            return Character.isDigit(name.charAt(name.length() - 1)) ? name.charAt(name.length() - 1) - '0' : -1;
        }
        return -1;
    }

    // --- Screen ------------------------------------------------------------------------------------

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void onShow() {
        viewModel.open();
    }

    @Override
    public void onHide() {
        viewModel.close();
    }

    @Override
    public Node initialFocus() {
        return judgementBar.getChildren().isEmpty() ? sidebar : judgementBar.getChildren().get(0);
    }

    /** Focuses the judgement toggles, for keyboard users arriving at the screen. */
    public void focusJudgementBar() {
        focusJudgement();
    }

}
