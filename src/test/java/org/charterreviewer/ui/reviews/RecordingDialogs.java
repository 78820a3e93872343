package org.charterreviewer.ui.reviews;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.charterreviewer.ui.common.DialogService;

/** Answers dialogs with prepared replies and records what was shown. */
final class RecordingDialogs implements DialogService {

    final List<String> errors = new ArrayList<>();
    final List<String> information = new ArrayList<>();
    final List<String> errorDetails = new ArrayList<>();
    final List<String> confirmations = new ArrayList<>();
    boolean confirmAnswer = true;
    Path fileToSave;
    List<Path> filesToOpen = List.of();

    @Override
    public void showError(String title, String message) {
        errors.add(title + ": " + message);
    }

    @Override
    public void showErrorList(String title, String message, List<String> details) {
        errors.add(title + ": " + message);
        errorDetails.addAll(details);
    }

    @Override
    public void showInformation(String title, String message) {
        information.add(title + ": " + message);
    }

    @Override
    public boolean confirm(String title, String message) {
        confirmations.add(title + ": " + message);
        return confirmAnswer;
    }

    @Override
    public Optional<String> askText(String title, String prompt, String initial) {
        return Optional.empty();
    }

    @Override
    public List<Path> chooseFilesToOpen(String title, String filterDescription, String... patterns) {
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
