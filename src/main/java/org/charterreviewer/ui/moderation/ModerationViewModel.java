package org.charterreviewer.ui.moderation;

import static org.charterreviewer.i18n.Messages.tr;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.charterreviewer.InvalidInputException;
import org.charterreviewer.moderation.DecisionExchange;
import org.charterreviewer.moderation.Moderation;
import org.charterreviewer.moderation.ModerationComment;
import org.charterreviewer.moderation.ModerationService;
import org.charterreviewer.moderation.ModerationState;
import org.charterreviewer.review.Review;
import org.charterreviewer.review.ReviewService;
import org.charterreviewer.ui.common.BackgroundTask;
import org.charterreviewer.ui.common.DialogService;
import org.charterreviewer.ui.common.PassphraseWork;
import org.charterreviewer.ui.common.TaskExecutor;

/**
 * The moderation of the open review: its state and the moderator's comments for the officer, the
 * commands to submit it and to import a moderator's decision file, and for a moderator the comments
 * being written with Approve and Return. The review itself stays read-only: a finalised revision
 * refuses every change.
 */
public final class ModerationViewModel {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.UK);

    /** What the screen shows of the review's moderation, read in the background. */
    record Snapshot(String state, List<String> history, boolean canSubmit, boolean canDecide, List<String> council,
            boolean decidedHere, boolean requiredByCouncil) {
    }

    private final UUID reviewId;
    private final ModerationService moderation;
    private final DecisionExchange decisions;
    private final ReviewService reviews;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final Supplier<String> currentItem;
    private final Supplier<List<Moderation>> councilToModerate;
    private final Supplier<Optional<char[]>> signingPassphrase;
    private final Countersigner countersigner;

    /** Adds the moderator's countersignature to the certificate {@code in}, written to {@code out}; its number. */
    @FunctionalInterface
    public interface Countersigner {
        String countersign(Path in, char[] passphrase, Path out);
    }
    private final ObservableList<String> council = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper state = new ReadOnlyStringWrapper("");
    private final ObservableList<String> history = FXCollections.observableArrayList();
    private final ObservableList<String> drafts = FXCollections.observableArrayList();
    private final List<ModerationComment> draftComments = new ArrayList<>();
    private final StringProperty comment = new SimpleStringProperty("");
    private final BooleanProperty aboutCurrentItem = new SimpleBooleanProperty(false);
    private final ReadOnlyBooleanWrapper canSubmit = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canDecide = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canExportDecision = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper requiredByCouncil = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    /** @param currentItem the id of the item on screen in the walkthrough, null when none */
    public ModerationViewModel(UUID reviewId, ModerationService moderation, DecisionExchange decisions,
            ReviewService reviews, TaskExecutor tasks, DialogService dialogs, Supplier<String> currentItem) {
        this(reviewId, moderation, decisions, reviews, tasks, dialogs, currentItem, List::of, Optional::empty,
                (in, passphrase, out) -> {
                    throw new IllegalStateException("no countersigning in this view");
                });
    }

    /**
     * @param councilToModerate other officers' submissions waiting for this officer, as the last sync
     *                          with the council database brought them (empty when not connected)
     * @param signingPassphrase asks for the passphrase that unlocks the moderator's signing key (the
     *                          caller wipes nothing: this view model wipes it after signing); empty when cancelled
     * @param countersigner     adds the moderator's countersignature to a certificate (Countersigning)
     */
    public ModerationViewModel(UUID reviewId, ModerationService moderation, DecisionExchange decisions,
            ReviewService reviews, TaskExecutor tasks, DialogService dialogs, Supplier<String> currentItem,
            Supplier<List<Moderation>> councilToModerate, Supplier<Optional<char[]>> signingPassphrase,
            Countersigner countersigner) {
        this.countersigner = countersigner;
        this.councilToModerate = councilToModerate;
        this.signingPassphrase = signingPassphrase;
        this.reviewId = reviewId;
        this.moderation = moderation;
        this.decisions = decisions;
        this.reviews = reviews;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.currentItem = currentItem;
    }

    /** Reads the moderation again in the background. */
    public void refresh() {
        run(tr("moderation.task.reading"), monitor -> null);
    }

    /** Adds the comment being written to the decision's comments, about the current item when chosen. */
    public void addComment() {
        String text = comment.get() == null ? "" : comment.get().strip();
        if (text.isEmpty()) {
            return;
        }
        String item = aboutCurrentItem.get() ? currentItem.get() : null;
        draftComments.add(new ModerationComment(item, text));
        drafts.add(item == null ? tr("moderation.window.draftOverall", text) : tr("moderation.window.draftItem", item, text));
        comment.set("");
    }

    public void submit() {
        run(tr("moderation.task.submitting"), monitor -> moderation.submit(reviewId));
    }

    public void approve() {
        decide(ModerationState.APPROVED);
    }

    /** Returns the review with the comments written (the comment still in the box counts too). */
    public void returnWithComments() {
        decide(ModerationState.RETURNED);
    }

    private void decide(ModerationState decision) {
        addComment();
        List<ModerationComment> comments = List.copyOf(draftComments);
        if (decision == ModerationState.RETURNED && !dialogs.confirm(tr("moderation.window.returnTitle"),
                tr("moderation.window.returnConfirm", comments.size()), tr("moderation.window.returnYes"),
                tr("dialog.cancel"))) {
            return;
        }
        run(tr("moderation.task.deciding"), monitor -> {
            Moderation decided = moderation.decide(reviewId, decision, comments);
            return decided;
        }, () -> {
            draftComments.clear();
            drafts.clear();
        });
    }

    /**
     * Writes the signed decision file this install's moderator made, for the officer to import: the
     * bundle route back when there is no council database.
     */
    public void exportDecision() {
        Optional<Path> out = dialogs.chooseFileToSave(tr("moderation.window.exportTitle"),
                tr("moderation.window.exportName"), tr("moderation.window.fileFilter"), "*.zip");
        if (out.isEmpty()) {
            return;
        }
        PassphraseWork.ask(signingPassphrase, (secret, monitor) -> decisions.export(reviewId, secret, out.get()))
                .ifPresent(signing -> run(tr("moderation.task.exporting"), signing, () -> dialogs.showInformation(
                        tr("moderation.window.exportTitle"), tr("moderation.window.exported", out.get().getFileName()))));
    }

    /**
     * The moderator countersigns the certificate the officer sent (the service checks the officer's
     * signature, that this install approved the revision, and that the moderator is not the officer).
     */
    public void countersign() {
        List<Path> chosen = dialogs.chooseFilesToOpen(tr("moderation.window.countersignTitle"),
                tr("moderation.window.pdfFilter"), "*.pdf");
        if (chosen.isEmpty()) {
            return;
        }
        Path in = chosen.get(0);
        String name = in.getFileName().toString().replaceFirst("(?i)\\.pdf$", "");
        Optional<Path> out = dialogs.chooseFileToSave(tr("moderation.window.countersignTitle"),
                tr("moderation.window.countersignedName", name), tr("moderation.window.pdfFilter"), "*.pdf");
        if (out.isEmpty()) {
            return;
        }
        String[] number = new String[1];
        PassphraseWork.ask(signingPassphrase, (secret, monitor) -> number[0] = countersigner.countersign(in, secret,
                out.get())).ifPresent(signing -> run(tr("moderation.task.countersigning"), signing,
                        () -> dialogs.showInformation(tr("moderation.window.countersignTitle"),
                                tr("moderation.window.countersigned", number[0], out.get().getFileName()))));
    }

    /** Changes the council's setting for this install: every certificate needs a moderator's approval. */
    public void setRequiredByCouncil(boolean required) {
        run(tr("moderation.task.policy"), monitor -> {
            moderation.policy().setRequiredByCouncil(required);
            return required;
        });
    }

    /** Imports a moderator's signed decision file chosen by the officer. */
    public void importDecision() {
        List<Path> files = dialogs.chooseFilesToOpen(tr("moderation.window.importTitle"),
                tr("moderation.window.fileFilter"), "*.zip");
        if (files.isEmpty()) {
            return;
        }
        Path file = files.get(0);
        run(tr("moderation.task.importing"), monitor -> decisions.importFile(file).moderation());
    }

    private void run(String title, BackgroundTask.Work<?> work) {
        run(title, work, () -> { });
    }

    private void run(String title, BackgroundTask.Work<?> work, Runnable afterSuccess) {
        busy.set(true);
        tasks.execute(BackgroundTask.of(title, monitor -> {
            work.run(monitor);
            return snapshot();
        }).notCancellable().onSuccess(snapshot -> {
            busy.set(false);
            afterSuccess.run();
            show(snapshot);
        }).onFailure(error -> {
            busy.set(false);
            dialogs.showError(tr("moderation.window.errorTitle"), error instanceof InvalidInputException
                    ? error.getMessage() : tr("moderation.window.failed"));
            refreshQuietly();
        }));
    }

    private void refreshQuietly() {
        tasks.execute(BackgroundTask.of(tr("moderation.task.reading"), monitor -> snapshot()).notCancellable()
                .onSuccess(this::show));
    }

    /** Reads the state off the FX thread. */
    private Snapshot snapshot() {
        Review latest = reviews.latest(reviewId);
        List<Moderation> all = moderation.history(reviewId);
        Moderation current = all.stream().filter(m -> m.revision() == latest.revision()).findFirst().orElse(null);
        String required = tr(moderation.requiredFor(latest) ? "moderation.cli.required" : "moderation.cli.notRequired");
        String stateLine = tr("moderation.window.state", latest.revision(), current == null
                ? tr(latest.isFinalised() ? "moderation.state.none" : "moderation.window.inProgress")
                : tr("moderation.state." + current.state().code()), required);
        List<String> lines = new ArrayList<>();
        for (Moderation m : all) {
            lines.add(tr("moderation.cli.line", m.revision(), tr("moderation.state." + m.state().code())));
            if (m.state().decided()) {
                lines.add(tr("moderation.cli.decidedLine", tr("moderation.state." + m.state().code()), m.decidedBy(),
                        WHEN.format(m.decidedAt().atZone(ZoneId.systemDefault())),
                        m.fromFile() ? tr("moderation.cli.fromFile") : "").strip());
            }
            for (ModerationComment c : m.comments()) {
                lines.add(c.overall() ? tr("moderation.cli.comment", c.text()).strip()
                        : tr("moderation.cli.itemComment", itemText(latest, c.itemId()), c.text()).strip());
            }
        }
        boolean undecided = current == null || current.state() == ModerationState.SUBMITTED;
        List<String> waiting = councilToModerate.get().stream().map(m -> tr("moderation.window.councilLine",
                reviews.latest(m.reviewId()).school().name(), m.revision(), m.submittedBy(),
                m.submittedAt() == null ? "" : WHEN.format(m.submittedAt().atZone(ZoneId.systemDefault())))).toList();
        boolean decidedHere = all.stream().anyMatch(m -> m.state().decided() && !m.fromFile());
        return new Snapshot(stateLine, lines, latest.isFinalised() && current == null,
                latest.isFinalised() && undecided, waiting, decidedHere, moderation.policy().requiredByCouncil());
    }

    private String itemText(Review review, String itemId) {
        return reviews.charterOf(review).item(itemId).map(i -> "“" + i.text().strip() + "”").orElse(itemId);
    }

    private void show(Snapshot snapshot) {
        state.set(snapshot.state());
        history.setAll(snapshot.history());
        canSubmit.set(snapshot.canSubmit());
        canDecide.set(snapshot.canDecide());
        council.setAll(snapshot.council());
        canExportDecision.set(snapshot.decidedHere());
        requiredByCouncil.set(snapshot.requiredByCouncil());
    }

    public ReadOnlyStringProperty stateProperty() { return state.getReadOnlyProperty(); }
    public String getState() { return state.get(); }
    public ObservableList<String> history() { return history; }
    public ObservableList<String> drafts() { return drafts; }
    /** Other officers' reviews waiting for this officer to moderate, from the council database. */
    public ObservableList<String> councilToModerate() { return council; }
    public StringProperty commentProperty() { return comment; }
    public BooleanProperty aboutCurrentItemProperty() { return aboutCurrentItem; }
    public ReadOnlyBooleanProperty canSubmitProperty() { return canSubmit.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty canDecideProperty() { return canDecide.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty canExportDecisionProperty() { return canExportDecision.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty requiredByCouncilProperty() { return requiredByCouncil.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
}
