package org.charterreviewer.charter;

import org.charterreviewer.charter.store.CharterStore;
import static org.charterreviewer.i18n.Messages.tr;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.charterreviewer.InvalidInputException;
import org.charterreviewer.audit.store.AuditLogStore;
import org.charterreviewer.progress.ProgressMonitor;
import org.charterreviewer.storage.Database;
import org.charterreviewer.storage.Transactions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The charter library: validates charter files, imports them all-or-nothing, and hands out the
 * charters reviews are built on. A charter is identified by id + version and never changes once
 * imported, so a review that pins a version and hash always sees the same text.
 */
public final class CharterLibrary implements CharterCatalog {

    private static final Logger LOG = LoggerFactory.getLogger(CharterLibrary.class);

    /** Where the samples sit on the class path, and the index that lists them. */
    static final String SAMPLES_FOLDER = "/sample-charters/";
    static final String SAMPLES_INDEX = SAMPLES_FOLDER + "index.txt";

    private static final String ACTOR = "officer";

    private final Transactions transactions;
    private final Map<String, StoredCharter> found = new ConcurrentHashMap<>();
    private final CharterStore store;
    private final AuditLogStore auditLog;
    private final Clock clock;
    private final CharterReader reader = new CharterReader();
    private final Map<String, Charter> parsedByHash = new ConcurrentHashMap<>();

    public CharterLibrary(Database database, CharterStore store, AuditLogStore auditLog, Clock clock) {
        this.transactions = Transactions.on(database);
        this.store = store;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** Reads a file's exact bytes; a file that cannot be read becomes a problem, not an exception. */
    public static CharterReadResult readFile(CharterReader reader, Path file) {
        String name = file.toString();
        try {
            return reader.read(new CharterSource(name, Files.readAllBytes(file)));
        } catch (IOException e) {
            String reason = Files.exists(file) ? tr("charter.file.unreadable") : tr("charter.file.notFound");
            return new CharterReadResult(name, Optional.empty(), "", "",
                    List.of(new CharterProblem(name, 1, 1, "", reason)));
        }
    }

    /** Checks files without importing anything: one result per file, in the order given. */
    public List<CharterReadResult> validate(List<Path> files) {
        return files.stream().map(file -> readFile(reader, file)).toList();
    }

    /** Validates every file and imports them all in one transaction, or none if any has a problem. */
    public CharterImportResult importFiles(List<Path> files, ProgressMonitor monitor) {
        List<CharterReadResult> results = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            monitor.checkCancelled();
            monitor.progress(i, files.size());
            results.add(readFile(reader, files.get(i)));
        }
        return importResults(results, monitor);
    }

    /** As {@link #importFiles}, for charter text that does not come from files (bundled samples). */
    public CharterImportResult importSources(List<CharterSource> sources, ProgressMonitor monitor) {
        return importResults(sources.stream().map(reader::read).toList(), monitor);
    }

    private CharterImportResult importResults(List<CharterReadResult> results, ProgressMonitor monitor) {
        List<CharterProblem> problems = new ArrayList<>();
        results.forEach(result -> problems.addAll(result.problems()));
        if (!problems.isEmpty()) {
            return new CharterImportResult(List.of(), problems);
        }
        monitor.checkCancelled();
        return guarded(() -> transactions.write(tx -> {
            List<CharterImportResult.Outcome> outcomes = new ArrayList<>();
            List<CharterProblem> conflicts = new ArrayList<>();
            Map<String, CharterReadResult> inThisImport = new HashMap<>();
            Instant now = Instant.now(clock);
            for (CharterReadResult result : results) {
                Charter charter = result.charter().orElseThrow();
                String reference = charter.reference();
                Optional<String> existingHash = store.find(tx, charter.id(), charter.version())
                        .map(CharterStore.Row::contentSha256)
                        .or(() -> Optional.ofNullable(inThisImport.get(reference)).map(CharterReadResult::contentSha256));
                if (existingHash.isPresent()) {
                    if (existingHash.get().equals(result.contentSha256())) {
                        outcomes.add(new CharterImportResult.Outcome(result.file(), reference, charter.title(),
                                CharterImportResult.Status.UNCHANGED));
                    } else {
                        conflicts.add(new CharterProblem(result.file(), 1, 1, "version",
                                tr("charter.import.conflict", charter.id(), charter.version())));
                    }
                    continue;
                }
                store.insert(tx, new CharterStore.Row(charter.id(), charter.version(), result.contentSha256(),
                        charter.title(), charter.issuingBody(), result.jsonText(), now));
                auditLog.append(tx, ACTOR, "charter-imported", "charter", reference,
                        "sha256=" + result.contentSha256());
                inThisImport.put(reference, result);
                outcomes.add(new CharterImportResult.Outcome(result.file(), reference, charter.title(),
                        CharterImportResult.Status.IMPORTED));
            }
            if (!conflicts.isEmpty()) {
                // Roll back whatever this import wrote: it is all or nothing.
                throw new ConflictRollback(conflicts);
            }
            LOG.info("Charter import: {} file(s), {} new", results.size(),
                    outcomes.stream().filter(o -> o.status() == CharterImportResult.Status.IMPORTED).count());
            return new CharterImportResult(outcomes, List.of());
        }));
    }

    /**
     * Imports the sample charters that ship inside the application, as on a first start. Safe to
     * call again: samples already there are left unchanged.
     */
    public CharterImportResult importBundledSamples() {
        List<CharterSource> sources = new ArrayList<>();
        for (String name : bundledSampleNames()) {
            try (InputStream in = CharterLibrary.class.getResourceAsStream(SAMPLES_FOLDER + name)) {
                if (in == null) {
                    throw new IllegalStateException("Bundled sample charter missing: " + name);
                }
                sources.add(new CharterSource(name, in.readAllBytes()));
            } catch (IOException e) {
                throw new IllegalStateException("Cannot read bundled sample charter " + name, e);
            }
        }
        return importSources(sources, ProgressMonitor.NONE);
    }

    /** The file names listed in the bundled samples' index. */
    public static List<String> bundledSampleNames() {
        try (InputStream in = CharterLibrary.class.getResourceAsStream(SAMPLES_INDEX)) {
            if (in == null) {
                return List.of();
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the index of bundled sample charters", e);
        }
    }

    @Override
    public Optional<StoredCharter> find(String id, String version) {
        // A stored version never changes and is never deleted, so it is read and parsed once (a team
        // sync validates thousands of pulled reviews against the same few charters).
        StoredCharter known = found.get(id + "@" + version);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<StoredCharter> stored = store.find(id, version).map(this::toStored);
        stored.ifPresent(c -> found.put(id + "@" + version, c));
        return stored;
    }

    /**
     * Adds a charter that arrived with an imported bundle, in the import's unit of work (so the charter
     * and the review are stored all or nothing), unless this id and version are here already. True
     * when it was added.
     */
    public boolean addFromBundle(org.charterreviewer.storage.Tx tx, StoredCharter charter) {
        Charter c = charter.charter();
        if (store.find(tx, c.id(), c.version()).isPresent()) {
            return false;
        }
        store.insert(tx, new CharterStore.Row(c.id(), c.version(), charter.contentSha256(), c.title(), c.issuingBody(),
                charter.jsonText(), charter.importedAt()));
        auditLog.append(tx, "bundle-import", "charter-imported", "charter", c.reference(),
                "sha256=" + charter.contentSha256() + "; from an evidence bundle");
        return true;
    }

    /** The newest version of a charter (by version number, as people read it). */
    public Optional<StoredCharter> latest(String id) {
        return store.versionsOf(id).stream()
                .max(Comparator.comparing(CharterStore.Row::version, VersionOrder.INSTANCE))
                .map(this::toStored);
    }

    @Override
    public List<StoredCharter> all() {
        return store.all().stream()
                .sorted(Comparator.comparing(CharterStore.Row::id)
                        .thenComparing(CharterStore.Row::version, VersionOrder.INSTANCE.reversed()))
                .map(this::toStored)
                .toList();
    }

    /**
     * The charter named {@code ID} (its newest version) or {@code ID@VERSION}, as typed on the
     * command line. Throws {@link InvalidInputException} with a plain message if there is none.
     */
    public StoredCharter resolve(String reference) {
        String ref = reference.strip();
        int at = ref.lastIndexOf('@');
        if (at == 0 || at == ref.length() - 1 || ref.isEmpty()) {
            throw new InvalidInputException(tr("charter.reference.malformed", reference));
        }
        if (at < 0) {
            return latest(ref).orElseThrow(() -> new InvalidInputException(tr("charter.reference.unknownId", ref)));
        }
        String id = ref.substring(0, at);
        String version = ref.substring(at + 1);
        return find(id, version).orElseThrow(() -> {
            List<String> versions = store.versionsOf(id).stream().map(CharterStore.Row::version)
                    .sorted(VersionOrder.INSTANCE).toList();
            return new InvalidInputException(versions.isEmpty() ? tr("charter.reference.unknownId", id)
                    : tr("charter.reference.unknownVersion", id, version, String.join(", ", versions)));
        });
    }

    private StoredCharter toStored(CharterStore.Row row) {
        Charter charter = parsedByHash.computeIfAbsent(row.contentSha256(), hash -> {
            CharterReadResult result = reader.read(row.id() + "@" + row.version(), row.jsonText());
            // Stored text was valid when imported; a later, stricter reader must not lose it silently.
            return result.charter().orElseThrow(() -> new IllegalStateException(
                    "Stored charter no longer reads: " + row.id() + "@" + row.version() + " " + result.problems()));
        });
        return new StoredCharter(charter, row.jsonText(), row.contentSha256(), row.importedAt());
    }

    /** Carries conflicts out of the transaction so that it rolls back. */
    private static final class ConflictRollback extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient List<CharterProblem> conflicts;

        ConflictRollback(List<CharterProblem> conflicts) {
            super(null, null, false, false);
            this.conflicts = conflicts;
        }
    }

    /** Runs an import and turns a refused one into its problems. */
    private CharterImportResult guarded(java.util.function.Supplier<CharterImportResult> run) {
        try {
            return run.get();
        } catch (ConflictRollback e) {
            return new CharterImportResult(List.of(), e.conflicts);
        }
    }
}
