package org.charterreviewer.workspace;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import org.charterreviewer.audit.AuditLogStore;
import org.charterreviewer.charter.CharterImportResult;
import org.charterreviewer.charter.CharterLibrary;
import org.charterreviewer.charter.CharterStore;
import org.charterreviewer.json.JsonMapperFactory;
import org.charterreviewer.review.EvidenceSanitizer;
import org.charterreviewer.review.EvidenceService;
import org.charterreviewer.review.ReviewService;
import org.charterreviewer.school.SchoolRegister;
import org.charterreviewer.storage.DataFolder;
import org.charterreviewer.storage.Database;
import org.charterreviewer.storage.DatabaseSummary;
import org.charterreviewer.storage.InstanceLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One opened data folder and every service that works on it. The window and the command line both
 * open a workspace and use the same services, so each capability behaves the same from both.
 * Services are built here with plain constructors: this is the one place things are wired.
 */
public final class Workspace implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Workspace.class);

    private final DataFolder folder;
    private final InstanceLock lock;
    private final Database database;
    private final ObjectMapper json;
    private final Clock clock;
    private final AuditLogStore auditLog;
    private final boolean firstStart;
    private final CharterLibrary charters;
    private final SchoolRegister schools;
    private final ReviewService reviews;
    private final EvidenceService evidence;

    private Workspace(DataFolder folder, InstanceLock lock, Database database, Clock clock, boolean firstStart) {
        this.folder = folder;
        this.lock = lock;
        this.database = database;
        this.clock = clock;
        this.firstStart = firstStart;
        this.json = JsonMapperFactory.create();
        this.auditLog = new AuditLogStore(clock);
        this.charters = new CharterLibrary(database, new CharterStore(), auditLog, clock);
        this.schools = new SchoolRegister(database, auditLog, clock, Workspace::actor);
        this.reviews = new ReviewService(database, charters, auditLog, clock, Workspace::actor);
        this.evidence = new EvidenceService(reviews, EvidenceSanitizer.NONE);
        // TODO(lead): wire the review file exchange too, e.g.
        //   reviewFiles = new ReviewExchange(reviews, evidence, charters, new ReviewJsonWriter(json), new ReviewJsonReader(json));
    }

    /**
     * Locks the data folder against a second copy, opens and migrates its database, and wires the
     * services. Throws {@code DataFolderInUseException} or {@code WrongPassphraseException} with a
     * plain message, having changed nothing.
     */
    public static Workspace open(WorkspaceOptions options) {
        DataFolder folder = DataFolder.resolve(options.dataDir()).create();
        InstanceLock lock = InstanceLock.acquire(folder);
        try {
            boolean firstStart = folder.isNew();
            Database database = Database.open(folder, options.passphrase());
            Workspace workspace = new Workspace(folder, lock, database, options.clock(), firstStart);
            if (firstStart) {
                workspace.loadSampleCharters();
            }
            LOG.info("Workspace opened{}", firstStart ? " for the first time" : "");
            return workspace;
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    public DataFolder folder() {
        return folder;
    }

    public Database database() {
        return database;
    }

    public ObjectMapper json() {
        return json;
    }

    public Clock clock() {
        return clock;
    }

    public AuditLogStore auditLog() {
        return auditLog;
    }

    /** The charter library: import, validate and look up charters. */
    public CharterLibrary charters() {
        return charters;
    }

    /** A first start gets the bundled sample charters, so there is something to review straight away. */
    private void loadSampleCharters() {
        CharterImportResult result = charters.importBundledSamples();
        if (!result.succeeded()) {
            // The samples are tested at build time; a failure here is a packaging bug, not the user's.
            LOG.error("Bundled sample charters did not import: {}", result.problems());
        }
    }

    public SchoolRegister schools() {
        return schools;
    }

    /** Reviews: walking a school through a charter, evidence, outcome, finalising and revisions. */
    public ReviewService reviews() {
        return reviews;
    }

    /** Evidence files of reviews: attach, link, caption, open, thumbnails. */
    public EvidenceService evidence() {
        return evidence;
    }

    /** Who the audit log names for changes made in this workspace: the signed-in account. */
    private static String actor() {
        return System.getProperty("user.name", "unknown");
    }

    /** True when this start created the database. */
    public boolean isFirstStart() {
        return firstStart;
    }

    public DatabaseSummary summary() {
        return DatabaseSummary.read(database.dsl());
    }

    @Override
    public void close() {
        try {
            database.close();
        } finally {
            lock.close();
            LOG.info("Workspace closed");
        }
    }
}
