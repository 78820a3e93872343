package org.charterreviewer.ui.reviews;

import static org.charterreviewer.i18n.Messages.tr;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.charterreviewer.review.NewReview;
import org.charterreviewer.review.Participant;
import org.charterreviewer.review.Review;
import org.charterreviewer.school.School;
import org.charterreviewer.school.SchoolDraft;
import org.charterreviewer.ui.common.BackgroundTask;
import org.charterreviewer.ui.common.Navigator;
import org.charterreviewer.ui.common.TaskExecutor;

/**
 * The New review dialog: the school (searched as the officer types), the charter version to pin,
 * the visit date, the officers and who took part by role. When the register has no school yet, a
 * school can be added by hand here. Starting the review runs off the FX thread and then opens it.
 */
public final class NewReviewViewModel {

    static final int SEARCH_LIMIT = 50;

    private final ReviewsServices services;
    private final TaskExecutor tasks;
    private final Navigator navigator;
    private final Runnable onStarted;

    private final StringProperty schoolSearch = new SimpleStringProperty("");
    private final ObservableList<School> schoolResults = FXCollections.observableArrayList();
    private final ObjectProperty<School> school = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper registerEmpty = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper searchMessage = new ReadOnlyStringWrapper("");
    private final StringProperty newSchoolName = new SimpleStringProperty("");
    private final StringProperty newSchoolUrn = new SimpleStringProperty("");

    private final ObservableList<CharterOption> charters = FXCollections.observableArrayList();
    private final ObjectProperty<CharterOption> charter = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> visitDate = new SimpleObjectProperty<>();
    private final StringProperty officers = new SimpleStringProperty("");
    private final ObservableList<ParticipantDraft> participants = FXCollections.observableArrayList();
    private final ObservableList<String> roles = FXCollections.observableArrayList();

    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private int searchGeneration;

    NewReviewViewModel(ReviewsServices services, TaskExecutor tasks, Navigator navigator, Runnable onStarted) {
        this.services = services;
        this.tasks = tasks;
        this.navigator = navigator;
        this.onStarted = onStarted;
        visitDate.set(LocalDate.now(services.clock()));
        for (String role : new String[] {"headTeacher", "senco", "governors", "pupils", "parentCarers",
                "teachingStaff", "supportStaff", "other"}) {
            roles.add(tr("reviews.role." + role));
        }
        participants.add(new ParticipantDraft(roles.get(0), ""));
        schoolSearch.addListener((o, before, after) -> search());
    }

    // --- properties ----------------------------------------------------------------------------------

    public StringProperty schoolSearchProperty() {
        return schoolSearch;
    }

    /** Schools matching the search, by name (at most {@value #SEARCH_LIMIT}). */
    public ObservableList<School> schoolResults() {
        return schoolResults;
    }

    public ObjectProperty<School> schoolProperty() {
        return school;
    }

    /** True when the register has no school at all: the dialog then offers to add one by hand. */
    public ReadOnlyBooleanProperty registerEmptyProperty() {
        return registerEmpty.getReadOnlyProperty();
    }

    /** Under the results: "No school matches …", "Showing the first 50 …", or nothing. */
    public ReadOnlyStringProperty searchMessageProperty() {
        return searchMessage.getReadOnlyProperty();
    }

    public StringProperty newSchoolNameProperty() {
        return newSchoolName;
    }

    public StringProperty newSchoolUrnProperty() {
        return newSchoolUrn;
    }

    /** Every charter version in the library, newest version first within each charter. */
    public ObservableList<CharterOption> charters() {
        return charters;
    }

    public ObjectProperty<CharterOption> charterProperty() {
        return charter;
    }

    public ObjectProperty<LocalDate> visitDateProperty() {
        return visitDate;
    }

    /** Officers' names, separated by commas. */
    public StringProperty officersProperty() {
        return officers;
    }

    public ObservableList<ParticipantDraft> participants() {
        return participants;
    }

    /** The usual roles, offered in each participant's role box (any other text is allowed). */
    public ObservableList<String> roles() {
        return roles;
    }

    /** What is wrong, in plain words, one problem a line; empty when nothing is. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public String getProblem() {
        return problem.get();
    }

    /** True while the review is being started or a school added: the dialog's buttons wait. */
    public BooleanProperty busyProperty() {
        return busy;
    }

    // --- loading and searching -----------------------------------------------------------------------

    /** Reads the charters and the first schools; called when the dialog opens. */
    public void load() {
        tasks.execute(BackgroundTask.of(tr("reviews.task.loadingNew"), monitor ->
                services.charters().all()).notCancellable().onSuccess(found -> {
                    charters.setAll(found.stream().map(CharterOption::of).toList());
                    if (charter.get() == null && charters.size() == 1) {
                        charter.set(charters.get(0));
                    }
                    if (charters.isEmpty()) {
                        problem.set(tr("reviews.new.problem.noCharters"));
                    }
                }).onFailure(error -> problem.set(ReviewsViewModel.messageOf(error))));
        search();
    }

    private record Found(List<School> schools, int matching, boolean registerEmpty) {
    }

    /** Searches the register for the text typed so far; a slower earlier answer is dropped. */
    public void search() {
        int current = ++searchGeneration;
        String text = schoolSearch.get() == null ? "" : schoolSearch.get();
        tasks.execute(BackgroundTask.of(tr("reviews.task.searchingSchools"), monitor -> {
            List<School> schools = services.schools().search(text, false, SEARCH_LIMIT);
            int matching = schools.size() < SEARCH_LIMIT ? schools.size() : services.schools().countMatching(text, false);
            return new Found(schools, matching, schools.isEmpty() && services.schools().count() == 0);
        }).notCancellable().onSuccess(found -> {
            if (current == searchGeneration) {
                showSchools(found, text);
            }
        }).onFailure(error -> problem.set(ReviewsViewModel.messageOf(error))));
    }

    private void showSchools(Found found, String text) {
        School chosen = school.get();
        schoolResults.setAll(found.schools());
        registerEmpty.set(found.registerEmpty());
        if (chosen != null && found.schools().stream().anyMatch(s -> s.id() == chosen.id())) {
            school.set(found.schools().stream().filter(s -> s.id() == chosen.id()).findFirst().orElseThrow());
        } else {
            // The first match is what the officer most likely meant; the list shows it selected.
            school.set(found.schools().isEmpty() ? null : found.schools().get(0));
        }
        if (found.registerEmpty()) {
            searchMessage.set(tr("reviews.new.registerEmpty"));
        } else if (found.schools().isEmpty()) {
            searchMessage.set(tr("reviews.new.noSchoolMatches", text.strip()));
        } else if (found.matching() > found.schools().size()) {
            searchMessage.set(tr("reviews.new.moreSchools", found.schools().size(), found.matching()));
        } else {
            searchMessage.set("");
        }
    }

    /** Adds the school typed into the "add by hand" fields and chooses it. */
    public void addSchoolByHand() {
        SchoolDraft draft = new SchoolDraft(newSchoolUrn.get(), newSchoolName.get(), null, null, null, null, null,
                null, null, null, null, null, null, null, null);
        if (!draft.problems().isEmpty()) {
            problem.set(String.join("\n", draft.problems().values()));
            return;
        }
        busy.set(true);
        tasks.execute(BackgroundTask.of(tr("reviews.task.addingSchool"), monitor -> services.schools().add(draft))
                .notCancellable().onSuccess(added -> {
                    busy.set(false);
                    problem.set("");
                    newSchoolName.set("");
                    newSchoolUrn.set("");
                    registerEmpty.set(false);
                    searchMessage.set(tr("reviews.new.schoolAdded", added.name()));
                    schoolResults.setAll(List.of(added));
                    school.set(added);
                }).onFailure(error -> {
                    busy.set(false);
                    problem.set(ReviewsViewModel.messageOf(error));
                }));
    }

    // --- participants --------------------------------------------------------------------------------

    /** Adds an empty "who took part" row and returns it (the view focuses its role box). */
    public ParticipantDraft addParticipant() {
        ParticipantDraft draft = new ParticipantDraft("", "");
        participants.add(draft);
        return draft;
    }

    public void removeParticipant(ParticipantDraft draft) {
        participants.remove(draft);
    }

    // --- validation and starting ---------------------------------------------------------------------

    /** Every reason the review cannot start yet, in plain words, in the order of the form. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (school.get() == null) {
            problems.add(tr("reviews.new.problem.school"));
        }
        if (charter.get() == null) {
            problems.add(tr("reviews.new.problem.charter"));
        }
        if (visitDate.get() == null) {
            problems.add(tr("reviews.new.problem.visitDate"));
        }
        if (officerNames().isEmpty()) {
            problems.add(tr("reviews.new.problem.officers"));
        }
        List<ParticipantDraft> filled = participants.stream().filter(p -> !p.isBlank()).toList();
        if (filled.isEmpty()) {
            problems.add(tr("reviews.new.problem.participants"));
        }
        for (int i = 0; i < participants.size(); i++) {
            ParticipantDraft row = participants.get(i);
            if (!row.isBlank() && ParticipantDraft.isBlank(row.getRole())) {
                problems.add(tr("reviews.new.problem.participantRole", i + 1));
            }
        }
        return problems;
    }

    /** The officers typed, split at commas, semicolons or new lines. */
    List<String> officerNames() {
        String text = officers.get() == null ? "" : officers.get();
        return Arrays.stream(text.split("[,;\\n]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** The request the form describes (call only when {@link #problems()} is empty). */
    NewReview request() {
        List<Participant> who = participants.stream().filter(p -> !p.isBlank()).map(ParticipantDraft::toParticipant)
                .toList();
        CharterOption chosen = charter.get();
        return new NewReview(school.get().id(), chosen.id(), chosen.version(), visitDate.get(), officerNames(), who);
    }

    /**
     * Checks the form; if it is complete, starts the review in the background, then calls
     * {@code close} (the dialog goes), refreshes the list and opens the review. Returns false, with
     * {@link #problemProperty()} saying why, when the form is incomplete.
     */
    public boolean start(Runnable close) {
        List<String> problems = problems();
        if (!problems.isEmpty()) {
            problem.set(String.join("\n", problems));
            return false;
        }
        problem.set("");
        NewReview request = request();
        busy.set(true);
        tasks.execute(BackgroundTask.of(tr("reviews.task.starting"), monitor -> services.reviews().start(request))
                .notCancellable().onSuccess((Review review) -> {
                    busy.set(false);
                    close.run();
                    onStarted.run();
                    navigator.openReview(review.id());
                }).onFailure(error -> {
                    busy.set(false);
                    problem.set(ReviewsViewModel.messageOf(error));
                }));
        return true;
    }

    /** A school as the results list shows it: name, URN and town. */
    public static String schoolText(School school) {
        if (school == null) {
            return "";
        }
        StringBuilder text = new StringBuilder(school.name());
        if (school.urn() != null) {
            text.append("  ·  ").append(tr("reviews.new.urn", school.urn()));
        }
        if (school.town() != null) {
            text.append("  ·  ").append(school.town());
        }
        return text.toString();
    }
}
