package org.charterreviewer.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.charterreviewer.ui.common.DialogService;

/** A dialog service for tests: records every dialog shown and answers file choosers from a queue. */
public final class RecordingDialogService implements DialogService {

    /** One dialog that was shown: its kind, title, message and any list of details. */
    public record Shown(String kind, String title, String message, List<String> details) {
    }

    public final List<Shown> shown = new ArrayList<>();
    public List<Path> filesToOpen = List.of();
    /** What confirmation questions answer. */
    public boolean confirmAnswer = true;
    /** What save choosers answer; null means cancelled. */
    public Path fileToSave;

    @Override
    public void showError(String title, String message) {
        shown.add(new Shown("error", title, message, List.of()));
    }

    @Override
    public void showErrorList(String title, String message, List<String> details) {
        shown.add(new Shown("errorList", title, message, List.copyOf(details)));
    }

    @Override
    public void showInformation(String title, String message) {
        shown.add(new Shown("information", title, message, List.of()));
    }

    @Override
    public boolean confirm(String title, String message) {
        shown.add(new Shown("confirm", title, message, List.of()));
        return confirmAnswer;
    }

    @Override
    public Optional<String> askText(String title, String prompt, String initial) {
        return Optional.empty();
    }

    @Override
    public List<Path> chooseFilesToOpen(String title, String filterDescription, String... patterns) {
        shown.add(new Shown("chooseFiles", title, filterDescription, List.of(patterns)));
        return filesToOpen;
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String suggestedName, String filterDescription,
            String... patterns) {
        return Optional.ofNullable(fileToSave);
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        return Optional.empty();
    }

    @Override
    public void openInSystemViewer(Path file) {
    }
}
