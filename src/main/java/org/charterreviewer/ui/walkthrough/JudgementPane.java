package org.charterreviewer.ui.walkthrough;

import static org.charterreviewer.i18n.Messages.tr;
import static org.charterreviewer.ui.walkthrough.WalkthroughControls.label;
import static org.charterreviewer.ui.walkthrough.WalkthroughControls.sectionLabel;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.charterreviewer.charter.JudgementScale;
import org.charterreviewer.ui.common.Controls;
import org.charterreviewer.ui.common.Styles;
import org.charterreviewer.ui.common.WrappedTooltip;

/**
 * The judgement on the charter's scale (one button per level, number keys), its descriptor, the
 * flag and Clear. Arrow keys move between levels and stop at either end: they never jump from the
 * highest level to the lowest.
 */
final class JudgementPane {

    private final ItemViewModel viewModel;
    private final FlowPane bar = new FlowPane(6, 6);
    private final ToggleGroup group = new ToggleGroup();
    private final List<ToggleButton> buttons = new ArrayList<>();
    private final Label heading;
    private final VBox levels;
    private final VBox root;
    private boolean syncing;

    JudgementPane(ItemViewModel viewModel) {
        this.viewModel = viewModel;
        bar.setId("review-judgement");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setAccessibleRole(AccessibleRole.TOGGLE_BUTTON);
        bar.setAccessibleText(tr("review.judgement.accessible"));
        bar.addEventFilter(KeyEvent.KEY_PRESSED, this::arrows);
        Label descriptor = label("review-level-descriptor", viewModel.levelDescriptorProperty());
        descriptor.getStyleClass().add(Styles.MUTED);
        heading = sectionLabel("review.judgement", bar);
        levels = new VBox(6, heading, bar, descriptor);
        levels.visibleProperty().bind(viewModel.judgedProperty());
        levels.managedProperty().bind(levels.visibleProperty());
        group.selectedToggleProperty().addListener((obs, before, after) -> {
            if (!syncing) {
                viewModel.judge(after == null ? null : (String) after.getUserData());
            }
        });
        viewModel.levelProperty().addListener((obs, before, after) -> sync(after));

        ToggleButton flag = Controls.describe(new ToggleButton(tr("review.flag")), "review-flag", "review.flag");
        flag.setMnemonicParsing(true);
        flag.setOnAction(event -> viewModel.setFlagged(flag.isSelected()));
        viewModel.flaggedProperty().addListener((obs, before, after) -> flag.setSelected(after));
        flag.disableProperty().bind(viewModel.editableProperty().not());
        Button clear = Controls.button("review-level-clear", "review.level.clear");
        clear.setOnAction(event -> viewModel.judge(null));
        clear.disableProperty().bind(viewModel.editableProperty().not());
        clear.visibleProperty().bind(viewModel.judgedProperty());
        clear.managedProperty().bind(clear.visibleProperty());
        root = new VBox(10, levels, WalkthroughControls.buttons(flag, clear));
    }

    /** Makes one button per level of the charter's scale; once, when the charter is known. */
    void build() {
        buttons.clear();
        bar.getChildren().clear();
        List<JudgementScale.Level> scale = viewModel.levels();
        for (int i = 0; i < scale.size(); i++) {
            JudgementScale.Level level = scale.get(i);
            ToggleButton button = new ToggleButton(tr("review.level.button", i + 1, level.label()));
            button.setId("review-level-" + level.id());
            button.setUserData(level.id());
            button.setToggleGroup(group);
            button.getStyleClass().add("level-button");
            String described = tr("review.level.accessible", level.label(), level.descriptor(), i + 1);
            button.setAccessibleText(described);
            // 38 ems of the tooltip's font: 420 px at 100 % text.
            Tooltip tooltip = WrappedTooltip.wrappingAt(38);
            tooltip.setText(described);
            button.setTooltip(tooltip);
            button.disableProperty().bind(viewModel.editableProperty().not());
            buttons.add(button);
        }
        bar.getChildren().setAll(buttons);
        heading.setText(tr("review.judgement", scale.size()));
        if (!buttons.isEmpty()) {
            heading.setLabelFor(buttons.get(0));
        }
        sync(viewModel.getLevel());
    }

    private void sync(String levelId) {
        syncing = true;
        try {
            group.selectToggle(buttons.stream().filter(b -> b.getUserData().equals(levelId)).findFirst().orElse(null));
        } finally {
            syncing = false;
        }
    }

    /** Left and Up go one level down, Right and Down one level up; at either end they stay. */
    private void arrows(KeyEvent event) {
        int step = switch (event.getCode()) {
            case LEFT, UP -> -1;
            case RIGHT, DOWN -> 1;
            default -> 0;
        };
        if (step == 0 || event.isShortcutDown() || event.isAltDown() || event.isShiftDown()) {
            return;
        }
        event.consume();
        int at = buttons.indexOf(bar.getScene() == null ? null : bar.getScene().getFocusOwner());
        int to = at + step;
        if (at < 0 || to < 0 || to >= buttons.size()) {
            return;
        }
        ToggleButton target = buttons.get(to);
        target.requestFocus();
        if (viewModel.isEditable()) {
            viewModel.judge((String) target.getUserData());
        }
    }

    /** Focuses the chosen level, or the first; false when there is nothing to judge here. */
    boolean focus() {
        if (!levels.isVisible() || viewModel.getShownSection() != null || buttons.isEmpty()) {
            return false;
        }
        ToggleButton selected = (ToggleButton) group.getSelectedToggle();
        (selected != null ? selected : buttons.get(0)).requestFocus();
        return true;
    }

    /** The part the view scrolls to when focus reaches a level. */
    Node levels() {
        return levels;
    }

    List<ToggleButton> buttons() {
        return buttons;
    }

    Node node() {
        return root;
    }
}
