package org.charterreviewer.team;

import static org.charterreviewer.i18n.Messages.tr;

import java.time.Clock;
import java.time.Instant;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.charterreviewer.audit.store.AuditLogStore;
import org.charterreviewer.storage.Transactions;
import org.charterreviewer.certificate.store.CertificateIssueStore;
import org.charterreviewer.charter.CharterLibrary;
import org.charterreviewer.moderation.ModerationRelay;
import org.charterreviewer.progress.ProgressMonitor;
import org.charterreviewer.protection.DataEraser;
import org.charterreviewer.protection.RedactedFailure;
import org.charterreviewer.review.EvidenceService;
import org.charterreviewer.review.ReviewExchange;
import org.charterreviewer.review.ReviewService;
import org.charterreviewer.school.SchoolRegister;
import org.charterreviewer.storage.DataTempFolder;
import org.charterreviewer.team.store.CouncilDatabase;
import org.charterreviewer.team.store.CouncilStore;
import org.charterreviewer.team.store.TeamStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The council team: connecting this laptop to the council's PostgreSQL database, and syncing with
 * it. The command line and the window both use this one service. Work on this laptop never waits
 * for the server: reviews are made and finalised offline, and a sync later shares them.
 */
public final class TeamService {

    private static final Logger LOG = LoggerFactory.getLogger(TeamService.class);
    /** The council database schema this version reads and writes. */
    public static final int COUNCIL_SCHEMA_VERSION = CouncilDatabase.SCHEMA_VERSION;

    private final TeamStore local;
    private final ReviewSync reviewSync;
    private final RegisterSync registerSync;
    private final ConflictResolver conflicts;
    private final DataTempFolder temp;
    private final ModerationRelay moderation;
    private final ModerationSync moderationSync;
    private final Clock clock;

    public TeamService(TeamStore local, ReviewService reviews, ReviewExchange exchange, EvidenceService evidence,
            CertificateIssueStore certificates, CharterLibrary charters, SchoolRegister schools, DataEraser eraser,
            DataTempFolder temp, Clock clock, Transactions transactions, AuditLogStore audit, Supplier<String> actor,
            ModerationRelay moderation) {
        this.local = local;
        this.reviewSync = new ReviewSync(local, reviews, exchange, evidence, certificates);
        this.temp = temp;
        this.registerSync = new RegisterSync(local, charters, schools, eraser);
        this.conflicts = new ConflictResolver(local, reviews, exchange, transactions, audit, actor, clock);
        this.moderation = moderation;
        this.moderationSync = new ModerationSync(local, moderation);
        this.clock = clock;
    }

    /**
     * Tests the login and the server's schema, then keeps it (the password only inside this
     * encrypted data folder). On any failure the plain message is thrown and the settings stay as
     * they were.
     */
    public TeamStatus connect(String url, String user, char[] password) {
        if (user == null || user.isBlank()) {
            throw new TeamProblem(tr("team.error.noUser"));
        }
        if (password == null || password.length == 0) {
            throw new TeamProblem(tr("team.error.noPassword"));
        }
        CouncilLogin login = new CouncilLogin(CouncilUrl.settle(url), user.strip(), password);
        try {
            check(login);
            local.saveLogin(login);
            LOG.info("Connected to a council database (TLS mode {})", CouncilUrl.sslMode(login.url()));
            return status();
        } finally {
            login.wipe();
        }
    }

    /** Tests the kept login and the server's schema; the plain message when it does not work. */
    public SchemaVerdict test() {
        CouncilLogin login = requireLogin();
        try {
            check(login);
            return SchemaVerdict.CURRENT;
        } finally {
            login.wipe();
        }
    }

    private static void check(CouncilLogin login) {
        try (CouncilDatabase council = CouncilDatabase.open(login)) {
            council.requireCurrentSchema();
        }
    }

    /** Creates or upgrades the council tables on the server: council IT's step, as the database owner. */
    public void prepareServer(String url, String user, char[] password) {
        CouncilLogin login = new CouncilLogin(CouncilUrl.settle(url), user, password);
        try {
            CouncilDatabase.prepare(login);
        } finally {
            login.wipe();
        }
    }

    /** Forgets the login. Reviews and schools pulled stay; conflicts stay for a person to resolve. */
    public void disconnect() {
        local.forgetLogin();
    }

    public TeamStatus status() {
        Optional<CouncilLogin> login = local.login();
        if (login.isEmpty()) {
            return TeamStatus.notConnected(local.conflicts(), moderation.toModerate().size(),
                    moderation.ownUndecided().size());
        }
        login.get().wipe();
        return new TeamStatus(true, login.get().url(), login.get().user(), local.lastSync().orElse(null),
                local.conflicts(), moderation.toModerate().size(), moderation.ownUndecided().size());
    }

    /** The time of the last finished sync, if any. */
    public Optional<Instant> lastSync() {
        return local.lastSync();
    }

    /** The other officer's version of a conflicting revision, as a review file. */
    public Optional<byte[]> conflictDocument(Conflict conflict) {
        return local.conflictDocument(conflict.reviewId(), conflict.revision(), conflict.otherSha256());
    }

    /**
     * Fetches evidence content a pulled review recorded without its bytes, into a file in this data
     * folder's temporary space; the evidence service checks it against its SHA-256 and keeps it.
     * Not connected, or the server out of reach: the plain message that it is on the council
     * database and will be fetched when connected.
     */
    public Path fetchEvidence(String sha256) {
        CouncilLogin login = local.login().orElseThrow(() -> new TeamProblem(tr("team.evidence.notConnected")));
        Optional<EvidenceBlob> blob;
        try (CouncilDatabase council = CouncilDatabase.open(login)) {
            blob = council.store().evidence(sha256);
        } catch (TeamProblem e) {
            LOG.warn("Evidence content could not be fetched", RedactedFailure.of(e));
            throw new TeamProblem(tr("team.evidence.unreachable"), e);
        } finally {
            login.wipe();
        }
        try {
            Path file = temp.newFile("team-evidence-", ".tmp");
            Files.write(file, blob.orElseThrow(() -> new TeamProblem(tr("team.evidence.notOnServer"))).content());
            return file;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Every conflict waiting for a person, with both versions in words. */
    public List<ConflictVersions> conflicts() {
        return conflicts.list();
    }

    /**
     * Resolves the conflict of review {@code idOrPrefix} ({@code revision} when it has several),
     * keeping one version; audited. Keeping theirs adds their version as the next revision, which
     * the next sync shares.
     */
    public Conflict resolve(String idOrPrefix, Integer revision, KeepVersion keep) {
        Conflict resolved = conflicts.resolve(idOrPrefix, revision, keep);
        LOG.info("Conflict on review revision {}/{} resolved: kept {}", resolved.reviewId(), resolved.revision(), keep);
        return resolved;
    }

    /**
     * Pulls the council's charters, schools and finalised reviews, then pushes this laptop's
     * finalised revisions, then exchanges moderation submissions and decisions. Each review lands
     * all or nothing; stopped anywhere (cancelled, a dropped connection, a crash) the next sync
     * carries on from where this one got to.
     */
    public SyncReport sync(ProgressMonitor monitor) {
        CouncilLogin login = requireLogin();
        SyncTally tally = new SyncTally();
        try (CouncilDatabase council = CouncilDatabase.open(login)) {
            council.requireCurrentSchema();
            CouncilStore store = council.store();
            monitor.message(tr("team.sync.step.charters"));
            registerSync.syncCharters(store, tally);
            monitor.message(tr("team.sync.step.schools"));
            registerSync.syncSchools(store.schools(), monitor, tally);
            monitor.message(tr("team.sync.step.pull"));
            reviewSync.pull(store, monitor, tally);
            monitor.message(tr("team.sync.step.push"));
            reviewSync.push(store, monitor, tally);
            monitor.message(tr("team.sync.step.moderation"));
            moderationSync.sync(store.moderation(), monitor, tally);
        } catch (TeamProblem e) {
            LOG.warn("Team sync stopped", RedactedFailure.of(e));
            throw e;
        } finally {
            login.wipe();
        }
        local.recordSync();
        SyncReport report = tally.report(local.lastSync().orElse(Instant.now(clock)));
        LOG.info("Team sync: {} pushed, {} pulled, {} conflicts", report.reviewsPushed(), report.reviewsPulled(),
                report.conflictsFound());
        return report;
    }

    private CouncilLogin requireLogin() {
        return local.login().orElseThrow(() -> new TeamProblem(tr("team.error.notConnected")));
    }
}
