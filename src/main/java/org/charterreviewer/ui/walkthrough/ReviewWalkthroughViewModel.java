package org.charterreviewer.ui.walkthrough;

import java.util.UUID;
import org.charterreviewer.ui.common.DialogService;
import org.charterreviewer.ui.common.Navigator;
import org.charterreviewer.ui.common.TaskExecutor;
import org.charterreviewer.ui.common.TypingPause;

/**
 * The walkthrough of one review, put together: the session that holds and writes the review, where
 * the officer is, and one view model per pane. Opening, leaving and closing the screen live here.
 */
public final class ReviewWalkthroughViewModel {

    private final ReviewSession session;
    private final WalkthroughNavigation navigation;
    private final Navigator navigator;
    private final HeaderViewModel header;
    private final SidebarViewModel sidebar;
    private final ItemViewModel item;
    private final NoteViewModel note;
    private final VoicesViewModel voices;
    private final ActionsViewModel actions;
    private final EvidenceViewModel evidence;
    private final OutcomeViewModel outcome;
    private final SignatoriesViewModel signatories;
    private final HistoryViewModel history;
    private boolean closed;

    /**
     * @param tasks runs background work shown in the status bar (attaching, opening, removing files)
     * @param quiet runs background work not worth showing there (every write, thumbnails, history)
     */
    public ReviewWalkthroughViewModel(UUID reviewId, WalkthroughServices services, TaskExecutor tasks,
            TaskExecutor quiet, DialogService dialogs, Navigator navigator, TypingPause pause) {
        this.navigator = navigator;
        this.session = new ReviewSession(reviewId, services.editor(), services.charters(), quiet, dialogs, pause,
                services.clock(), services.actor());
        this.navigation = new WalkthroughNavigation(session, services.places());
        this.header = new HeaderViewModel(session, this::back);
        this.sidebar = new SidebarViewModel(session, navigation);
        this.item = new ItemViewModel(session, navigation);
        this.note = new NoteViewModel(session, navigation);
        this.voices = new VoicesViewModel(session, navigation);
        this.actions = new ActionsViewModel(session, navigation);
        this.evidence = new EvidenceViewModel(session, navigation, services.attacher(), services.evidence(),
                services.eraser(), tasks, dialogs, new EvidenceOnCouncil(session, services.pending(), quiet));
        this.signatories = new SignatoriesViewModel(session);
        this.outcome = new OutcomeViewModel(session, dialogs,
                () -> voices.getEditing() != null || actions.getEditing() != null
                        || signatories.getEditing() != null);
        this.history = new HistoryViewModel(session, services.history(), quiet);
    }

    /** Reads the review in the background and shows the item where the officer left off. */
    public void open(Runnable opened) {
        session.open(() -> {
            navigation.goToStart();
            opened.run();
        });
    }

    /** Back to the list of reviews, after writing whatever is still being typed. */
    public void back() {
        close();
        navigator.showReviews();
    }

    /** Writes pending text and remembers the place; the writes finish in the background. */
    public void close() {
        if (!closed) {
            closed = true;
            navigation.rememberPlace();
            session.close();
        }
    }

    /** As {@link #close()}, waiting up to {@code millis} for the last writes (the app is exiting). */
    public void closeAndWait(long millis) {
        close();
        session.closeAndWait(millis);
    }

    /** Cancels an edit of a voice, an action or a signatory; true if there was one. */
    public boolean cancelEdits() {
        boolean editing = voices.getEditing() != null || actions.getEditing() != null
                || signatories.getEditing() != null;
        voices.cancelEdit();
        actions.cancelEdit();
        signatories.cancelEdit();
        return editing;
    }

    public ReviewSession session() { return session; }
    public WalkthroughNavigation navigation() { return navigation; }
    public HeaderViewModel header() { return header; }
    public SidebarViewModel sidebar() { return sidebar; }
    public ItemViewModel item() { return item; }
    public NoteViewModel note() { return note; }
    public VoicesViewModel voices() { return voices; }
    public ActionsViewModel actions() { return actions; }
    public EvidenceViewModel evidence() { return evidence; }
    public OutcomeViewModel outcome() { return outcome; }
    public SignatoriesViewModel signatories() { return signatories; }
    public HistoryViewModel history() { return history; }
}
