package org.charterreviewer.ui.walkthrough;

import static org.charterreviewer.i18n.Messages.tr;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import org.charterreviewer.ui.common.Screen;

/**
 * The review walkthrough: the header, the sidebar, and two tabs — one item at a time, and the
 * outcome with the decision and history. Puts the panes together and handles the screen's keys;
 * each pane builds and binds its own controls.
 */
public final class ReviewWalkthroughView implements Screen {

    private static final double SIDEBAR_SHARE = 0.3;

    private final ReviewWalkthroughViewModel viewModel;
    private final BorderPane root = new BorderPane();
    private final SidebarPane sidebar;
    private final ItemPane item;
    private final OutcomePane outcome;
    private final TabPane tabs = new TabPane();
    private final Tab walkthroughTab = new Tab();
    private final Tab outcomeTab = new Tab();

    public ReviewWalkthroughView(ReviewWalkthroughViewModel viewModel) {
        this.viewModel = viewModel;
        ItemViewModel itemModel = viewModel.item();
        this.sidebar = new SidebarPane(viewModel.sidebar());
        this.item = new ItemPane(itemModel, viewModel.evidence(),
                new NotePane(viewModel.note(), itemModel.editableProperty()).node(),
                new VoicesPane(viewModel.voices()).node(),
                new ActionsPane(viewModel.actions()).node(),
                new EvidencePane(viewModel.evidence()).node());
        this.outcome = new OutcomePane(viewModel.outcome(), new SignatoriesPane(viewModel.signatories()),
                new HistoryPane(viewModel.history()));
        root.setId("review-screen");
        root.setAccessibleText(tr("review.screen.accessible"));
        root.setTop(new HeaderPane(viewModel.header()).node());
        root.setLeft(sidebar.node());
        // At most three tenths of the screen, so large text leaves the item room beside the list.
        sidebar.node().maxWidthProperty().bind(root.widthProperty().multiply(SIDEBAR_SHARE));
        walkthroughTab.setText(tr("review.tab.walkthrough"));
        walkthroughTab.setId("review-tab-walkthrough");
        walkthroughTab.setClosable(false);
        walkthroughTab.setContent(item.node());
        outcomeTab.setText(tr("review.tab.outcome"));
        outcomeTab.setId("review-tab-outcome");
        outcomeTab.setTooltip(new javafx.scene.control.Tooltip(tr("review.tab.outcome.tooltip")));
        outcomeTab.setClosable(false);
        outcomeTab.setContent(outcome.node());
        tabs.getTabs().addAll(walkthroughTab, outcomeTab);
        tabs.setId("review-tabs");
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, before, after) ->
                viewModel.history().setShown(after == outcomeTab));
        root.setCenter(tabs);
        tabs.getStyleClass().add("review-tabs");
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::shortcuts);
        root.addEventHandler(KeyEvent.KEY_PRESSED, this::escape);
    }

    private void opened() {
        item.build();
        outcome.build(viewModel.signatories().isPledge());
        focusJudgement();
    }

    // --- keyboard ----------------------------------------------------------------------------------

    private void shortcuts(KeyEvent event) {
        KeyCode code = event.getCode();
        boolean typing = isTyping();
        ItemViewModel model = viewModel.item();
        if (event.isShortcutDown() && event.isShiftDown() && code == KeyCode.DOWN) {
            moved(model::nextUnjudged);
        } else if ((event.isShortcutDown() && code == KeyCode.DOWN) || (event.isAltDown() && code == KeyCode.N)
                || (!typing && code == KeyCode.PAGE_DOWN && !(focused() instanceof ListView))) {
            moved(model::next);
        } else if ((event.isShortcutDown() && code == KeyCode.UP) || (event.isAltDown() && code == KeyCode.P)
                || (!typing && code == KeyCode.PAGE_UP && !(focused() instanceof ListView))) {
            moved(model::previous);
        } else if (event.isShortcutDown() && code == KeyCode.O) {
            viewModel.session().flush();
            tabs.getSelectionModel().select(outcomeTab);
            Platform.runLater(outcome::focusFirst);
        } else if (event.isAltDown() && code == KeyCode.LEFT) {
            viewModel.back();
        } else if (!typing && !event.isShortcutDown() && !event.isAltDown() && isWalkthrough() && digit(code) >= 0
                && model.getShownSection() == null) {
            model.judgeByNumber(digit(code));
            focusJudgement();
        } else if (!typing && !event.isShortcutDown() && isWalkthrough()
                && (code == KeyCode.DELETE || code == KeyCode.BACK_SPACE) && !(focused() instanceof ListView)) {
            model.judge(null);
        } else if (!typing && !event.isShortcutDown() && !event.isAltDown() && isWalkthrough() && code == KeyCode.F) {
            model.toggleFlag();
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
            viewModel.session().flush();
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
        Platform.runLater(item::focusJudgement);
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
            char last = name.charAt(name.length() - 1);
            return Character.isDigit(last) ? last - '0' : -1;
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
        viewModel.open(this::opened);
    }

    @Override
    public void onHide() {
        viewModel.close();
    }

    @Override
    public Node initialFocus() {
        return sidebar.list();
    }

    /**
     * Adds a tab beside the walkthrough and the outcome (the review's moderation); {@code shown}
     * runs each time it is selected.
     */
    public void addTab(String id, String title, Node content, Runnable shown) {
        Tab tab = new Tab(title, content);
        tab.setId(id);
        tab.setClosable(false);
        tabs.getTabs().add(tab);
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, before, after) -> {
            if (after == tab) {
                shown.run();
            }
        });
    }

    /** Focuses the judgement, for keyboard users arriving at the screen. */
    public void focusJudgementBar() {
        focusJudgement();
    }
}
