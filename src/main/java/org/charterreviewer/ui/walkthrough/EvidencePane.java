package org.charterreviewer.ui.walkthrough;

import static org.charterreviewer.i18n.Messages.tr;

import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.charterreviewer.review.EvidenceFile;
import org.charterreviewer.ui.common.Controls;
import org.charterreviewer.ui.common.Styles;

/** The evidence of the item: files with thumbnails, attach, open, caption, internal, unlink, remove, link. */
final class EvidencePane {

    private final EvidenceViewModel viewModel;
    private final Map<String, Image> thumbnails = new HashMap<>();
    private final Set<String> requested = new HashSet<>();
    private final VBox root;

    EvidencePane(EvidenceViewModel viewModel) {
        this.viewModel = viewModel;
        ListView<EvidenceFile> list = Controls.describe(new ListView<>(viewModel.itemEvidence()), "review-evidence",
                "review.evidence");
        list.getStyleClass().add("evidence-list");
        list.setPlaceholder(WalkthroughControls.placeholder("review.evidence.none"));
        list.setCellFactory(l -> new EvidenceCell());
        viewModel.onCouncilProperty().addListener((obs, before, after) -> list.refresh());
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
        internal.setOnAction(event -> viewModel.toggleInternal(selected.get()));
        Button unlink = Controls.button("review-evidence-unlink", "review.evidence.unlink");
        unlink.setOnAction(event -> viewModel.unlink(selected.get()));
        Button remove = Controls.button("review-evidence-remove", "review.evidence.remove");
        remove.setOnAction(event -> viewModel.remove(selected.get()));
        for (Button b : List.of(caption, internal, unlink)) {
            b.disableProperty().bind(viewModel.editableProperty().not().or(selected.isNull()));
        }
        // Removing for good is a data protection right: it works on a finalised review too.
        remove.disableProperty().bind(selected.isNull().or(viewModel.removingProperty()));
        list.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER && selected.get() != null) {
                viewModel.open(selected.get());
                event.consume();
            } else if (event.getCode() == KeyCode.DELETE && selected.get() != null) {
                viewModel.remove(selected.get());
                event.consume();
            }
        });

        ComboBox<EvidenceFile> linkable = Controls.describe(new ComboBox<>(viewModel.linkable()),
                "review-evidence-linkable", "review.evidence.linkable");
        linkable.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(EvidenceFile file, boolean empty) {
                super.updateItem(file, empty);
                setText(empty || file == null ? null : file.originalName());
            }
        });
        linkable.setButtonCell(linkable.getCellFactory().call(null));
        linkable.getStyleClass().add("evidence-linkable");
        Button link = Controls.button("review-evidence-link", "review.evidence.link");
        link.setOnAction(event -> {
            EvidenceFile chosen = linkable.getValue();
            viewModel.link(chosen);
            linkable.setValue(null);
            // The link button and the choice may now be disabled: focus stays with the evidence, on the file linked.
            int index = list.getItems().indexOf(chosen);
            if (index >= 0) {
                list.getSelectionModel().select(index);
            }
            (linkable.isDisabled() ? list : linkable).requestFocus();
        });
        link.disableProperty().bind(viewModel.editableProperty().not().or(linkable.valueProperty().isNull()));
        linkable.disableProperty().bind(viewModel.editableProperty().not()
                .or(Bindings.isEmpty(viewModel.linkable())));

        Label drop = new Label(tr("review.evidence.dropHint"));
        drop.getStyleClass().add(Styles.MUTED);
        drop.setWrapText(true);
        FlowPane buttons = new FlowPane(8, 8, add, open, caption, internal, unlink, remove);
        HBox linkRow = WalkthroughControls.row(WalkthroughControls.labelled("review.evidence.linkable", linkable),
                link);
        linkRow.setAlignment(Pos.BOTTOM_LEFT);
        root = new VBox(6, WalkthroughControls.sectionLabel("review.evidence", list), drop, list, buttons, linkRow);
        root.setId("review-evidence-pane");
    }

    Node node() {
        return root;
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
            setText(viewModel.line(file));
            setAccessibleText(getText());
            setWrapText(true);
            setPrefWidth(0);
            Image cached = thumbnails.get(file.sha256());
            image.setImage(cached);
            setGraphic(file.isImage() ? image : null);
            if (cached == null && file.isImage() && requested.add(file.sha256())) {
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
}
