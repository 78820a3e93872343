package org.charterreviewer.workspace;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.Optional;
import org.charterreviewer.audit.AuditLogStore;
import org.charterreviewer.i18n.Messages;
import org.charterreviewer.charter.CharterImportResult;
import org.charterreviewer.charter.CharterLibrary;
import org.charterreviewer.charter.CharterStore;
import org.charterreviewer.certificate.CertificateIssueStore;
import org.charterreviewer.certificate.CertificateRenderer;
import org.charterreviewer.certificate.PdfSigner;
import org.charterreviewer.certificate.SignatureVerifier;
import org.charterreviewer.identity.IdentityService;
import org.charterreviewer.identity.IdentityStore;
import org.charterreviewer.json.JsonMapperFactory;
import org.charterreviewer.protection.BackupService;
import org.charterreviewer.protection.DataEraser;
import org.charterreviewer.protection.DatabaseEncryption;
import org.charterreviewer.protection.DatabaseState;
import org.charterreviewer.protection.PassphraseKeys;
import org.charterreviewer.protection.PassphraseNeededException;
import org.charterreviewer.protection.PhotoMetadataStripper;
import org.charterreviewer.protection.RetentionRule;
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
    private final BackupService backups;
    private final CharterLibrary charters;
    private final SchoolRegister schools;
    private final ReviewService reviews;
    private final EvidenceService evidence;
    private final DataEraser eraser;
    private final RetentionRule retention;
    private final IdentityService identity;
    private final CertificateIssueStore certificateIssues;
    private final CertificateRenderer certificateRenderer;
    private final PdfSigner pdfSigner;
    private final SignatureVerifier signatureVerifier;

    private Workspace(DataFolder folder, InstanceLock lock, Database database, Clock clock, boolean firstStart) {
        this.folder = folder;
        this.lock = lock;
        this.database = database;
        this.clock = clock;
        this.firstStart = firstStart;
        this.json = JsonMapperFactory.create();
        this.auditLog = new AuditLogStore(clock);
        this.backups = new BackupService(folder, database, clock);
        this.charters = new CharterLibrary(database, new CharterStore(), auditLog, clock);
        this.schools = new SchoolRegister(database, auditLog, clock, Workspace::actor);
        this.reviews = new ReviewService(database, charters, auditLog, clock, Workspace::actor);
        // Photos lose their location and camera details on attach, by default.
        this.evidence = new EvidenceService(reviews, new PhotoMetadataStripper());
        this.eraser = new DataEraser(database, folder, auditLog, Workspace::actor);
        this.retention = new RetentionRule(eraser, auditLog, clock, Workspace::actor);
        this.identity = new IdentityService(new IdentityStore(folder.identityFolder(), json), clock);
        this.certificateIssues = new CertificateIssueStore(database.dsl(), clock);
        this.certificateRenderer = new CertificateRenderer(clock);
        this.pdfSigner = new PdfSigner(clock);
        this.signatureVerifier = new SignatureVerifier();
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
            Database database = openDatabase(folder, options.passphrase());
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

    /**
     * With a passphrase the file is encrypted with a key derived from it (a plain file from an earlier
     * version is encrypted first). Without one only an unencrypted file opens: the window and the
     * command line always give a passphrase; only tests of logic open folders without one.
     */
    private static Database openDatabase(DataFolder folder, Optional<char[]> passphrase) {
        if (passphrase.isEmpty()) {
            if (DatabaseEncryption.state(folder) == DatabaseState.ENCRYPTED) {
                throw new PassphraseNeededException(Messages.tr("protection.passphraseNeeded"));
            }
            return Database.open(folder, Optional.empty());
        }
        char[] key = DatabaseEncryption.standard().unlock(folder, passphrase.get());
        try {
            return Database.open(folder, Optional.of(key));
        } finally {
            PassphraseKeys.wipe(key);
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

    /** Backups of this data folder: on demand, and automatically when the window closes. */
    public BackupService backups() {
        return backups;
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

    /** Evidence files of reviews: attach (photos cleaned of metadata), link, caption, open, thumbnails. */
    public EvidenceService evidence() {
        return evidence;
    }

    /** Real deletion of schools, reviews and evidence files, with compaction of the database file. */
    public DataEraser eraser() {
        return eraser;
    }

    /** The retention rule: how long evidence and reviews are kept, with a preview before deleting. */
    public RetentionRule retention() {
        return retention;
    }

    /** Who the audit log names for changes made in this workspace: the signed-in account. */
    private static String actor() {
        return System.getProperty("user.name", "unknown");
    }

    /** The officer's signing identity (key, certificate, name, role, council and logo). */
    public IdentityService identity() {
        return identity;
    }

    /** Which certificates this install issued, for matching a certificate back to its review. */
    public CertificateIssueStore certificateIssues() {
        return certificateIssues;
    }

    public CertificateRenderer certificateRenderer() {
        return certificateRenderer;
    }

    public PdfSigner pdfSigner() {
        return pdfSigner;
    }

    public SignatureVerifier signatureVerifier() {
        return signatureVerifier;
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
