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
public final class CouncilTestServer implements AutoCloseable {

    static final String USER = "postgres";
    /** The test server trusts local logins; the app still insists on a password, so there is one. */
    static final String PASSWORD = "council-test-password";
    private final TestDatabases.PostgresDatabase database;

    private CouncilTestServer(TestDatabases.PostgresDatabase database) {
        this.database = database;
    }

    /** A new council database at the app's schema, prepared for sync. */
    public static CouncilTestServer prepared() {
        CouncilTestServer server = new CouncilTestServer(TestDatabases.freshPostgres());
        CouncilDatabase.prepare(server.login());
        return server;
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
        laptop.team().connect(url(), USER, PASSWORD.toCharArray());
    }

    /**
     * Two laptops {@code first} and {@code second} under {@code dir}, each holding one conflict: the
     * same review's revision 2 finalised with {@code firstSummary} on one and {@code secondSummary}
     * on the other, both synced. Returns the review's id.
     */
    public java.util.UUID conflictOnTwoLaptops(Path dir, String firstSummary, String secondSummary) {
        java.util.UUID id;
        try (Workspace first = laptop(dir, "first")) {
            connect(first);
            id = org.charterreviewer.certificate.CertificateReviews.awarded(first);
            first.team().sync(org.charterreviewer.progress.ProgressMonitor.NONE);
        }
        try (Workspace second = laptop(dir, "second")) {
            connect(second);
            second.team().sync(org.charterreviewer.progress.ProgressMonitor.NONE);
            amend(second, id, secondSummary);
        }
        for (String name : new String[] {"first", "second"}) {
            try (Workspace laptop = laptop(dir, name)) {
                if (name.equals("first")) {
                    amend(laptop, id, firstSummary);
                }
                laptop.team().sync(org.charterreviewer.progress.ProgressMonitor.NONE);
            }
        }
        try (Workspace first = laptop(dir, "first")) {
            first.team().sync(org.charterreviewer.progress.ProgressMonitor.NONE);
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
