package org.charterreviewer.ui.common;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.charterreviewer.i18n.Messages;

/** A screen with a title and a short explanation, for a place that has nothing to show yet. */
public final class EmptyScreen implements Screen {

    private final VBox root;

    public EmptyScreen(String id, String titleKey, String messageKey) {
        Label title = new Label(Messages.tr(titleKey));
        title.getStyleClass().add(Styles.SCREEN_TITLE);
        title.setId(id + "-title");
        Label message = new Label(Messages.tr(messageKey));
        message.getStyleClass().add(Styles.EMPTY_STATE);
        message.setWrapText(true);
        root = new VBox(12, title, message);
        root.setId(id);
        root.setFocusTraversable(true);
        root.setAccessibleText(Messages.tr(titleKey));
    }

    @Override
    public Node node() {
        return root;
    }
}
