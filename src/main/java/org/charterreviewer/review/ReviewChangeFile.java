package org.charterreviewer.review;

import static org.charterreviewer.i18n.Messages.tr;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.charterreviewer.InvalidInputException;
import org.charterreviewer.i18n.UkDates;

/**
 * Reads a file of review changes (a JSON list, each change an object whose {@code "type"} says
 * which), as {@code review apply} takes them; the format is in {@code docs/review-format.md}.
 * Read strictly: an unknown field or type is refused with FILE:LINE:COLUMN, like the review
 * reader. The changes are the window's own {@link ReviewChange} records; ids of new notes,
 * voices and actions follow the review's own numbers.
 */
public final class ReviewChangeFile {

    private final ObjectReader reader;

    public ReviewChangeFile(ObjectMapper mapper) {
        this.reader = mapper.readerFor(new TypeReference<List<Entry>>() { });
    }

    /**
     * The changes in {@code file}, made for {@code review} (the revision they will be applied to);
     * a pledge signed without a date is signed {@code today}.
     */
    public List<ReviewChange> read(Path file, Review review, LocalDate today) {
        String label = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        List<Entry> entries;
        try {
            entries = reader.readValue(Files.readAllBytes(file));
        } catch (InvalidTypeIdException e) {
            throw new ReviewFileException(List.of(locate(label, e) + tr("changeFile.unknownType", e.getTypeId(),
                    String.join(", ", TYPES))));
        } catch (JsonProcessingException e) {
            throw new ReviewFileException(List.of(locate(label, e) + ReviewJsonReader.describe(e)));
        } catch (IOException e) {
            throw new ReviewFileException(List.of(tr("changeFile.unreadable", label)));
        }
        if (entries == null || entries.isEmpty()) {
            throw new ReviewFileException(List.of(label + ": " + tr("changeFile.empty")));
        }
        Ids ids = new Ids(review, today);
        List<ReviewChange> changes = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            try {
                changes.add(entries.get(i).toChange(ids));
            } catch (InvalidInputException e) {
                throw new ReviewFileException(List.of(label + ": " + tr("changeFile.atChange", i + 1, e.getMessage())));
            }
        }
        return changes;
    }

    private static String locate(String label, JsonProcessingException e) {
        var location = e.getLocation();
        return location == null || location.getLineNr() < 1 ? label + ": "
                : label + ":" + location.getLineNr() + ":" + location.getColumnNr() + ": ";
    }

    /** The next number for each kind of new entry, counting on from the review's own. */
    static final class Ids {
        private long note;
        private long voice;
        private long action;
        private final LocalDate today;

        Ids(Review review, LocalDate today) {
            this.today = today;
            note = ReviewChanges.nextNoteId(review);
            voice = ReviewChanges.nextVoiceId(review);
            action = ReviewChanges.nextActionId(review);
        }
    }

    static final List<String> TYPES = List.of("visit", "participants", "judge", "flag", "note", "voice", "action",
            "action-done", "voice-edit", "voice-remove", "action-edit", "action-remove", "link-evidence",
            "unlink-evidence", "caption", "evidence-internal", "decide", "sign-pledge", "finalise", "amend");

    /** One change as written in the file. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = Visit.class, name = "visit"),
        @JsonSubTypes.Type(value = Participants.class, name = "participants"),
        @JsonSubTypes.Type(value = Judge.class, name = "judge"),
        @JsonSubTypes.Type(value = Flag.class, name = "flag"),
        @JsonSubTypes.Type(value = Note.class, name = "note"),
        @JsonSubTypes.Type(value = Voice.class, name = "voice"),
        @JsonSubTypes.Type(value = Action.class, name = "action"),
        @JsonSubTypes.Type(value = ActionDone.class, name = "action-done"),
        @JsonSubTypes.Type(value = VoiceEdit.class, name = "voice-edit"),
        @JsonSubTypes.Type(value = VoiceRemove.class, name = "voice-remove"),
        @JsonSubTypes.Type(value = ActionEdit.class, name = "action-edit"),
        @JsonSubTypes.Type(value = ActionRemove.class, name = "action-remove"),
        @JsonSubTypes.Type(value = LinkEvidence.class, name = "link-evidence"),
        @JsonSubTypes.Type(value = UnlinkEvidence.class, name = "unlink-evidence"),
        @JsonSubTypes.Type(value = Caption.class, name = "caption"),
        @JsonSubTypes.Type(value = EvidenceInternal.class, name = "evidence-internal"),
        @JsonSubTypes.Type(value = Decide.class, name = "decide"),
        @JsonSubTypes.Type(value = SignPledge.class, name = "sign-pledge"),
        @JsonSubTypes.Type(value = Finalise.class, name = "finalise"),
        @JsonSubTypes.Type(value = Amend.class, name = "amend")
    })
    sealed interface Entry {
        ReviewChange toChange(Ids ids);
    }

    record Visit(@JsonProperty(required = true) String date, List<String> officers) implements Entry {
        @Override
        public ReviewChange toChange(Ids ids) {
            return new ReviewChange.SetVisit(parseDate(date, "date"), officers == null ? List.of() : officers);
        }
    }

    record ParticipantEntry(@JsonProperty(required = true) String role, String description) {
    }

    record Participants(@JsonProperty(required = true) List<ParticipantEntry> participants) implements Entry {
        @Override
        public ReviewChange toChange(Ids ids) {
            return new ReviewChange.SetParticipants(participants.stream()
                    .map(p -> new Participant(p.role(), p.description())).toList());
        }
    }

    record Judge(@JsonProperty(required = true) String item, String level) implements Entry {
        @Override
        public ReviewChange toChange(Ids ids) {
            return new ReviewChange.Judge(item, level);
        }
    }

    record Flag(@JsonProperty(required = true) String item, Boolean flagged) implements Entry {
        @Override
        public ReviewChange toChange(Ids ids) {
            return new ReviewChange.Flag(item, flagged == null || flagged);
        }
    }

    /** With an item: that item's one note; without: a new note about the whole review. */
    record Note(String item, @JsonProperty(required = true) String text, Boolean internal) implements Entry {
        @Override
        public ReviewChange toChange(Ids ids) {
            // Absent means false, as docs/review-format.md says (a primitive made the strict reader refuse it).
            boolean kept = Boolean.TRUE.equals(internal);
            return item == null ? new ReviewChange.AddReviewNote(ids.note++, text, kept)
                    : new ReviewChange.SetItemNote(item, text, kept);
        }
    }

    record Voice(String item, @JsonProperty(required = true) String role, @JsonProperty(required = true) String said,
            Boolean consentToShare) implements Entry {
        @Override
        public ReviewChange toChange(Ids ids) {
            return new ReviewChange.AddVoice(ids.voice++, item, role, said, Boolean.TRUE.equals(consentToShare));
        }
    }

    record Action(String item, @JsonProperty(required = true) String what, @JsonProperty(required = true) String owner,
            String due) implements Entry {
        @Override
        public ReviewChange toChange(Ids ids) {
            return new ReviewChange.AddAction(ids.action++, item, what, owner, due == null ? null : parseDate(due, "due"));
        }
    }

    record ActionDone(@JsonProperty(required = true) Long action, Boolean done) implements Entry {
        @Override
        public ReviewChange toChange(Ids ids) {
            return new ReviewChange.SetActionDone(action, done == null || done);
        }
    }

    /** Rewrites a recorded voice (its number in {@code review show}); consent is always said again. */
    record VoiceEdit(@JsonProperty(required = true) Long voice, @JsonProperty(required = true) String role,
            @JsonProperty(required = true) String said, @JsonProperty(required = true) Boolean consentToShare)
            implements Entry {
        @Override
        public ReviewChange toChange(Ids ids) {
            return new ReviewChange.UpdateVoice(voice, role, said, consentToShare);
        }
    }

    record VoiceRemove(@JsonProperty(required = true) Long voice) implements Entry {
        @Override
        public ReviewChange toChange(Ids ids) {
            return new ReviewChange.RemoveVoice(voice);
        }
    }

    /** Rewrites a follow-up action (its number in {@code review show}); no {@code due} clears the date. */
    record ActionEdit(@JsonProperty(required = true) Long action, @JsonProperty(required = true) String what,
            @JsonProperty(required = true) String owner, String due) implements Entry {
        @Override
        public ReviewChange toChange(Ids ids) {
            return new ReviewChange.UpdateAction(action, what, owner, due == null ? null : parseDate(due, "due"));
        }
    }

    record ActionRemove(@JsonProperty(required = true) Long action) implements Entry {
        @Override
        public ReviewChange toChange(Ids ids) {
            return new ReviewChange.RemoveAction(action);
        }
    }

    record LinkEvidence(@JsonProperty(required = true) Long evidence, @JsonProperty(required = true) String item)
            implements Entry {
        @Override
        public ReviewChange toChange(Ids ids) {
            return new ReviewChange.LinkEvidence(evidence, item);
        }
    }

    record UnlinkEvidence(@JsonProperty(required = true) Long evidence, @JsonProperty(required = true) String item)
            implements Entry {
        @Override
        public ReviewChange toChange(Ids ids) {
            return new ReviewChange.UnlinkEvidence(evidence, item);
        }
    }

    record Caption(@JsonProperty(required = true) Long evidence, String caption) implements Entry {
        @Override
        public ReviewChange toChange(Ids ids) {
            return new ReviewChange.SetCaption(evidence, caption);
        }
    }

    record EvidenceInternal(@JsonProperty(required = true) Long evidence, Boolean internal) implements Entry {
        @Override
        public ReviewChange toChange(Ids ids) {
            return new ReviewChange.SetEvidenceInternal(evidence, internal == null || internal);
        }
    }

    record Decide(@JsonProperty(required = true) String decision, String summary, String overrideReason)
            implements Entry {
        @Override
        public ReviewChange toChange(Ids ids) {
            return new ReviewChange.RecordDecision(Decision.parse(decision), summary, overrideReason);
        }
    }

    /** The signatory of a pledge; signed today unless {@code signedOn} says otherwise. */
    record SignPledge(@JsonProperty(required = true) String name, @JsonProperty(required = true) String role,
            @JsonProperty(required = true) String organisation, String signedOn, Boolean consentToPublish)
            implements Entry {
        @Override
        public ReviewChange toChange(Ids ids) {
            return new ReviewChange.RecordSignatory(new PledgeSignatory(name, role, organisation,
                    signedOn == null ? ids.today : parseDate(signedOn, "signedOn"),
                    Boolean.TRUE.equals(consentToPublish)));
        }
    }

    record Finalise() implements Entry {
        @Override
        public ReviewChange toChange(Ids ids) {
            return new ReviewChange.Finalise();
        }
    }

    record Amend(@JsonProperty(required = true) String reason) implements Entry {
        @Override
        public ReviewChange toChange(Ids ids) {
            return new ReviewChange.Amend(reason);
        }
    }

    private static LocalDate parseDate(String text, String field) {
        return UkDates.parse(text).orElseThrow(() -> new InvalidInputException(tr("changeFile.badDate", text, field)));
    }
}
