package org.charterreviewer.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Everything a view model may ask of the user, without touching a window. The app shows real
 * dialogs; tests answer with fixed replies.
 */
public interface DialogService {

    void showError(String title, String message);

    /** An error whose details are a list, such as every problem found in a file. */
    void showErrorList(String title, String message, List<String> details);

    void showInformation(String title, String message);

    /**
     * The About box: like {@link #showInformation} with the app icon beside the text. The icon is a
     * class-path URL so view models can pass it without touching an image.
     */
    default void showAbout(String title, String message, String iconUrl) {
        showInformation(title, message);
    }

    /**
     * Asks a question whose two answers are named for what they do ("Finalise", "Keep editing";
     * "Open", "Not now"), never OK: true for the first. There is no question with unnamed answers.
     */
    boolean confirm(String title, String message, String yes, String no);

    /**
     * Asks before something that cannot be undone (deleting, replacing a key, restoring over the
     * data). The action button says what it does and Enter means Cancel, so a key pressed once too
     * often never destroys anything.
     */
    default boolean confirmIrreversible(String title, String message, String action) {
        return confirm(title, message, action, org.charterreviewer.i18n.Messages.tr("dialog.cancel"));
    }

    /** Asks for one line of text; empty if the user cancelled. */
    Optional<String> askText(String title, String prompt, String initial);

    /** Asks for files to open, filtered by a description and patterns such as "*.json". */
    List<Path> chooseFilesToOpen(String title, String filterDescription, String... patterns);

    Optional<Path> chooseFileToSave(String title, String suggestedName, String filterDescription, String... patterns);

    Optional<Path> chooseFolder(String title);

    /** Shows a file in the operating system's viewer. */
    void openInSystemViewer(Path file);
}
