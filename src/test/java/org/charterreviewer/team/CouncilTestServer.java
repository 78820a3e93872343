package org.charterreviewer.team;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.nio.file.Path;
import org.charterreviewer.team.store.CouncilDatabase;
import org.charterreviewer.testing.CliRun;
import org.charterreviewer.workspace.Workspace;
import org.charterreviewer.workspace.WorkspaceOptions;
import org.charterreviewer.testing.TestDatabases;

/**
 * A council database for one test: a fresh PostgreSQL database on the test JVM's embedded server
 * (the app's own schema already there, as on a council server), prepared with the council tables
 * the way council IT prepares one ({@code team prepare-server}).
 */
public final class CouncilTestServer implements AutoCloseable, org.junit.jupiter.api.extension.BeforeEachCallback,
        org.junit.jupiter.api.extension.AfterEachCallback {

    static final String USER = "postgres";
    /** The test server trusts local logins; the app still insists on a password, so there is one. */
    static final String PASSWORD = "council-test-password";
    private TestDatabases.PostgresDatabase database;

    private CouncilTestServer(TestDatabases.PostgresDatabase database) {
        this.database = database;
    }

    /** A new council database at the app's schema, prepared for sync. */
    public static CouncilTestServer prepared() {
        CouncilTestServer server = new CouncilTestServer(TestDatabases.freshPostgres());
        CouncilDatabase.prepare(server.login());
        return server;
    }

    /**
     * A council database prepared before each test and dropped after it:
     * {@code @RegisterExtension final CouncilTestServer council = CouncilTestServer.perTest();}
     */
    public static CouncilTestServer perTest() {
        return new CouncilTestServer(null);
    }

    @Override
    public void beforeEach(org.junit.jupiter.api.extension.ExtensionContext context) {
        database = TestDatabases.freshPostgres();
        CouncilDatabase.prepare(login());
    }

    @Override
    public void afterEach(org.junit.jupiter.api.extension.ExtensionContext context) {
        close();
    }

    /** A new database with the app's schema but not yet the council tables: council IT's step is still to come. */
    static CouncilTestServer unprepared() {
        return new CouncilTestServer(TestDatabases.freshPostgres());
    }

    /** A new database without any schema: not set up for the app at all. */
    static CouncilTestServer empty() {
        return new CouncilTestServer(TestDatabases.emptyPostgres());
    }

    String url() {
        return database.url();
    }

    CouncilLogin login() {
        return new CouncilLogin(url(), USER, PASSWORD.toCharArray());
    }

    /** An officer's laptop: a real encrypted data folder {@code name} under {@code dir}. */
    public static Workspace laptop(Path dir, String name) {
        return Workspace.open(WorkspaceOptions.at(dir.resolve(name)).withPassphrase(CliRun.TEST_PASSPHRASE.toCharArray()));
    }

    /** Connects {@code laptop} to this council database as the test server's owner. */
    public void connect(Workspace laptop) {
        connect(laptop, url());
    }

    /** Connects {@code laptop} through {@code address} (a relay in front of this server) as its owner. */
    public void connect(Workspace laptop, String address) {
        laptop.team().connect(address, USER, PASSWORD.toCharArray());
    }

    /** The laptop {@code name} under {@code dir}, opened and connected to this council database. */
    public Workspace connectedLaptop(Path dir, String name) {
        Workspace laptop = laptop(dir, name);
        connect(laptop);
        return laptop;
    }

    /** A full sync of {@code laptop}, with no progress shown. */
    public static SyncReport sync(Workspace laptop) {
        return laptop.team().sync(org.charterreviewer.progress.ProgressMonitor.NONE);
    }

    /**
     * Amends review {@code id} on {@code laptop}, attaches {@code file} as evidence of the charter's
     * first judged item and finalises the amendment; returns the evidence content's SHA-256.
     */
    public static String amendWithEvidence(Workspace laptop, java.util.UUID id, Path file) {
        org.charterreviewer.review.Review amended = laptop.reviews().amend(id, "Minutes added");
        String item = laptop.reviews().charterOf(amended).judgedItems().get(0).id();
        String sha256 = laptop.evidence().attach(amended.ref(), file, java.util.List.of(item), "School council minutes",
                org.charterreviewer.progress.ProgressMonitor.NONE).sha256();
        laptop.reviews().recordDecision(amended.ref(), org.charterreviewer.review.Decision.AWARDED, "Minutes seen.",
                "Evidence seen on the visit.");
        laptop.reviews().finalise(amended.ref());
        return sha256;
    }

    /** The content of the evidence file {@link #reviewWithEvidence(Path)} puts on the council database. */
    public static final byte[] MINUTES = "Minutes of the school council, 3 December."
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);

    /** A review and the SHA-256 of the evidence content its second revision holds. */
    public record ReviewWithEvidence(java.util.UUID id, String sha256) {
    }

    /**
     * On the laptop "first" under {@code dir}, connected here: an awarded review amended with the
     * evidence file minutes.txt ({@link #MINUTES}, linked to the first judged item), both revisions
     * synced, so the council database holds the content.
     */
    public ReviewWithEvidence reviewWithEvidence(Path dir) {
        try (Workspace first = connectedLaptop(dir, "first")) {
            java.util.UUID id = org.charterreviewer.certificate.CertificateReviews.awarded(first);
            String sha256 = amendWithEvidence(first, id,
                    java.nio.file.Files.write(dir.resolve("minutes.txt"), MINUTES));
            sync(first);
            return new ReviewWithEvidence(id, sha256);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The command line run on the data folder {@code laptop} under {@code dir}. */
    public static CliRun cli(Path dir, String laptop, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = dir.resolve(laptop).toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return CliRun.of(all);
    }

    /** The password file a command-line {@code team connect} reads, written under {@code dir}. */
    static Path passwordFile(Path dir) {
        try {
            return java.nio.file.Files.writeString(dir.resolve("password.txt"), PASSWORD);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** {@code team connect} on the command line for the data folder {@code data}, through {@code address}. */
    static CliRun connectOnCommandLine(Path data, String address, Path passwordFile) {
        return CliRun.of("--data-dir", data.toString(), "team", "connect", "--url", address, "--user", USER,
                "--password-file", passwordFile.toString());
    }

    /**
     * Two laptops {@code first} and {@code second} under {@code dir}, each holding one conflict: the
     * same review's revision 2 finalised with {@code firstSummary} on one and {@code secondSummary}
     * on the other, both synced. Returns the review's id.
     */
    public java.util.UUID conflictOnTwoLaptops(Path dir, String firstSummary, String secondSummary) {
        java.util.UUID id;
        try (Workspace first = connectedLaptop(dir, "first")) {
            id = org.charterreviewer.certificate.CertificateReviews.awarded(first);
            sync(first);
        }
        try (Workspace second = connectedLaptop(dir, "second")) {
            sync(second);
            amend(second, id, secondSummary);
        }
        try (Workspace first = laptop(dir, "first")) {
            amend(first, id, firstSummary);
            sync(first);
        }
        try (Workspace second = laptop(dir, "second")) {
            sync(second);
        }
        try (Workspace first = laptop(dir, "first")) {
            sync(first);
        }
        return id;
    }

    /** Amends review {@code id} and finalises the amendment with {@code summary}. */
    public static void amend(Workspace laptop, java.util.UUID id, String summary) {
        org.charterreviewer.review.Review amended = laptop.reviews().amend(id, "Checked again");
        laptop.reviews().recordDecision(amended.ref(), org.charterreviewer.review.Decision.AWARDED, summary,
                "Evidence seen on the visit.");
        laptop.reviews().finalise(amended.ref());
    }

    /** Runs SQL on the council database as its owner, as council IT would in psql. */
    void sql(String sql) {
        execute(url(), sql);
    }

    /** Runs SQL on the server's maintenance database (for roles, which belong to the whole server). */
    void sqlOnServer(String sql) {
        execute(url().replaceFirst("/[^/]+$", "/postgres"), sql);
    }

    /** A single number from the council database, e.g. a count. */
    long number(String sql) {
        try (Connection c = DriverManager.getConnection(url(), USER, PASSWORD); Statement s = c.createStatement();
                var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static void execute(String url, String sql) {
        try (Connection c = DriverManager.getConnection(url, USER, PASSWORD); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        database.close();
    }
}
