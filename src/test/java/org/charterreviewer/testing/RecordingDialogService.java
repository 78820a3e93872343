package org.charterreviewer.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import org.charterreviewer.ui.common.DialogService;

/**
 * A dialog service for tests: records every dialog shown (safe to read from the test thread while
 * the FX thread adds), answers file choosers and text questions from what the test prepared, and
 * remembers the files handed to the system's viewer.
 */
public final class RecordingDialogService implements DialogService {

    /** One dialog that was shown: its kind, title, message and any list of details. */
    public record Shown(String kind, String title, String message, List<String> details) {
    }

    public final List<Shown> shown = new CopyOnWriteArrayList<>();
    /** Answers to text questions, in order; none left means cancelled. */
    public final Deque<String> textAnswers = new ConcurrentLinkedDeque<>();
    /** The file name each save dialog suggested, in order. */
    public final List<String> suggestedNames = new CopyOnWriteArrayList<>();
    /** Files handed to the system's viewer. */
    public final List<Path> opened = new CopyOnWriteArrayList<>();
    public List<Path> filesToOpen = List.of();
    /** What confirmation questions answer. */
    public boolean confirmAnswer = true;
    /** What save choosers answer; null means cancelled. */
    public Path fileToSave;

    /** "title: message" of every error shown, with or without a list of details. */
    public List<String> errors() {
        return texts("error", "errorList");
    }

    /** The details of every error list shown, in order. */
    public List<String> errorDetails() {
        return shown.stream().filter(s -> s.kind().equals("errorList")).flatMap(s -> s.details().stream()).toList();
    }

    /** "title: message" of every information shown. */
    public List<String> information() {
        return texts("information");
    }

    /** "title: message" of every question asked, irreversible ones too. */
    public List<String> confirmations() {
        return texts("confirm");
    }

    private List<String> texts(String... kinds) {
        List<String> wanted = List.of(kinds);
        return shown.stream().filter(s -> wanted.contains(s.kind())).map(s -> s.title() + ": " + s.message()).toList();
    }

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

    /** Every question's answers as its buttons say them, mnemonic marks dropped: "Finalise / Keep editing". */
    public List<String> confirmationButtons() {
        return shown.stream().filter(s -> s.kind().equals("confirm"))
                .map(s -> String.join(" / ", s.details()).replace("_", "")).toList();
    }

    /** Records the question with its two answers as the details. */
    @Override
    public boolean confirm(String title, String message, String yes, String no) {
        shown.add(new Shown("confirm", title, message, List.of(yes, no)));
        return confirmAnswer;
    }

    @Override
    public Optional<String> askText(String title, String prompt, String initial) {
        return Optional.ofNullable(textAnswers.poll());
    }

    @Override
    public List<Path> chooseFilesToOpen(String title, String filterDescription, String... patterns) {
        shown.add(new Shown("chooseFiles", title, filterDescription, List.of(patterns)));
        return filesToOpen;
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String suggestedName, String filterDescription,
            String... patterns) {
        suggestedNames.add(suggestedName);
        return Optional.ofNullable(fileToSave);
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        return Optional.empty();
    }

    @Override
    public void openInSystemViewer(Path file) {
        opened.add(file);
    }
}
