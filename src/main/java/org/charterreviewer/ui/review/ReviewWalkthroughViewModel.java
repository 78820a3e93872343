package org.charterreviewer.ui.review;

import static org.charterreviewer.i18n.Messages.tr;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.charterreviewer.InvalidInputException;
import org.charterreviewer.audit.AuditEntry;
import org.charterreviewer.charter.Charter;
import org.charterreviewer.charter.CharterKind;
import org.charterreviewer.charter.Item;
import org.charterreviewer.charter.JudgementScale;
import org.charterreviewer.charter.Section;
import org.charterreviewer.progress.CancelledException;
import org.charterreviewer.review.Completeness;
import org.charterreviewer.review.Decision;
import org.charterreviewer.protection.DataEraser;
import org.charterreviewer.protection.ErasedFile;
import org.charterreviewer.protection.ErasedReview;
import org.charterreviewer.protection.ErasurePlan;
import org.charterreviewer.review.EvidenceFile;
import org.charterreviewer.review.EvidenceService;
import org.charterreviewer.review.Finding;
import org.charterreviewer.review.FollowUpAction;
import org.charterreviewer.review.Outcome;
import org.charterreviewer.review.PledgeSignatory;
import org.charterreviewer.review.Review;
import org.charterreviewer.review.ReviewService;
import org.charterreviewer.review.RevisionInfo;
import org.charterreviewer.review.Voice;
import org.charterreviewer.ui.common.BackgroundTask;
import org.charterreviewer.ui.common.DialogService;
import org.charterreviewer.ui.common.Navigator;
import org.charterreviewer.ui.common.TaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The walkthrough of one review: which item is shown, what is recorded for it, the outcome and the
 * decision. Every change is written at once through the screen's {@link AutosaveQueue} (text after
 * a short pause, and at once when the officer leaves the field, the item or the screen); there is
 * no Save button. Never touches a Node.
 */
public final class ReviewWalkthroughViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(ReviewWalkthroughViewModel.class);
    static final long DEBOUNCE_MILLIS = 400;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.UK);

    /** Where the autosave stands, for the small indicator in the header. */
    public enum SaveState { LOADING, SAVED, SAVING, FAILED }

    /** One line of the sidebar: a section heading ({@code item} null) or one of its items. */
    public record SidebarEntry(Section section, Item item) {
        public boolean isSection() {
            return item == null;
        }
    }

    private record Snapshot(Review review, Charter charter, Completeness completeness, Outcome outcome) {
    }

    private record NoteDraft(String text, boolean internal) {
    }

    /** What was in the add-a-voice form when the officer began editing a recorded voice. */
    private record VoiceDraft(String role, String said, boolean consent) {
    }

    /** What was in the add-an-action form when the officer began editing a recorded action. */
    private record ActionDraft(String what, String owner, LocalDate due) {
    }

    private final UUID reviewId;
    private final ReviewService reviews;
    private final EvidenceService evidence;
    private final DataEraser eraser;
    private final AutosaveQueue queue;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final Navigator navigator;
    private final AtomicInteger pendingWrites = new AtomicInteger();
    private volatile long key = -1;

    private Charter charter;
    private final List<Item> items = new ArrayList<>();
    private final Map<String, NoteDraft> typedNotes = new HashMap<>();
    private boolean loadingFields;

    private final Debounced noteField = new Debounced();
    private final Debounced decisionField = new Debounced();
    private final Debounced signatoryField = new Debounced();

    private final ReadOnlyObjectWrapper<Review> review = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Completeness> completeness = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Outcome> outcome = new ReadOnlyObjectWrapper<>();
    private final ObservableList<SidebarEntry> sidebar = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper currentIndex = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyObjectWrapper<Item> currentItem = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Section> currentSection = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Section> shownSection = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper refreshCount = new ReadOnlyIntegerWrapper();

    private final ReadOnlyStringWrapper schoolName = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper charterLabel = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper visitLabel = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper statusLabel = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper completenessLabel = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper finalisedBanner = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper editable = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper finalised = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<SaveState> saveState = new ReadOnlyObjectWrapper<>(SaveState.LOADING);
    private final ReadOnlyStringWrapper saveMessage = new ReadOnlyStringWrapper(tr("review.save.loading"));

    private final ReadOnlyObjectWrapper<String> level = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper flagged = new ReadOnlyBooleanWrapper();
    private final StringProperty noteText = new SimpleStringProperty("");
    private final BooleanProperty noteInternal = new SimpleBooleanProperty(false);
    private final ObservableList<Voice> voices = FXCollections.observableArrayList();
    private final ObservableList<FollowUpAction> actions = FXCollections.observableArrayList();
    private final ObservableList<EvidenceFile> itemEvidence = FXCollections.observableArrayList();
    private final ObservableList<EvidenceFile> linkableEvidence = FXCollections.observableArrayList();

    private final StringProperty voiceRole = new SimpleStringProperty("");
    private final StringProperty voiceSaid = new SimpleStringProperty("");
    private final BooleanProperty voiceConsent = new SimpleBooleanProperty(false);
    private final StringProperty actionWhat = new SimpleStringProperty("");
    private final StringProperty actionOwner = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> actionDue = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper formMessage = new ReadOnlyStringWrapper("");
    private final FormEdit<Voice, VoiceDraft> voiceEdit = new FormEdit<>(Voice::id,
            () -> new VoiceDraft(voiceRole.get(), voiceSaid.get(), voiceConsent.get()),
            voice -> {
                voiceRole.set(voice.speakerRole());
                voiceSaid.set(voice.said());
                voiceConsent.set(voice.consentToShare());
            },
            draft -> {
                voiceRole.set(draft == null ? "" : draft.role());
                voiceSaid.set(draft == null ? "" : draft.said());
                voiceConsent.set(draft != null && draft.consent());
            });
    private final FormEdit<FollowUpAction, ActionDraft> actionEdit = new FormEdit<>(FollowUpAction::id,
            () -> new ActionDraft(actionWhat.get(), actionOwner.get(), actionDue.get()),
            action -> {
                actionWhat.set(action.description());
                actionOwner.set(action.ownerRole() == null ? "" : action.ownerRole());
                actionDue.set(action.dueDate());
            },
            draft -> {
                actionWhat.set(draft == null ? "" : draft.what());
                actionOwner.set(draft == null || draft.owner() == null ? "" : draft.owner());
                actionDue.set(draft == null ? null : draft.due());
            });
    private final ReadOnlyBooleanWrapper removingEvidence = new ReadOnlyBooleanWrapper(false);

    private final ReadOnlyStringWrapper outcomeHeadline = new ReadOnlyStringWrapper("");
    private final ObservableList<String> findings = FXCollections.observableArrayList();
    private final ObjectProperty<Decision> decision = new SimpleObjectProperty<>();
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty overrideReason = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper overrideNeeded = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper decisionHint = new ReadOnlyStringWrapper("");

    private final StringProperty signName = new SimpleStringProperty("");
    private final StringProperty signRole = new SimpleStringProperty("");
    private final StringProperty signOrganisation = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> signDate = new SimpleObjectProperty<>();
    private final BooleanProperty signConsent = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper signatoryHint = new ReadOnlyStringWrapper("");

    private final ObservableList<String> revisions = FXCollections.observableArrayList();
    private final ObservableList<String> auditTrail = FXCollections.observableArrayList();

    public ReviewWalkthroughViewModel(UUID reviewId, ReviewService reviews, EvidenceService evidence,
            DataEraser eraser, AutosaveQueue queue, TaskExecutor tasks, DialogService dialogs, Navigator navigator) {
        this.reviewId = reviewId;
        this.reviews = reviews;
        this.evidence = evidence;
        this.eraser = eraser;
        this.queue = queue;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.navigator = navigator;
        noteText.addListener((obs, before, after) -> noteEdited());
        noteInternal.addListener((obs, before, after) -> noteEdited());
        decision.addListener((obs, before, after) -> {
            updateOverrideNeeded();
            if (!loadingFields) {
                Runnable write = captureDecision();
                if (write != null) {
                    decisionField.change(write);
                    decisionField.flush();
                }
            }
        });
        summary.addListener((obs, before, after) -> decisionEdited());
        overrideReason.addListener((obs, before, after) -> decisionEdited());
        for (var property : List.of(signName, signRole, signOrganisation)) {
            property.addListener((obs, before, after) -> signatoryEdited());
        }
        signDate.addListener((obs, before, after) -> signatoryEdited());
        signConsent.addListener((obs, before, after) -> signatoryEdited());
    }

    // --- loading -----------------------------------------------------------------------------------

    /** Loads the review off the FX thread and shows the first item not judged yet. */
    public void open() {
        queue.submit(() -> {
            try {
                Snapshot snapshot = snapshot();
                queue.onFx(() -> {
                    apply(snapshot, true);
                    goTo(firstUnjudgedIndex().orElse(0));
                    if (saveState.get() == SaveState.LOADING) {
                        saveState.set(SaveState.SAVED);
                        saveMessage.set(tr("review.save.upToDate"));
                    }
                });
            } catch (RuntimeException e) {
                LOG.warn("Cannot open review {}", reviewId, e);
                queue.onFx(() -> {
                    saveState.set(SaveState.FAILED);
                    saveMessage.set(messageOf(e));
                });
            }
        });
    }

    private Snapshot snapshot() {
        Review loaded = reviews.latest(reviewId);
        Charter pinned = reviews.charterOf(loaded);
        return new Snapshot(loaded, pinned, reviews.completeness(loaded), reviews.evaluate(loaded));
    }

    private void apply(Snapshot snapshot, boolean fields) {
        Review r = snapshot.review();
        key = r.key();
        if (charter == null) {
            charter = snapshot.charter();
            sidebar.clear();
            items.clear();
            for (Section section : charter.sections()) {
                sidebar.add(new SidebarEntry(section, null));
                for (Item item : section.items()) {
                    sidebar.add(new SidebarEntry(section, item));
                    items.add(item);
                }
            }
        }
        review.set(r);
        completeness.set(snapshot.completeness());
        outcome.set(snapshot.outcome());
        schoolName.set(r.school().name());
        charterLabel.set(tr("review.header.charter", charter.title(), charter.version()));
        visitLabel.set(tr("review.header.visit", r.visitDate() == null ? "—" : DATE.format(r.visitDate()),
                String.join(", ", r.officers())));
        statusLabel.set(r.isFinalised() ? tr("review.status.finalised", r.revision())
                : tr("review.status.inProgress", r.revision()));
        Completeness c = snapshot.completeness();
        completenessLabel.set(tr("review.header.completeness", c.items() - c.unjudged(), c.items(),
                c.withoutEvidence(), c.flagged()));
        finalised.set(r.isFinalised());
        editable.set(!r.isFinalised());
        if (r.isFinalised()) {
            cancelEdits();
        }
        finalisedBanner.set(r.isFinalised() ? tr("review.banner.finalised",
                r.finalisedAt() == null ? "—" : TIME.format(r.finalisedAt().atZone(ZoneId.systemDefault())),
                r.finalisedBy() == null ? "—" : r.finalisedBy()) : "");
        applyOutcome(snapshot.outcome());
        if (fields) {
            loadingFields = true;
            try {
                decision.set(r.decision() == null ? null : r.decision().decision());
                summary.set(r.decision() == null || r.decision().summary() == null ? "" : r.decision().summary());
                overrideReason.set(r.decision() == null || r.decision().overrideReason() == null ? ""
                        : r.decision().overrideReason());
                PledgeSignatory s = r.signatory();
                signName.set(s == null ? "" : s.name());
                signRole.set(s == null ? "" : s.role());
                signOrganisation.set(s == null ? "" : s.organisation());
                signDate.set(s == null ? null : s.signedOn());
                signConsent.set(s != null && s.consentToPublish());
            } finally {
                loadingFields = false;
            }
        }
        updateOverrideNeeded();
        showItemRecords(fields);
        refreshCount.set(refreshCount.get() + 1);
    }

    private void applyOutcome(Outcome o) {
        if (isPledge()) {
            outcomeHeadline.set(o.met() ? tr("review.outcome.pledgeSigned") : tr("review.outcome.pledgeNotYet"));
        } else {
            outcomeHeadline.set(o.met() ? tr("review.outcome.met") : tr("review.outcome.notMet"));
        }
        findings.setAll(o.findings().stream().map(ReviewWalkthroughViewModel::findingText).toList());
    }

    static String findingText(Finding finding) {
        return tr(finding.passed() ? "review.finding.passedLine" : "review.finding.failedLine", finding.text());
    }

    /** Shows what is recorded for the current item; the note only when arriving at an item. */
    private void showItemRecords(boolean withNote) {
        Item item = currentItem.get();
        Review r = review.get();
        if (item == null || r == null) {
            return;
        }
        if (pendingWrites.get() == 0) {
            level.set(r.levelOf(item.id()).orElse(null));
            flagged.set(r.isFlagged(item.id()));
        }
        voices.setAll(r.voicesFor(item.id()));
        actions.setAll(r.actionsFor(item.id()));
        // A voice or action being edited that is no longer there (removed, or a new revision) is let go.
        voiceEdit.cancelUnlessIn(voices);
        actionEdit.cancelUnlessIn(actions);
        itemEvidence.setAll(r.evidenceFor(item.id()));
        linkableEvidence.setAll(r.evidence().stream().filter(e -> !e.linkedItemIds().contains(item.id())).toList());
        if (withNote) {
            NoteDraft typed = typedNotes.get(item.id());
            loadingFields = true;
            try {
                if (typed != null) {
                    noteText.set(typed.text());
                    noteInternal.set(typed.internal());
                } else {
                    noteText.set(r.itemNote(item.id()).map(n -> n.body()).orElse(""));
                    noteInternal.set(r.itemNote(item.id()).map(n -> n.internal()).orElse(false));
                }
            } finally {
                loadingFields = false;
            }
        }
    }

    // --- moving around -----------------------------------------------------------------------------

    public void goTo(int index) {
        if (items.isEmpty() || index < 0 || index >= items.size()) {
            return;
        }
        flushText();
        cancelEdits();
        Item item = items.get(index);
        shownSection.set(null);
        currentIndex.set(index);
        currentSection.set(charter.sectionOf(item.id()).orElseThrow());
        currentItem.set(item);
        formMessage.set("");
        Review r = review.get();
        level.set(r.levelOf(item.id()).orElse(null));
        flagged.set(r.isFlagged(item.id()));
        showItemRecords(true);
    }

    /** A section heading goes to its first item; a section without items shows its own words. */
    public void goTo(SidebarEntry entry) {
        if (entry.isSection() && entry.section().items().isEmpty()) {
            showSection(entry.section());
            return;
        }
        Item target = entry.isSection()
                ? entry.section().items().stream().findFirst().orElse(null) : entry.item();
        if (target != null) {
            goTo(items.indexOf(target));
        }
    }

    /**
     * Shows a section that has no items (a vision, an aim): only the charter's words, to read with
     * the family; nothing is judged or recorded there. Next and previous go on from where it stands.
     */
    public void showSection(Section section) {
        if (charter == null || section == null || !section.items().isEmpty()) {
            return;
        }
        flushText();
        cancelEdits();
        int itemsBefore = 0;
        for (Section s : charter.sections()) {
            if (s.id().equals(section.id())) {
                break;
            }
            itemsBefore += s.items().size();
        }
        currentItem.set(null);
        currentIndex.set(itemsBefore - 1);
        currentSection.set(section);
        formMessage.set("");
        level.set(null);
        flagged.set(false);
        voices.clear();
        actions.clear();
        itemEvidence.clear();
        linkableEvidence.clear();
        loadingFields = true;
        try {
            noteText.set("");
            noteInternal.set(false);
        } finally {
            loadingFields = false;
        }
        shownSection.set(section);
    }

    public void next() {
        goTo(Math.min(items.size() - 1, currentIndex.get() + 1));
    }

    public void previous() {
        // From a section without items the index stands on the item before it.
        goTo(shownSection.get() != null ? currentIndex.get() : Math.max(0, currentIndex.get() - 1));
    }

    /** Goes to the next item not judged yet, after the current one (wrapping round). */
    public boolean nextUnjudged() {
        for (int step = 1; step <= items.size(); step++) {
            int index = (currentIndex.get() + step) % items.size();
            if (isUnjudged(items.get(index))) {
                goTo(index);
                return true;
            }
        }
        return false;
    }

    private Optional<Integer> firstUnjudgedIndex() {
        for (int i = 0; i < items.size(); i++) {
            if (isUnjudged(items.get(i))) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    private boolean isUnjudged(Item item) {
        boolean judged = !charter.sectionOf(item.id()).map(Section::contextOnly).orElse(true);
        Item current = currentItem.get();
        String levelId = current != null && current.id().equals(item.id()) ? level.get()
                : review.get().levelOf(item.id()).orElse(null);
        return judged && levelId == null;
    }

    public boolean isCurrentItemJudged() {
        Section section = currentSection.get();
        return section != null && !section.contextOnly();
    }

    /** Back to the list of reviews, after writing whatever is still being typed. */
    public void back() {
        close();
        navigator.showReviews();
    }

    /** Writes pending text and lets the writer finish; the screen is leaving. */
    public void close() {
        flushAll();
        queue.close(0);
    }

    /** As {@link #close()}, waiting up to {@code millis} for the last writes (on exit). */
    public void closeAndWait(long millis) {
        flushAll();
        queue.close(millis);
    }

    // --- judging -----------------------------------------------------------------------------------

    public List<JudgementScale.Level> levels() {
        return charter == null ? List.of() : charter.scale().levels();
    }

    public boolean isPledge() {
        return charter != null && charter.kind() == CharterKind.PLEDGE;
    }

    /** Judges the current item; null clears the judgement. */
    public void judge(String levelId) {
        Item item = currentItem.get();
        if (!editable.get() || item == null || !isCurrentItemJudged()) {
            return;
        }
        level.set(levelId);
        long k = key;
        write(() -> reviews.judge(k, item.id(), levelId), null);
    }

    /** Number key {@code n} (1-based) picks the n-th level of the scale, lowest first; 0 clears. */
    public void judgeByNumber(int n) {
        if (n == 0) {
            judge(null);
        } else if (n <= levels().size()) {
            judge(levels().get(n - 1).id());
        }
    }

    public void setFlagged(boolean value) {
        Item item = currentItem.get();
        if (!editable.get() || item == null || flagged.get() == value) {
            return;
        }
        flagged.set(value);
        long k = key;
        write(() -> reviews.flag(k, item.id(), value), null);
    }

    public void toggleFlag() {
        setFlagged(!flagged.get());
    }

    // --- notes -------------------------------------------------------------------------------------

    private void noteEdited() {
        Item item = currentItem.get();
        if (loadingFields || item == null || !editable.get()) {
            return;
        }
        NoteDraft draft = new NoteDraft(noteText.get(), noteInternal.get());
        typedNotes.put(item.id(), draft);
        long k = key;
        noteField.change(() -> reviews.setItemNote(k, item.id(), draft.text(), draft.internal()));
    }

    /** Writes text typed so far at once (focus left the field, or the item changes). */
    public void flushText() {
        noteField.flush();
    }

    private void flushAll() {
        noteField.flush();
        decisionField.flush();
        signatoryField.flush();
    }

    // --- voices and actions ----------------------------------------------------------------------

    public void addVoice() {
        Item item = currentItem.get();
        if (!editable.get() || item == null) {
            return;
        }
        voiceInForm().ifPresent(v -> {
            long k = key;
            write(() -> reviews.addVoice(k, item.id(), v.role(), v.said(), v.consent()), null);
            voiceSaid.set("");
            voiceConsent.set(false);
            formMessage.set("");
        });
    }

    /** Adds the voice in the form, or saves the changes to the voice being edited. */
    public void saveVoice() {
        Voice voice = voiceEdit.record();
        if (voice == null) {
            addVoice();
        } else if (editable.get()) {
            voiceInForm().ifPresent(v -> {
                if (!v.equals(new VoiceDraft(voice.speakerRole(), voice.said(), voice.consentToShare()))) {
                    long k = key;
                    write(() -> reviews.updateVoice(k, voice.id(), v.role(), v.said(), v.consent()), null);
                }
                voiceEdit.end();
            });
        }
    }

    /** The voice in the form, trimmed; empty, with a message, while its role or words are missing. */
    private Optional<VoiceDraft> voiceInForm() {
        String role = voiceRole.get() == null ? "" : voiceRole.get().strip();
        String said = voiceSaid.get() == null ? "" : voiceSaid.get().strip();
        if (role.isEmpty() || said.isEmpty()) {
            formMessage.set(tr("review.voice.incomplete"));
            return Optional.empty();
        }
        return Optional.of(new VoiceDraft(role, said, voiceConsent.get()));
    }

    /** Loads a recorded voice into the form, which then saves changes to it instead of adding one. */
    public void editVoice(Voice voice) {
        voiceEdit.begin(voice);
    }

    /** Leaves the voice as stored and gives the form back what was typed before editing began. */
    public void cancelVoiceEdit() {
        voiceEdit.cancel();
    }

    /** Cancels any edit of a voice or an action; true if there was one. */
    public boolean cancelEdits() {
        boolean editing = voiceEdit.record() != null || actionEdit.record() != null;
        voiceEdit.cancel();
        actionEdit.cancel();
        return editing;
    }

    public void removeVoice(Voice voice) {
        if (editable.get() && voice != null) {
            voiceEdit.cancelIfEditing(voice);
            long k = key;
            write(() -> reviews.removeVoice(k, voice.id()), null);
        }
    }

    public void addAction() {
        Item item = currentItem.get();
        if (!editable.get() || item == null) {
            return;
        }
        actionInForm().ifPresent(what -> {
            String owner = actionOwner.get();
            LocalDate due = actionDue.get();
            long k = key;
            write(() -> reviews.addAction(k, item.id(), what, owner, due), null);
            actionWhat.set("");
            actionDue.set(null);
            formMessage.set("");
        });
    }

    /** Adds the action in the form, or saves the changes to the action being edited. */
    public void saveAction() {
        FollowUpAction action = actionEdit.record();
        if (action == null) {
            addAction();
        } else if (editable.get()) {
            actionInForm().ifPresent(what -> {
                String owner = isBlank(actionOwner.get()) ? null : actionOwner.get().strip();
                LocalDate due = actionDue.get();
                if (!what.equals(action.description()) || !Objects.equals(owner, action.ownerRole())
                        || !Objects.equals(due, action.dueDate())) {
                    long k = key;
                    write(() -> reviews.updateAction(k, action.id(), what, owner, due), null);
                }
                actionEdit.end();
            });
        }
    }

    /** What is to be done, trimmed; empty, with a message, while it is missing. */
    private Optional<String> actionInForm() {
        String what = actionWhat.get() == null ? "" : actionWhat.get().strip();
        if (what.isEmpty()) {
            formMessage.set(tr("review.action.incomplete"));
            return Optional.empty();
        }
        return Optional.of(what);
    }

    /** Loads a recorded action into the form, which then saves changes to it instead of adding one. */
    public void editAction(FollowUpAction action) {
        actionEdit.begin(action);
    }

    /** Leaves the action as stored and gives the form back what was typed before editing began. */
    public void cancelActionEdit() {
        actionEdit.cancel();
    }

    /** Marks the action done, or not done again (Space on the selected action). */
    public void toggleDone(FollowUpAction action) {
        if (action != null) {
            setActionDone(action, !action.done());
        }
    }

    public void setActionDone(FollowUpAction action, boolean done) {
        if (editable.get() && action != null) {
            long k = key;
            write(() -> reviews.setActionDone(k, action.id(), done), null);
        }
    }

    public void removeAction(FollowUpAction action) {
        if (editable.get() && action != null) {
            actionEdit.cancelIfEditing(action);
            long k = key;
            write(() -> reviews.removeAction(k, action.id()), null);
        }
    }

    // --- evidence ----------------------------------------------------------------------------------

    /** Attaches files to the current item in the background, with progress and Cancel. */
    public void attach(List<Path> files) {
        Item item = currentItem.get();
        if (!editable.get() || item == null || files.isEmpty()) {
            return;
        }
        long k = key;
        tasks.execute(BackgroundTask.<List<String>>of(tr("review.evidence.attaching", files.size()), monitor -> {
            List<String> problems = new ArrayList<>();
            for (Path file : files) {
                monitor.checkCancelled();
                try {
                    evidence.attach(k, file, List.of(item.id()), null, monitor);
                } catch (InvalidInputException e) {
                    problems.add(e.getMessage());
                }
            }
            return problems;
        }).onSuccess(problems -> {
            reload();
            if (problems.size() == 1) {
                dialogs.showError(tr("review.evidence.problem.title"), problems.get(0));
            } else if (!problems.isEmpty()) {
                dialogs.showErrorList(tr("review.evidence.problem.title"), tr("review.evidence.problems"), problems);
            }
        }).onFailure(error -> {
            reload();
            if (!(error instanceof CancelledException)) {
                dialogs.showError(tr("review.evidence.problem.title"), messageOf(error));
            }
        }).onCancelled(this::reload));
    }

    /** Lets the officer pick files to attach. */
    public void chooseFilesToAttach() {
        if (editable.get()) {
            attach(dialogs.chooseFilesToOpen(tr("review.evidence.choose"), tr("review.evidence.allFiles"), "*.*"));
        }
    }

    public void link(EvidenceFile file) {
        Item item = currentItem.get();
        if (editable.get() && item != null && file != null) {
            long k = key;
            write(() -> evidence.link(k, file.id(), item.id()), null);
        }
    }

    public void unlink(EvidenceFile file) {
        Item item = currentItem.get();
        if (editable.get() && item != null && file != null) {
            long k = key;
            write(() -> evidence.unlink(k, file.id(), item.id()), null);
        }
    }

    /** True while an evidence file is being planned for removal or removed: Remove waits. */
    public ReadOnlyBooleanProperty removingEvidenceProperty() {
        return removingEvidence.getReadOnlyProperty();
    }

    /**
     * Removes an evidence file from the review for good, from every revision (also a finalised one,
     * as the officer may have to take a photo away): finds what would go off the FX thread, asks with
     * a message naming the file, the school and the charter, then deletes it and compacts the database.
     */
    public void remove(EvidenceFile file) {
        if (file == null || removingEvidence.get()) {
            return;
        }
        flushAll();
        removingEvidence.set(true);
        tasks.execute(BackgroundTask.of(tr("review.evidence.remove.planning"),
                monitor -> eraser.planEvidence(reviewId, file.id()))
                .notCancellable()
                .onSuccess(plan -> {
                    removingEvidence.set(false);
                    if (!plan.reviews().isEmpty()
                            && dialogs.confirmIrreversible(tr("review.evidence.remove.title"),
                                    removeConfirmation(plan.reviews().get(0), charter.title()),
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
            text.append(tr("review.evidence.remove.message", file.name(), size(file.sizeBytes()), review.schoolName(),
                    charterTitle, review.revisions()));
            if (file.contentKept()) {
                text.append(' ').append(tr("review.evidence.remove.contentKept"));
            }
        }
        return text.append("\n\n").append(tr("review.evidence.remove.final")).toString();
    }

    private void erase(ErasurePlan plan) {
        removingEvidence.set(true);
        tasks.execute(BackgroundTask.of(tr("review.evidence.remove.task"), monitor -> eraser.erase(plan))
                .notCancellable()
                .onSuccess(result -> {
                    removingEvidence.set(false);
                    reload();
                    refreshHistory();
                })
                .onFailure(this::removeFailed));
    }

    private void removeFailed(Exception error) {
        removingEvidence.set(false);
        reload();
        dialogs.showError(tr("review.evidence.problem.title"), messageOf(error));
    }

    public void editCaption(EvidenceFile file) {
        if (!editable.get() || file == null) {
            return;
        }
        dialogs.askText(tr("review.evidence.caption.title"), tr("review.evidence.caption.prompt", file.originalName()),
                file.caption() == null ? "" : file.caption()).ifPresent(caption -> {
                    long k = key;
                    write(() -> evidence.setCaption(k, file.id(), caption), null);
                });
    }

    public void setInternal(EvidenceFile file, boolean internal) {
        if (editable.get() && file != null) {
            long k = key;
            write(() -> evidence.setInternal(k, file.id(), internal), null);
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
                .onSuccess(dialogs::openInSystemViewer)
                .onFailure(error -> dialogs.showError(tr("review.evidence.problem.title"), messageOf(error))));
    }

    /** Makes a small PNG of image evidence off the FX thread; {@code ready} gets its bytes. */
    public void thumbnail(EvidenceFile file, Consumer<byte[]> ready) {
        if (file == null || !file.isImage()) {
            return;
        }
        queue.submit(() -> evidence.thumbnail(file.sha256(), 96).ifPresent(png -> queue.onFx(() -> ready.accept(png))));
    }

    // --- decision, pledge, finalising --------------------------------------------------------------

    private void updateOverrideNeeded() {
        Outcome o = outcome.get();
        Decision d = decision.get();
        overrideNeeded.set(o != null && d != null && o.computed().expectedDecision() != d);
        if (d == null) {
            decisionHint.set(tr("review.decision.none"));
        } else if (overrideNeeded.get() && isBlank(overrideReason.get())) {
            decisionHint.set(tr("review.decision.needsReason"));
        } else {
            decisionHint.set("");
        }
    }

    private void decisionEdited() {
        updateOverrideNeeded();
        if (!loadingFields) {
            Runnable write = captureDecision();
            if (write != null) {
                decisionField.change(write);
            }
        }
    }

    /** The decision as it stands now (read on the FX thread), or null while it cannot be recorded. */
    private Runnable captureDecision() {
        Decision d = decision.get();
        if (d == null || (overrideNeeded.get() && isBlank(overrideReason.get())) || !editable.get()) {
            return null;
        }
        String s = summary.get();
        String reason = overrideNeeded.get() ? overrideReason.get() : null;
        long k = key;
        return () -> reviews.recordDecision(k, d, s, reason);
    }

    private void signatoryEdited() {
        if (loadingFields || !editable.get() || !isPledge()) {
            return;
        }
        if (isBlank(signName.get()) || isBlank(signRole.get()) || isBlank(signOrganisation.get())
                || signDate.get() == null) {
            signatoryHint.set(tr("review.signatory.incomplete"));
            return;
        }
        signatoryHint.set("");
        PledgeSignatory signatory = new PledgeSignatory(signName.get(), signRole.get(), signOrganisation.get(),
                signDate.get(), signConsent.get());
        long k = key;
        signatoryField.change(() -> reviews.recordSignatory(k, signatory));
    }

    /** Confirms, then writes everything pending and locks the review. */
    public void finalise() {
        if (!editable.get()) {
            return;
        }
        if (voiceEdit.record() != null || actionEdit.record() != null) {
            // Finalising would drop a half-made change to what someone said or an agreed action.
            dialogs.showError(tr("review.finalise.title"), tr("review.finalise.editOpen"));
            return;
        }
        flushAll();
        if (decision.get() == null) {
            dialogs.showError(tr("review.finalise.title"), tr("review.error.noDecision"));
            return;
        }
        if (overrideNeeded.get() && isBlank(overrideReason.get())) {
            dialogs.showError(tr("review.finalise.title"), tr("review.error.overrideNeedsReason"));
            return;
        }
        if (!dialogs.confirm(tr("review.finalise.title"), tr("review.finalise.confirm"))) {
            return;
        }
        long k = key;
        write(() -> reviews.finalise(k), error -> dialogs.showError(tr("review.finalise.title"), messageOf(error)));
        refreshHistory();
    }

    /** Asks for a reason and opens a new, editable revision of a finalised review. */
    public void amend() {
        if (!finalised.get()) {
            return;
        }
        dialogs.askText(tr("review.amend.title"), tr("review.amend.prompt"), "").ifPresent(reason -> {
            write(() -> reviews.amend(reviewId, reason), error -> dialogs.showError(tr("review.amend.title"),
                    messageOf(error)));
            refreshHistory();
        });
    }

    /** Loads the revisions and the audit trail off the FX thread. */
    public void refreshHistory() {
        queue.submit(() -> {
            try {
                List<RevisionInfo> infos = reviews.revisions(reviewId);
                List<AuditEntry> entries = reviews.auditTrail(reviewId);
                List<String> revisionLines = infos.stream().map(ReviewWalkthroughViewModel::revisionLine).toList();
                List<String> auditLines = entries.stream().map(e -> tr("review.audit.line",
                        TIME.format(e.occurredAt().atZone(ZoneId.systemDefault())), e.actor(), tr(e.event()),
                        e.detail() == null ? "" : e.detail())).toList();
                queue.onFx(() -> {
                    revisions.setAll(revisionLines);
                    List<String> newestFirst = new ArrayList<>(auditLines);
                    java.util.Collections.reverse(newestFirst);
                    auditTrail.setAll(newestFirst);
                });
            } catch (RuntimeException e) {
                LOG.warn("Cannot read the history of review {}", reviewId, e);
            }
        });
    }

    private static String revisionLine(RevisionInfo info) {
        String base = info.finalisedAt() == null ? tr("review.revision.inProgress", info.revision())
                : tr("review.revision.finalised", info.revision(),
                        TIME.format(info.finalisedAt().atZone(ZoneId.systemDefault())), info.finalisedBy());
        return info.amendmentReason() == null ? base : tr("review.revision.amended", base, info.amendmentReason());
    }

    // --- writing -----------------------------------------------------------------------------------

    /** Queues one change, then shows the review as stored once the queue is idle. */
    private void write(Runnable change, Consumer<Exception> onError) {
        pendingWrites.incrementAndGet();
        saveState.set(SaveState.SAVING);
        saveMessage.set(tr("review.save.saving"));
        queue.submit(() -> runWrite(change, onError));
    }

    private void runWrite(Runnable change, Consumer<Exception> onError) {
        Exception failure = null;
        try {
            change.run();
        } catch (RuntimeException e) {
            failure = e;
            if (!(e instanceof InvalidInputException)) {
                LOG.error("A change to review {} was not saved", reviewId, e);
            }
        }
        int left = pendingWrites.decrementAndGet();
        Snapshot snapshot = null;
        if (left == 0) {
            try {
                snapshot = snapshot();
            } catch (RuntimeException e) {
                LOG.warn("Cannot reload review {}", reviewId, e);
            }
        }
        Exception error = failure;
        Snapshot loaded = snapshot;
        queue.onFx(() -> {
            if (error != null) {
                saveState.set(SaveState.FAILED);
                saveMessage.set(tr("review.save.failed", messageOf(error)));
                if (onError != null) {
                    onError.accept(error);
                }
            } else if (pendingWrites.get() == 0 && saveState.get() != SaveState.FAILED) {
                saveState.set(SaveState.SAVED);
                saveMessage.set(tr("review.save.saved"));
            }
            if (loaded != null) {
                boolean revisionChanged = review.get() == null || review.get().key() != loaded.review().key()
                        || review.get().status() != loaded.review().status();
                if (pendingWrites.get() == 0 && error == null) {
                    saveState.set(SaveState.SAVED);
                    saveMessage.set(tr("review.save.saved"));
                }
                apply(loaded, revisionChanged);
            }
        });
    }

    private void reload() {
        write(() -> { }, null);
    }

    /** A text field's latest value, written after a pause in typing, or at once on flush. */
    private final class Debounced {
        private final AtomicReference<Runnable> pending = new AtomicReference<>();
        private final AtomicLong generation = new AtomicLong();
        private volatile long pendingGeneration;

        void change(Runnable writeLatest) {
            long g = generation.incrementAndGet();
            pendingGeneration = g;
            pending.set(writeLatest);
            pendingWrites.incrementAndGet();
            saveState.set(SaveState.SAVING);
            saveMessage.set(tr("review.save.saving"));
            queue.submitAfter(DEBOUNCE_MILLIS, () -> runWrite(() -> runIfLatest(g), null));
        }

        void flush() {
            if (pending.get() != null) {
                pendingWrites.incrementAndGet();
                queue.submit(() -> runWrite(() -> runIfLatest(-1), null));
            }
        }

        private void runIfLatest(long g) {
            if (g >= 0 && pendingGeneration != g) {
                return;
            }
            Runnable latest = pending.getAndSet(null);
            if (latest != null) {
                latest.run();
            }
        }
    }

    /**
     * The add form's edit of one recorded voice or action: which one is loaded, and what the form
     * held before, given back when the edit ends (saved or cancelled).
     */
    private final class FormEdit<R, D> {
        private final ReadOnlyObjectWrapper<R> record = new ReadOnlyObjectWrapper<>();
        private final ToLongFunction<R> id;
        private final Supplier<D> capture;
        private final Consumer<R> load;
        private final Consumer<D> restore;
        private D draft;

        FormEdit(ToLongFunction<R> id, Supplier<D> capture, Consumer<R> load, Consumer<D> restore) {
            this.id = id;
            this.capture = capture;
            this.load = load;
            this.restore = restore;
        }

        void begin(R recorded) {
            if (!editable.get() || recorded == null || currentItem.get() == null) {
                return;
            }
            if (record.get() == null) {
                draft = capture.get();
            }
            record.set(recorded);
            load.accept(recorded);
            formMessage.set("");
        }

        void end() {
            D before = draft;
            draft = null;
            record.set(null);
            restore.accept(before);
            formMessage.set("");
        }

        void cancel() {
            if (record.get() != null) {
                end();
            }
        }

        void cancelIfEditing(R recorded) {
            if (record.get() != null && id.applyAsLong(record.get()) == id.applyAsLong(recorded)) {
                end();
            }
        }

        void cancelUnlessIn(List<R> shown) {
            R edited = record.get();
            if (edited != null && shown.stream().noneMatch(r -> id.applyAsLong(r) == id.applyAsLong(edited))) {
                end();
            }
        }

        R record() {
            return record.get();
        }

        ReadOnlyObjectProperty<R> property() {
            return record.getReadOnlyProperty();
        }
    }

    // --- helpers -----------------------------------------------------------------------------------

    static String messageOf(Throwable error) {
        if (error instanceof InvalidInputException) {
            return error.getMessage();
        }
        return tr("review.error.unexpected");
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    static String size(long bytes) {
        if (bytes < 1024) {
            return tr("review.evidence.bytes", bytes);
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.UK, "%.0f KB", bytes / 1024.0);
        }
        return String.format(Locale.UK, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    // --- properties --------------------------------------------------------------------------------

    public UUID reviewId() { return reviewId; }
    public ReadOnlyObjectProperty<Review> reviewProperty() { return review.getReadOnlyProperty(); }
    public Review getReview() { return review.get(); }
    public ReadOnlyObjectProperty<Completeness> completenessProperty() { return completeness.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Outcome> outcomeProperty() { return outcome.getReadOnlyProperty(); }
    public ObservableList<SidebarEntry> sidebar() { return sidebar; }
    public List<Item> items() { return List.copyOf(items); }
    public ReadOnlyIntegerProperty currentIndexProperty() { return currentIndex.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Item> currentItemProperty() { return currentItem.getReadOnlyProperty(); }
    public Item getCurrentItem() { return currentItem.get(); }
    public ReadOnlyObjectProperty<Section> currentSectionProperty() { return currentSection.getReadOnlyProperty(); }
    /** The section without items being shown in place of an item, or null while an item is shown. */
    public ReadOnlyObjectProperty<Section> shownSectionProperty() { return shownSection.getReadOnlyProperty(); }
    public Section getShownSection() { return shownSection.get(); }
    public ReadOnlyIntegerProperty refreshCountProperty() { return refreshCount.getReadOnlyProperty(); }
    public ReadOnlyStringProperty schoolNameProperty() { return schoolName.getReadOnlyProperty(); }
    public ReadOnlyStringProperty charterLabelProperty() { return charterLabel.getReadOnlyProperty(); }
    public ReadOnlyStringProperty visitLabelProperty() { return visitLabel.getReadOnlyProperty(); }
    public ReadOnlyStringProperty statusLabelProperty() { return statusLabel.getReadOnlyProperty(); }
    public ReadOnlyStringProperty completenessLabelProperty() { return completenessLabel.getReadOnlyProperty(); }
    public ReadOnlyStringProperty finalisedBannerProperty() { return finalisedBanner.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty editableProperty() { return editable.getReadOnlyProperty(); }
    public boolean isEditable() { return editable.get(); }
    public ReadOnlyBooleanProperty finalisedProperty() { return finalised.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<SaveState> saveStateProperty() { return saveState.getReadOnlyProperty(); }
    public SaveState getSaveState() { return saveState.get(); }
    public ReadOnlyStringProperty saveMessageProperty() { return saveMessage.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<String> levelProperty() { return level.getReadOnlyProperty(); }
    public String getLevel() { return level.get(); }
    public ReadOnlyBooleanProperty flaggedProperty() { return flagged.getReadOnlyProperty(); }
    public StringProperty noteTextProperty() { return noteText; }
    public BooleanProperty noteInternalProperty() { return noteInternal; }
    public ObservableList<Voice> voices() { return voices; }
    public ObservableList<FollowUpAction> actions() { return actions; }
    public ObservableList<EvidenceFile> itemEvidence() { return itemEvidence; }
    public ObservableList<EvidenceFile> linkableEvidence() { return linkableEvidence; }
    public StringProperty voiceRoleProperty() { return voiceRole; }
    public StringProperty voiceSaidProperty() { return voiceSaid; }
    public BooleanProperty voiceConsentProperty() { return voiceConsent; }
    public StringProperty actionWhatProperty() { return actionWhat; }
    public StringProperty actionOwnerProperty() { return actionOwner; }
    public ObjectProperty<LocalDate> actionDueProperty() { return actionDue; }
    public ReadOnlyStringProperty formMessageProperty() { return formMessage.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Voice> editingVoiceProperty() { return voiceEdit.property(); }
    public Voice getEditingVoice() { return voiceEdit.record(); }
    public ReadOnlyObjectProperty<FollowUpAction> editingActionProperty() { return actionEdit.property(); }
    public FollowUpAction getEditingAction() { return actionEdit.record(); }
    public ReadOnlyStringProperty outcomeHeadlineProperty() { return outcomeHeadline.getReadOnlyProperty(); }
    public ObservableList<String> findings() { return findings; }
    public ObjectProperty<Decision> decisionProperty() { return decision; }
    public StringProperty summaryProperty() { return summary; }
    public StringProperty overrideReasonProperty() { return overrideReason; }
    public ReadOnlyBooleanProperty overrideNeededProperty() { return overrideNeeded.getReadOnlyProperty(); }
    public ReadOnlyStringProperty decisionHintProperty() { return decisionHint.getReadOnlyProperty(); }
    public StringProperty signNameProperty() { return signName; }
    public StringProperty signRoleProperty() { return signRole; }
    public StringProperty signOrganisationProperty() { return signOrganisation; }
    public ObjectProperty<LocalDate> signDateProperty() { return signDate; }
    public BooleanProperty signConsentProperty() { return signConsent; }
    public ReadOnlyStringProperty signatoryHintProperty() { return signatoryHint.getReadOnlyProperty(); }
    public ObservableList<String> revisions() { return revisions; }
    public ObservableList<String> auditTrail() { return auditTrail; }
}
