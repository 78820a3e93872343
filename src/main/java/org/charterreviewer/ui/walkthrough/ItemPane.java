package org.charterreviewer.ui.walkthrough;

import static org.charterreviewer.i18n.Messages.tr;

import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.charterreviewer.charter.Guidance;
import org.charterreviewer.charter.Item;
import org.charterreviewer.charter.Section;
import org.charterreviewer.ui.common.Controls;
import org.charterreviewer.ui.common.Styles;

/**
 * One item at a time: the charter's words apart from the app's guidance, the judgement, then the
 * parts recorded for it (note, voices, actions, evidence) and, at the foot, Previous and Next with
 * their keys. A section without items shows only its words. Files dropped anywhere are attached.
 */
final class ItemPane {

    private final ItemViewModel viewModel;
    private final JudgementPane judgement;
    private final ScrollPane scroll = new ScrollPane();
    private final Label sectionTitle = new Label();
    private final VBox sectionIntro = new VBox(6);
    private final Label contextOnly = new Label();
    private final Label position = new Label();
    private final Label itemText = new Label();
    private final VBox guidance = new VBox(4);

    ItemPane(ItemViewModel viewModel, EvidenceViewModel evidence, Node... parts) {
        this.viewModel = viewModel;
        this.judgement = new JudgementPane(viewModel);
        sectionTitle.setId("review-section-title");
        sectionTitle.getStyleClass().add(Styles.SECTION_HEADING);
        sectionTitle.setWrapText(true);
        sectionIntro.setId("review-section-intro");
        contextOnly.setId("review-context-only");
        contextOnly.getStyleClass().add(Styles.MUTED);
        contextOnly.setWrapText(true);
        contextOnly.managedProperty().bind(contextOnly.visibleProperty());
        position.setId("review-item-position");
        position.getStyleClass().add(Styles.MUTED);
        position.textProperty().bind(viewModel.positionProperty());
        position.visibleProperty().bind(viewModel.shownSectionProperty().isNull());
        position.managedProperty().bind(position.visibleProperty());
        itemText.setId("review-item-text");
        itemText.getStyleClass().addAll(Styles.CHARTER_TEXT, "item-text");
        itemText.setWrapText(true);
        itemText.setFocusTraversable(true);
        guidance.setId("review-guidance");
        guidance.getStyleClass().add(Styles.GUIDANCE);
        guidance.managedProperty().bind(guidance.visibleProperty());

        Label charterWords = new Label(tr("review.item.charterWords"));
        charterWords.getStyleClass().add(Styles.SCREEN_SUBTITLE);
        VBox charterBox = new VBox(6, charterWords, sectionTitle, sectionIntro, position, itemText, contextOnly);
        charterBox.getStyleClass().add("charter-box");

        VBox itemParts = new VBox(16, guidance, judgement.node());
        itemParts.getChildren().addAll(parts);
        itemParts.setId("review-item-parts");
        itemParts.visibleProperty().bind(viewModel.shownSectionProperty().isNull());
        itemParts.managedProperty().bind(itemParts.visibleProperty());
        VBox content = new VBox(16, charterBox, itemParts, footer());
        content.setPadding(new Insets(12, 16, 24, 4));
        content.setId("review-item");
        content.setFillWidth(true);
        dropTarget(content, evidence);
        scroll.setContent(content);
        scroll.setFitToWidth(true);
        scroll.setId("review-item-scroll");
        scroll.setFocusTraversable(false);
        // A judgement must never change out of sight: focus on a level brings the levels into view.
        content.sceneProperty().addListener((obs, before, scene) -> {
            if (scene != null) {
                scene.focusOwnerProperty().addListener((o, was, focused) -> {
                    if (focused != null && judgement.buttons().contains(focused)) {
                        scrollIntoView(judgement.levels());
                    }
                });
            }
        });
        viewModel.itemProperty().addListener((obs, before, item) -> showItem(item));
        viewModel.shownSectionProperty().addListener((obs, before, section) -> showSection(section));
    }

    /** Previous and Next at the foot of every item, each with its key written beside it. */
    private Node footer() {
        Button previous = Controls.button("review-previous", "review.nav.previous");
        previous.setOnAction(event -> moved(viewModel::previous));
        previous.disableProperty().bind(viewModel.hasPreviousProperty().not());
        Button next = Controls.button("review-next", "review.nav.next");
        next.setOnAction(event -> moved(viewModel::next));
        next.disableProperty().bind(viewModel.hasNextProperty().not());
        Label previousKey = keyHint("review-previous-key", "review.nav.previous.key");
        Label nextKey = keyHint("review-next-key", "review.nav.next.key");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox footer = new HBox(8, previous, previousKey, gap, nextKey, next);
        footer.setAlignment(Pos.CENTER_LEFT);
        footer.getStyleClass().add("item-footer");
        footer.setId("review-item-footer");
        return footer;
    }

    private static Label keyHint(String id, String key) {
        Label hint = new Label(tr(key));
        hint.setId(id);
        hint.getStyleClass().addAll(Styles.MUTED, "key-hint");
        hint.setMinWidth(Region.USE_PREF_SIZE);
        return hint;
    }

    private void moved(Runnable move) {
        move.run();
        focusJudgement();
    }

    void build() {
        judgement.build();
    }

    /** Focuses the judgement, or the charter's words where nothing is judged. */
    void focusJudgement() {
        if (!judgement.focus()) {
            itemText.requestFocus();
        }
    }

    private void showItem(Item item) {
        Section section = viewModel.sectionProperty().get();
        if (item == null || section == null) {
            return;
        }
        sectionTitle.setText(section.title());
        sectionIntro.getChildren().setAll(section.introduction().stream().map(text -> {
            Label paragraph = new Label(text);
            paragraph.getStyleClass().add(Styles.CHARTER_TEXT);
            paragraph.setWrapText(true);
            return (Node) paragraph;
        }).toList());
        itemText.setText(item.numberedText());
        itemText.setAccessibleText(tr("review.item.accessible", section.title(),
                section.items().indexOf(item) + 1, item.numberedText()));
        contextOnly.setText(tr("review.item.contextOnly"));
        contextOnly.setVisible(section.contextOnly());
        showGuidance(item.guidance());
        scroll.setVvalue(0);
    }

    /** A section without items: its title and words, read-only, to read with the family. */
    private void showSection(Section section) {
        if (section == null) {
            return;
        }
        sectionTitle.setText(section.title());
        sectionIntro.getChildren().clear();
        // The words go in the focusable text, so a screen reader reads them in one go.
        String words = section.introduction().isEmpty() ? tr("review.section.noWords")
                : String.join("\n\n", section.introduction());
        itemText.setText(words);
        String title = section.title().strip().replaceAll("[:.]+$", "");
        itemText.setAccessibleText(tr("review.section.accessible", title, words));
        contextOnly.setText(tr(section.contextOnly() ? "review.section.contextOnly" : "review.section.noItems"));
        contextOnly.setVisible(true);
        scroll.setVvalue(0);
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

    /** Scrolls just enough for {@code node} to be seen whole (or its top, if taller than the view). */
    void scrollIntoView(Node node) {
        Node content = scroll.getContent();
        double viewport = scroll.getViewportBounds().getHeight();
        double height = content.getBoundsInLocal().getHeight();
        if (height <= viewport || viewport <= 0) {
            return;
        }
        Bounds bounds = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double top = scroll.getVvalue() * (height - viewport);
        double target = top;
        if (bounds.getMinY() < top) {
            target = bounds.getMinY();
        } else if (bounds.getMaxY() > top + viewport) {
            target = Math.min(bounds.getMinY(), bounds.getMaxY() - viewport);
        }
        scroll.setVvalue(Math.max(0, Math.min(1, target / (height - viewport))));
    }

    private void dropTarget(Node content, EvidenceViewModel evidence) {
        content.setOnDragOver(event -> {
            if (event.getDragboard().hasFiles() && evidence.isEditable()) {
                event.acceptTransferModes(TransferMode.COPY);
            }
            event.consume();
        });
        content.setOnDragExited(event -> content.getStyleClass().remove(Styles.DROP_TARGET));
        content.setOnDragEntered(event -> {
            if (event.getDragboard().hasFiles() && evidence.isEditable()) {
                content.getStyleClass().add(Styles.DROP_TARGET);
            }
        });
        content.setOnDragDropped((DragEvent event) -> {
            boolean done = event.getDragboard().hasFiles() && evidence.isEditable();
            if (done) {
                List<Path> files = event.getDragboard().getFiles().stream().map(java.io.File::toPath).toList();
                evidence.attach(files);
            }
            event.setDropCompleted(done);
            event.consume();
        });
    }

    ScrollPane scroll() {
        return scroll;
    }

    Node itemText() {
        return itemText;
    }

    Node node() {
        return scroll;
    }
}
