package org.charterreviewer.ui.walkthrough;

import static org.charterreviewer.i18n.Messages.tr;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.charterreviewer.InvalidInputException;
import org.charterreviewer.charter.Item;
import org.charterreviewer.i18n.Sizes;
import org.charterreviewer.progress.CancelledException;
import org.charterreviewer.protection.DataEraser;
import org.charterreviewer.protection.ErasedFile;
import org.charterreviewer.protection.ErasedReview;
import org.charterreviewer.protection.ErasurePlan;
import org.charterreviewer.review.EvidenceFile;
import org.charterreviewer.review.EvidenceService;
import org.charterreviewer.review.Review;
import org.charterreviewer.review.ReviewChange;
import org.charterreviewer.ui.common.BackgroundTask;
import org.charterreviewer.ui.common.DialogService;
import org.charterreviewer.ui.common.TaskExecutor;

/**
 * The evidence of the item shown: attaching files (in the background, with progress and Cancel),
 * linking files already in the review, captions, internal or shared, opening, and removing a file
 * for good (a data protection right, so also from a finalised review).
 */
public final class EvidenceViewModel {

    private final ReviewSession session;
    private final WalkthroughNavigation navigation;
    private final EvidenceAttacher attacher;
    private final EvidenceService evidence;
    private final DataEraser eraser;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final ObservableList<EvidenceFile> itemEvidence = FXCollections.observableArrayList();
    private final ObservableList<EvidenceFile> linkable = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper removing = new ReadOnlyBooleanWrapper(false);
    private final EvidenceOnCouncil onCouncil;

    EvidenceViewModel(ReviewSession session, WalkthroughNavigation navigation, EvidenceAttacher attacher,
            EvidenceService evidence, DataEraser eraser, TaskExecutor tasks, DialogService dialogs,
            EvidenceOnCouncil onCouncil) {
        this.onCouncil = onCouncil;
        this.session = session;
        this.navigation = navigation;
        this.attacher = attacher;
        this.evidence = evidence;
        this.eraser = eraser;
        this.tasks = tasks;
        this.dialogs = dialogs;
        session.reviewProperty().addListener((obs, before, after) -> show());
        navigation.itemProperty().addListener((obs, before, after) -> show());
    }

    private void show() {
        Item item = navigation.getItem();
        Review review = session.getReview();
        if (item == null || review == null) {
            itemEvidence.clear();
            linkable.clear();
            return;
        }
        itemEvidence.setAll(review.evidenceFor(item.id()));
        linkable.setAll(review.evidence().stream().filter(e -> !e.linkedItemIds().contains(item.id())).toList());
    }

    /** Lets the officer pick files to attach. */
    public void chooseFilesToAttach() {
        if (session.isEditable()) {
            attach(dialogs.chooseFilesToOpen(tr("review.evidence.choose"), tr("review.evidence.allFiles"), "*.*"));
        }
    }

    /** Attaches files to the item shown in the background; the review is read again afterwards. */
    public void attach(List<Path> files) {
        Item item = navigation.getItem();
        if (!session.isEditable() || item == null || files.isEmpty()) {
            return;
        }
        session.flush();
        Review review = session.getReview();
        tasks.execute(BackgroundTask.<List<String>>of(tr("review.evidence.attaching", files.size()), monitor -> {
            List<String> problems = new ArrayList<>();
            for (Path file : files) {
                monitor.checkCancelled();
                try {
                    attacher.attach(review, file, item.id(), monitor);
                } catch (InvalidInputException e) {
                    problems.add(e.getMessage());
                }
            }
            return problems;
        }).onSuccess(problems -> {
            session.resync();
            if (problems.size() == 1) {
                dialogs.showError(tr("review.evidence.problem.title"), problems.get(0));
            } else if (!problems.isEmpty()) {
                dialogs.showErrorList(tr("review.evidence.problem.title"), tr("review.evidence.problems"), problems);
            }
        }).onFailure(error -> {
            session.resync();
            if (!(error instanceof CancelledException)) {
                dialogs.showError(tr("review.evidence.problem.title"), ReviewSession.messageOf(error));
            }
        }).onCancelled(session::resync));
    }

    public void link(EvidenceFile file) {
        Item item = navigation.getItem();
        if (session.isEditable() && item != null && file != null) {
            session.apply(new ReviewChange.LinkEvidence(file.id(), item.id()));
        }
    }

    public void unlink(EvidenceFile file) {
        Item item = navigation.getItem();
        if (session.isEditable() && item != null && file != null) {
            session.apply(new ReviewChange.UnlinkEvidence(file.id(), item.id()));
        }
    }

    public void editCaption(EvidenceFile file) {
        if (!session.isEditable() || file == null) {
            return;
        }
        dialogs.askText(tr("review.evidence.caption.title"), tr("review.evidence.caption.prompt", file.originalName()),
                file.caption() == null ? "" : file.caption())
                .ifPresent(caption -> session.apply(new ReviewChange.SetCaption(file.id(), caption)));
    }

    public void toggleInternal(EvidenceFile file) {
        if (session.isEditable() && file != null) {
            session.apply(new ReviewChange.SetEvidenceInternal(file.id(), !file.internal()));
        }
    }

    /** Streams the file to a temporary copy in the background and hands it to the system's viewer. */
    public void open(EvidenceFile file) {
        if (file == null) {
            return;
        }
        tasks.execute(BackgroundTask.of(tr("review.evidence.opening", file.originalName()),
                monitor -> evidence.openContent(file.sha256(), file.originalName()))
                .notCancellable()
                .onSuccess(opened -> {
                    onCouncil.opened(session.getReview());
                    dialogs.openInSystemViewer(opened);
                })
                .onFailure(error -> dialogs.showError(tr("review.evidence.problem.title"),
                        ReviewSession.messageOf(error))));
    }

    /** Makes a small PNG of image evidence in the background; {@code ready} gets its bytes. */
    public void thumbnail(EvidenceFile file, Consumer<byte[]> ready) {
        if (file != null && file.isImage()) {
            tasks.execute(BackgroundTask.of(tr("review.evidence.opening", file.originalName()),
                    monitor -> evidence.thumbnail(file.sha256(), 96))
                    .notCancellable()
                    .onSuccess(png -> png.ifPresent(ready)));
        }
    }

    /**
     * Removes an evidence file from the review for good, from every revision: finds what would go
     * in the background, asks with a message naming the file, the school and the charter, then
     * deletes it and compacts the database.
     */
    public void remove(EvidenceFile file) {
        if (file == null || removing.get()) {
            return;
        }
        session.flush();
        removing.set(true);
        tasks.execute(BackgroundTask.of(tr("review.evidence.remove.planning"),
                monitor -> eraser.planEvidence(session.reviewId(), file.id()))
                .notCancellable()
                .onSuccess(plan -> {
                    removing.set(false);
                    if (!plan.reviews().isEmpty() && dialogs.confirmIrreversible(tr("review.evidence.remove.title"),
                            removeConfirmation(plan.reviews().get(0), session.getCharter().title()),
                            tr("dialog.action.remove"))) {
                        erase(plan);
                    }
                })
                .onFailure(this::removeFailed));
    }

    /** The plan names the charter by id; the walkthrough shows its title, so the question does too. */
    static String removeConfirmation(ErasedReview review, String charterTitle) {
        StringBuilder text = new StringBuilder();
        for (ErasedFile file : review.files()) {
            text.append(tr("review.evidence.remove.message", file.name(), sizeOf(file.sizeBytes()),
                    review.schoolName(), charterTitle, review.revisions()));
            if (file.contentKept()) {
                text.append(' ').append(tr("review.evidence.remove.contentKept"));
            }
        }
        return text.append("\n\n").append(tr("review.evidence.remove.final")).toString();
    }

    private void erase(ErasurePlan plan) {
        removing.set(true);
        tasks.execute(BackgroundTask.of(tr("review.evidence.remove.task"), monitor -> eraser.erase(plan))
                .notCancellable()
                .onSuccess(result -> {
                    removing.set(false);
                    session.resync();
                })
                .onFailure(this::removeFailed));
    }

    private void removeFailed(Exception error) {
        removing.set(false);
        session.resync();
        dialogs.showError(tr("review.evidence.problem.title"), ReviewSession.messageOf(error));
    }

    /** One line of the list: name, size, whether photo details were removed, caption, internal. */
    public static String lineOf(EvidenceFile file) {
        String caption = file.caption() == null ? "" : " — " + file.caption();
        String internal = file.internal() ? " · " + tr("review.evidence.internalMark") : "";
        // Before the caption, which can be long: the officer should see the photo was cleaned.
        String cleaned = file.metadataRemoved() ? "; " + tr("review.evidence.metadataRemoved") : "";
        return file.originalName() + " (" + sizeOf(file.sizeBytes()) + cleaned + ")" + caption + internal;
    }

    /** As {@link #lineOf(EvidenceFile)}, saying so when the content is still on the council database. */
    public String line(EvidenceFile file) {
        return onCouncil.isPending(file) ? lineOf(file) + " · " + tr("review.evidence.onCouncil") : lineOf(file);
    }

    static String sizeOf(long bytes) {
        return Sizes.format(bytes);
    }

    public ObservableList<EvidenceFile> itemEvidence() { return itemEvidence; }
    public ObservableList<EvidenceFile> linkable() { return linkable; }
    /** The files whose content is still on the council database; the list shows them again when it changes. */
    public ReadOnlyObjectProperty<java.util.Set<String>> onCouncilProperty() { return onCouncil.pendingProperty(); }
    /** True while an evidence file is being planned for removal or removed: Remove waits. */
    public ReadOnlyBooleanProperty removingProperty() { return removing.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty editableProperty() { return session.editableProperty(); }
    public boolean isEditable() { return session.isEditable(); }
}
