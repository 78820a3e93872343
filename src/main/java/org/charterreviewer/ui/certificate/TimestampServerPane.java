package org.charterreviewer.ui.certificate;

import static org.charterreviewer.i18n.Messages.tr;

import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.charterreviewer.ui.common.Controls;
import org.charterreviewer.ui.common.OnScreen;
import org.charterreviewer.ui.common.Styles;

/**
 * The timestamp server part of the Council database dialog: the address, Save and "Sign without a
 * timestamp server", and what is set now (or why an address was refused). Only builds and binds.
 */
public final class TimestampServerPane {

    private final VBox root;

    public TimestampServerPane(TimestampServerViewModel viewModel) {
        Label heading = new Label(tr("extend.server.heading"));
        heading.getStyleClass().add(Styles.SECTION_HEADING);
        Label intro = new Label(tr("extend.server.intro"));
        intro.setWrapText(true);
        intro.getStyleClass().add(Styles.MUTED);

        TextField url = Controls.describe(new TextField(), "tsa-url", "extend.server.url");
        url.setPromptText("https://tsa.council.example/tsr");
        url.textProperty().bindBidirectional(viewModel.urlProperty());
        url.setOnAction(event -> {
            // Enter keeps the address and leaves the dialog open (it would otherwise also press Close).
            event.consume();
            viewModel.save();
        });
        Label label = new Label(tr("extend.server.url"));
        label.setMnemonicParsing(true);
        label.setLabelFor(url);
        HBox.setHgrow(url, Priority.ALWAYS);

        Button save = Controls.button("tsa-save", "extend.server.save");
        save.setOnAction(event -> viewModel.save());
        Button clear = Controls.button("tsa-clear", "extend.server.clear");
        clear.setOnAction(event -> viewModel.clear());
        // The field stays enabled while the address is checked, so the cursor stays where the officer types.
        for (Node node : new Node[] {save, clear}) {
            node.disableProperty().bind(viewModel.busyProperty());
        }

        Label message = new Label();
        message.setId("tsa-message");
        message.setWrapText(true);
        message.textProperty().bind(viewModel.messageProperty());
        viewModel.problemProperty().addListener((observable, before, wrong) -> {
            message.getStyleClass().remove(Styles.ERROR_TEXT);
            if (wrong) {
                message.getStyleClass().add(Styles.ERROR_TEXT);
            }
        });
        // Said to a screen reader with the field, so a refused address is heard where it is typed.
        url.accessibleHelpProperty().bind(viewModel.messageProperty());

        // Wrapped text keeps its lines, and the dialog grows to show a longer message in full.
        intro.setMinHeight(Region.USE_PREF_SIZE);
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.textProperty().addListener((observable, before, after) -> Platform.runLater(this::growToFit));
        HBox field = new HBox(8, label, url);
        field.setAlignment(Pos.BASELINE_LEFT);
        root = new VBox(8, heading, intro, field, new HBox(8, save, clear), message);
        root.setId("tsa-pane");
    }

    /** Makes the dialog taller when a longer message needs it (never narrower or shorter, never off the screen). */
    private void growToFit() {
        if (root.getScene() != null) {
            OnScreen.growToFit(root.getScene().getWindow());
        }
    }

    public Node node() {
        return root;
    }
}
