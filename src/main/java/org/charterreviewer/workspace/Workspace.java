package org.charterreviewer.workspace;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import org.charterreviewer.audit.store.AuditLogStore;
import org.charterreviewer.charter.CharterImportResult;
import org.charterreviewer.charter.CharterLibrary;
import org.charterreviewer.charter.store.CharterStore;
import org.charterreviewer.certificate.store.CertificateIssueStore;
import org.charterreviewer.certificate.CertificateRenderer;
import org.charterreviewer.certificate.CertificateExtension;
import org.charterreviewer.certificate.CertificateService;
import org.charterreviewer.certificate.Countersigning;
import org.charterreviewer.certificate.PdfSigner;
import org.charterreviewer.certificate.SignatureVerifier;
import org.charterreviewer.certificate.TrustedTime;
import org.charterreviewer.identity.IdentityService;
import org.charterreviewer.moderation.ModerationServices;
import org.charterreviewer.review.ReviewJsonWriter;
import org.charterreviewer.review.ReviewService;
import org.charterreviewer.identity.IdentityStore;
import org.charterreviewer.json.CanonicalJson;
import org.charterreviewer.json.JsonMapperFactory;
import org.charterreviewer.protection.BackupService;
import org.charterreviewer.protection.DataEraser;
import org.charterreviewer.protection.DatabaseEncryption;
import org.charterreviewer.protection.PhotoMetadataStripper;
import org.charterreviewer.protection.RetentionRule;
import org.charterreviewer.protection.ReencryptionStep;
import org.charterreviewer.report.ReviewReportService;
import org.charterreviewer.review.EvidenceService;
import org.charterreviewer.review.RegisterExports;
import org.charterreviewer.review.ReviewExchange;
import org.charterreviewer.review.ReviewJsonReader;
import org.charterreviewer.school.SchoolRegister;
import org.charterreviewer.storage.CrashPoints;
import org.charterreviewer.storage.DataFolder;
import org.charterreviewer.storage.DataTempFolder;
import org.charterreviewer.storage.AppSettingStore;
import org.charterreviewer.storage.Database;
import org.charterreviewer.storage.OwnerOnlyFiles;
import org.charterreviewer.storage.DatabaseSummary;
import org.charterreviewer.storage.InstanceLock;
import org.charterreviewer.storage.JooqTransactions;
import org.charterreviewer.storage.Transactions;
import org.charterreviewer.team.TeamService;
import org.charterreviewer.team.store.TeamStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One opened data folder and every service that works on it. The window and the command line both
 * open a workspace and use the same services, so each capability behaves the same from both.
 * Services are built here with plain constructors: this is the one place things are wired.
 */
public final class Workspace implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Workspace.class);
    /** The app setting that says the first start's sample charters are in. */
    static final String SAMPLES_LOADED = "samples.loaded";

    private final DataFolder folder;
    private final InstanceLock lock;
    private final Database database;
    // Each service is built on first use (Lazy): a command pays only for what it calls.
    /** Every service's units of work, so writes from the window, the writer and a command are serialised. */
    private final Lazy<Transactions> transactions;
    private final Lazy<ObjectMapper> json = new Lazy<>(() -> JsonMapperFactory.create());
    private final Lazy<AuditLogStore> auditLog;
    private final Clock clock;
    private final boolean firstStart;
    /** SHA-256 of the key derived from the passphrase at opening, to recognise it again; null when unencrypted. */
    private byte[] passphraseKeyHash;
    private final Lazy<BackupService> backups;
    private final Lazy<CharterLibrary> charters;
    private final Lazy<IdentityService> identity;
    private final Lazy<CertificateIssueStore> certificateIssues;
    private final Lazy<CertificateRenderer> certificateRenderer;
    private final Lazy<TrustedTime> trustedTime;
    private final Lazy<PdfSigner> pdfSigner;
    private final Lazy<SignatureVerifier> signatureVerifier = new Lazy<>(() -> new SignatureVerifier());
    private final Lazy<CertificateExtension> certificateExtension;
    private final Lazy<SchoolRegister> schools;
    private final Lazy<ReviewService> reviews;
    private final Lazy<DataTempFolder> temp;
    private final Lazy<EvidenceService> evidence;
    private final Lazy<ReviewExchange> reviewFiles;
    private final Lazy<ModerationServices> moderation;
    private final Lazy<ReviewReportService> reports;
    private final Lazy<RegisterExports> registerExports;
    private final Lazy<CertificateService> certificates;
    private final Lazy<Countersigning> countersigning;
    private final Lazy<DataEraser> eraser;
    private final Lazy<RetentionRule> retention;
    private final Lazy<TeamService> team;

    private Workspace(DataFolder folder, InstanceLock lock, Database database, Clock clock, boolean firstStart) {
        this.folder = folder;
        this.lock = lock;
        this.database = database;
        this.clock = clock;
        this.firstStart = firstStart;
        this.transactions = new Lazy<>(() -> new JooqTransactions(database));
        this.auditLog = new Lazy<>(() -> new AuditLogStore(clock));
        this.backups = new Lazy<>(() -> new BackupService(folder, database, clock));
        this.charters = new Lazy<>(() -> new CharterLibrary(database, new CharterStore(database), auditLog(), clock));
        this.identity = new Lazy<>(() -> new IdentityService(new IdentityStore(folder.identityFolder(), json()), clock));
        this.certificateIssues = new Lazy<>(() -> new CertificateIssueStore(database.dsl(), clock));
        this.certificateRenderer = new Lazy<>(() -> new CertificateRenderer(clock, new CanonicalJson(json())));
        this.trustedTime = new Lazy<>(() -> new TrustedTime(new AppSettingStore(database)));
        this.pdfSigner = new Lazy<>(() -> new PdfSigner(clock, trustedTime()::authority));
        this.certificateExtension = new Lazy<>(() -> new CertificateExtension(signatureVerifier(),
                trustedTime()::authority));
        this.schools = new Lazy<>(() -> new SchoolRegister(database, auditLog(), clock, this::actor));
        this.reviews = new Lazy<>(() -> new ReviewService(transactions.get(), charters(), auditLog(), clock,
                this::officer));
        // Photos lose their location and camera metadata on the way in (orientation is kept).
        // Copies in progress (personal data, unencrypted) stay in the data folder, never the system's temp.
        this.temp = new Lazy<>(() -> new DataTempFolder(folder));
        // Evidence of reviews pulled from the council database is fetched from it when first opened.
        this.evidence = new Lazy<>(() -> new EvidenceService(reviews(), new PhotoMetadataStripper(temp.get()),
                temp.get(), sha256 -> team().fetchEvidence(sha256)));
        this.eraser = new Lazy<>(() -> new DataEraser(database, folder, auditLog(), this::actor));
        this.retention = new Lazy<>(() -> new RetentionRule(eraser(), auditLog(), clock, this::actor));
        this.reviewFiles = new Lazy<>(() -> new ReviewExchange(reviews(), evidence(), schools(), charters(),
                new ReviewJsonWriter(json()), new ReviewJsonReader(json())));
        this.registerExports = new Lazy<>(() -> new RegisterExports(reviews(), charters()));
        this.moderation = new Lazy<>(() -> ModerationServices.wire(database, reviews(), identity(), auditLog(), json(),
                clock, this::actor));
        this.reports = new Lazy<>(() -> new ReviewReportService(reviews(), evidence(), clock,
                moderation().service()::reportLines));
        // Where moderation is required, no certificate is issued before a moderator approved the revision.
        this.certificates = new Lazy<>(() -> new CertificateService(transactions.get(), reviews(), identity(),
                certificateIssues(), certificateRenderer(), pdfSigner(), signatureVerifier(),
                new ReviewJsonWriter(json()), auditLog(), clock, this::actor, moderation().service()));
        // A moderator countersigns only a revision approved in this install.
        this.countersigning = new Lazy<>(() -> new Countersigning(certificates(), identity(), pdfSigner(),
                moderation().approval(), transactions.get(), auditLog(), this::actor));
        this.team = new Lazy<>(() -> new TeamService(new TeamStore(database, clock), reviews(), reviewFiles(),
                evidence(), certificateIssues(), charters(), schools(), eraser(), temp.get(), clock, transactions.get(),
                auditLog(), this::actor, moderation().relay()));
    }

    /**
     * Locks the data folder against a second copy, opens and migrates its database, and wires the
     * services. Throws {@code DataFolderInUseException} or {@code WrongPassphraseException} with a
     * plain message, having changed nothing.
     */
    public static Workspace open(WorkspaceOptions options) {
        DataFolderOpening.Opened opened = DataFolderOpening.open(options);
        try {
            Workspace workspace = new Workspace(opened.folder(), opened.lock(), opened.database(), options.clock(),
                    opened.firstStart());
            workspace.passphraseKeyHash = opened.keyHash();
            workspace.loadSampleChartersOnce();
            OwnerOnlyFiles.restrictTree(opened.folder().root());
            LOG.info("Workspace opened{}", opened.firstStart() ? " for the first time" : "");
            return workspace;
        } catch (RuntimeException e) {
            // Nothing is half-open after a failure: the database goes before the lock that guards it.
            try {
                opened.database().close();
            } finally {
                opened.lock().close();
            }
            throw e;
        }
    }

    /**
     * The encryption of {@code folder}'s database with the signing key joining a passphrase change,
     * so both move to the new passphrase. {@code hook} lets tests stop at a step; the app passes
     * {@link ReencryptionStep.Hook#NONE}. The caller holds the folder's lock with the database closed.
     */
    public static DatabaseEncryption encryption(DataFolder folder, ReencryptionStep.Hook hook) {
        return DataFolderOpening.encryption(folder, hook);
    }

    public static DatabaseEncryption encryption(DataFolder folder) {
        return encryption(folder, ReencryptionStep.Hook.NONE);
    }

    /**
     * True when {@code passphrase} is the one this workspace was opened with (always true for an
     * unencrypted folder, which only tests of logic open). Derives the key again, so it takes a
     * moment: call it off the FX thread. Only a hash of the derived key is kept for this.
     */
    public boolean opensWith(char[] passphrase) {
        return passphraseKeyHash == null || DataFolderOpening.opensWith(folder, passphraseKeyHash, passphrase);
    }

    public DataFolder folder() {
        return folder;
    }

    public Database database() {
        return database;
    }

    public ObjectMapper json() {
        return json.get();
    }

    public Clock clock() {
        return clock;
    }

    public AuditLogStore auditLog() {
        return auditLog.get();
    }

    /** Backups of this data folder: on demand, and automatically when the window closes. */
    public BackupService backups() {
        return backups.get();
    }

    /** The charter library: import, validate and look up charters. */
    public CharterLibrary charters() {
        return charters.get();
    }

    /**
     * A first start gets the bundled sample charters, so there is something to review straight away.
     * That they were loaded is recorded only once they are in: a first start cut short loads them at
     * the next start (loading them again changes nothing).
     */
    private void loadSampleChartersOnce() {
        AppSettingStore settings = new AppSettingStore(database);
        if (settings.has(SAMPLES_LOADED)) {
            return;
        }
        CharterImportResult result = charters().importBundledSamples();
        if (!result.succeeded()) {
            // The samples are tested at build time; a failure here is a packaging bug, not the user's.
            LOG.error("Bundled sample charters did not import: {}", result.problems());
            return;
        }
        CrashPoints.reached(CrashPoints.SAMPLES_BEFORE_RECORDED);
        settings.put(SAMPLES_LOADED, "true");
    }

    /** The officer's signing identity (key, certificate, name, role, council and logo). */
    public IdentityService identity() {
        return identity.get();
    }

    /** Which certificates this install issued, for matching a certificate back to its review. */
    public CertificateIssueStore certificateIssues() {
        return certificateIssues.get();
    }

    public CertificateRenderer certificateRenderer() {
        return certificateRenderer.get();
    }

    public PdfSigner pdfSigner() {
        return pdfSigner.get();
    }

    public SignatureVerifier signatureVerifier() {
        return signatureVerifier.get();
    }

    public SchoolRegister schools() {
        return schools.get();
    }

    /** Reviews: walking a school through a charter, the outcome, finalising and revisions. */
    public ReviewService reviews() {
        return reviews.get();
    }

    /** Evidence files attached to reviews, stored once per content inside the database. */
    public EvidenceService evidence() {
        return evidence.get();
    }

    /** The review interchange file: export and import of one review as JSON. */
    public ReviewExchange reviewFiles() {
        return reviewFiles.get();
    }

    /** The review report: a PDF of a whole review for the school. */
    public ReviewReportService reports() {
        return reports.get();
    }

    /** The awards register and the register of consenting pledge signatories, as CSV. */
    public RegisterExports registerExports() {
        return registerExports.get();
    }

    /** Exports the signed certificate of a finalised, awarded review and matches certificates back to reviews. */
    public CertificateService certificates() {
        return certificates.get();
    }

    /** A moderator's countersignature on a certificate another officer signed. */
    public Countersigning countersigning() {
        return countersigning.get();
    }

    /** Moderation: submitting, a moderator's approval or return, the signed decision file, the council's setting. */
    public ModerationServices moderation() {
        return moderation.get();
    }

    /** The council's timestamp server, which makes signatures carry a trusted time. */
    public TrustedTime trustedTime() {
        return trustedTime.get();
    }

    /** Adds a document timestamp and validation data to a certificate signed without a timestamp server. */
    public CertificateExtension certificateExtension() {
        return certificateExtension.get();
    }

    /** Real deletion of schools, reviews and evidence files, with compaction of the database file. */
    public DataEraser eraser() {
        return eraser.get();
    }

    /** The retention rule: how long evidence and reviews are kept, with a preview before deleting. */
    public RetentionRule retention() {
        return retention.get();
    }

    /** The council team: the council database this laptop syncs with, and the sync. */
    public TeamService team() {
        return team.get();
    }

    /**
     * Who is making a change, for the audit trail: the officer named by the signing identity, or
     * the computer's user name until there is one.
     */
    private String actor() {
        return identity().officerName().orElseGet(() -> System.getProperty("user.name", "unknown"));
    }

    /**
     * Who finalises a review: the officer named by the signing identity, or nobody named until
     * there is one. Never the computer's account name, which reads as nonsense on a report.
     */
    private String officer() {
        return identity().officerName().orElse(null);
    }

    /** True when this start created the database. */
    public boolean isFirstStart() {
        return firstStart;
    }

    public DatabaseSummary summary() {
        return DatabaseSummary.read(database);
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
