package org.charterreviewer.school;

import org.charterreviewer.school.store.SchoolStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.charterreviewer.InvalidInputException;
import org.charterreviewer.audit.store.AuditLogStore;
import org.charterreviewer.i18n.Messages;
import org.charterreviewer.progress.ProgressMonitor;
import org.charterreviewer.storage.Database;
import org.charterreviewer.storage.Transactions;

/**
 * The register of schools and settings: add, edit, archive, search, a school's reviews, and the
 * GIAS import. Every change is written with its audit entry in one transaction.
 */
public final class SchoolRegister {

    static final String ENTITY = "school";

    private final Transactions transactions;
    private final SchoolStore store;
    private final AuditLogStore auditLog;
    private final Clock clock;
    private final Supplier<String> actor;
    private final GiasImporter importer;

    public SchoolRegister(Database database, AuditLogStore auditLog, Clock clock, Supplier<String> actor) {
        this.transactions = Transactions.on(database);
        this.store = new SchoolStore(database);
        this.auditLog = auditLog;
        this.clock = clock;
        this.actor = actor;
        this.importer = new GiasImporter(transactions, store, auditLog, clock, actor);
    }

    /** Adds a school after checking it; a URN already in the register is refused. */
    public School add(SchoolDraft draft) {
        SchoolDraft valid = draft.validated();
        long id = transactions.write(tx -> {
            refuseTakenUrn(valid.urn(), null);
            long newId = store.insert(tx, valid, now());
            auditLog.append(tx, actor.get(), "SCHOOL_ADDED", ENTITY, Long.toString(newId), null);
            return newId;
        });
        return get(id);
    }

    /** Every school that has a URN, by URN, in one read (team sync compares the council's register with it). */
    public java.util.Map<String, School> byUrn() {
        return transactions.read(store::allWithUrn);
    }

    /**
     * Adds {@code added} and changes {@code changed} (by school id) in one transaction, as batches, with
     * one audit entry naming {@code source}: a page of the council's register costs one commit, not
     * one per school. Every draft is checked first; none is written unless all are valid.
     */
    public void addAndUpdate(List<SchoolDraft> added, java.util.Map<Long, SchoolDraft> changed, String source) {
        if (added.isEmpty() && changed.isEmpty()) {
            return;
        }
        List<SchoolDraft> validAdded = added.stream().map(SchoolDraft::validated).toList();
        java.util.Map<Long, SchoolDraft> validChanged = new java.util.LinkedHashMap<>();
        changed.forEach((id, draft) -> validChanged.put(id, draft.validated()));
        transactions.run(tx -> {
            store.insertAll(tx, validAdded, now());
            store.updateAll(tx, validChanged, now());
            auditLog.append(tx, actor.get(), "SCHOOLS_SYNCED", ENTITY, source,
                    validAdded.size() + " added, " + validChanged.size() + " changed");
        });
    }

    public School update(long id, SchoolDraft draft) {
        get(id);
        SchoolDraft valid = draft.validated();
        transactions.run(tx -> {
            refuseTakenUrn(valid.urn(), id);
            store.update(tx, id, valid, now());
            auditLog.append(tx, actor.get(), "SCHOOL_EDITED", ENTITY, Long.toString(id), null);
        });
        return get(id);
    }

    /** Hides a school from the list and from new reviews; its reviews stay as they are. */
    public School archive(long id) {
        return setArchived(id, true);
    }

    public School unarchive(long id) {
        return setArchived(id, false);
    }

    private School setArchived(long id, boolean archived) {
        get(id);
        transactions.run(tx -> {
            store.setArchived(tx, id, archived, now());
            auditLog.append(tx, actor.get(), archived ? "SCHOOL_ARCHIVED" : "SCHOOL_UNARCHIVED", ENTITY,
                    Long.toString(id), null);
        });
        return get(id);
    }

    public Optional<School> find(long id) {
        return store.find(id);
    }

    public Optional<School> findByUrn(String urn) {
        return store.findByUrn(urn == null ? "" : urn.strip());
    }

    /** The school with this id, or an {@link InvalidInputException} saying there is none. */
    public School get(long id) {
        return store.find(id).orElseThrow(() -> new InvalidInputException(Messages.tr("school.notFound", id)));
    }

    /** A school named by URN or, failing that, by id (as typed on the command line). */
    public School getByUrnOrId(String reference) {
        String text = reference == null ? "" : reference.strip();
        Optional<School> byUrn = store.findByUrn(text);
        if (byUrn.isPresent()) {
            return byUrn.get();
        }
        try {
            return store.find(Long.parseLong(text)).orElseThrow();
        } catch (RuntimeException e) {
            throw new InvalidInputException(Messages.tr("school.notFoundReference", text));
        }
    }

    /**
     * Schools whose name, URN, postcode (spaces ignored) or town contain every word of {@code text},
     * ignoring case and accents, by name; at most {@code limit}. Empty text lists every school.
     */
    public List<School> search(String text, boolean includeArchived, int limit) {
        return store.search(text, includeArchived, limit);
    }

    public int countMatching(String text, boolean includeArchived) {
        return store.countMatching(text, includeArchived);
    }

    /** How many schools are in the register (archived ones too). */
    public int count() {
        return store.count(true);
    }

    public List<SchoolReview> reviewsOf(long schoolId) {
        return store.reviewsOf(schoolId);
    }

    /** Imports a GIAS establishment file; see {@link GiasImporter}. */
    public GiasImportResult importGias(Path file, GiasImportOptions options, ProgressMonitor monitor) {
        return importer.importFile(file, options, monitor);
    }

    private void refuseTakenUrn(String urn, Long exceptId) {
        if (urn == null) {
            return;
        }
        store.findByUrn(urn).filter(other -> exceptId == null || other.id() != exceptId).ifPresent(other -> {
            throw new UrnTakenException(Messages.tr("school.urnTaken", urn, other.name()));
        });
    }

    /** The school an import settled on, and whether it was added for it. */
    public record Match(long schoolId, boolean created) {
    }

    /**
     * The school a review or bundle being imported names: the one with its URN, else the only one with
     * exactly its name, else it is added (with its search key, so school search finds it). Works in the
     * import's unit of work, so the school and the review are stored all or nothing.
     */
    public Match matchOrAdd(org.charterreviewer.storage.Tx tx, SchoolDraft draft) {
        SchoolStore.SchoolMatch match = store.matchOrInsert(tx, draft, now());
        return new Match(match.schoolId(), match.created());
    }

    private OffsetDateTime now() {
        return Instant.now(clock).atOffset(ZoneOffset.UTC);
    }
}
