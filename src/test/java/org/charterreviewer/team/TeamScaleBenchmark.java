package org.charterreviewer.team;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.charterreviewer.audit.store.AuditLogStore;
import org.charterreviewer.charter.CharterLibrary;
import org.charterreviewer.charter.store.CharterStore;
import org.charterreviewer.progress.ProgressMonitor;
import org.charterreviewer.review.ReviewFilter;
import org.charterreviewer.review.ReviewService;
import org.charterreviewer.school.SchoolRegister;
import org.charterreviewer.storage.Database;
import org.charterreviewer.testing.TestDatabases;
import org.charterreviewer.workspace.Workspace;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.PGConnection;

/**
 * Issue #19's scale: a council of 50 officers, 25,000 schools and 20,000 finalised reviews with
 * small evidence ({@link ScaleCouncil}) on the embedded PostgreSQL, and officers' laptops on
 * encrypted H2 files. Times the real {@code team sync} of a new laptop, an incremental sync with
 * nothing new and with one new review, and the lists on both databases; each beside its floor in
 * the same run, several rounds, medians. Never part of {@code mvn verify}: run
 * <pre>flock /tmp/mvn.lock mvn -B -o test -Dgroups=benchmark -Dtest.excludedGroups= -Dtest=TeamScaleBenchmark
 *     -Dsurefire.failIfNoSpecifiedTests=false [-Dscale=0.1] [-Drounds=3] [-Dfirst.rounds=1]</pre>
 * Add {@code -Dscale.jfr=FOLDER} for JDK Flight Recorder profiles of the first sync and of the lists.
 * The table goes to {@code target/benchmark-team-scale.md} (docs/PERFORMANCE.md, "Council at scale").
 */
@Tag("benchmark")
class TeamScaleBenchmark {

    static final int OFFICERS = 50;
    static final int SCHOOLS = 25_000;
    static final int REVIEWS = 20_000;

    @TempDir
    Path dir;

    private final Map<String, List<Long>> times = new LinkedHashMap<>();
    /** PostgreSQL's plans of the review lists, as run on the copy of the laptop's rows. */
    private String plans = "";

    /**
     * The review list's query as the app runs it (ReviewListQuery, no filter), written out for JDBC and
     * EXPLAIN. The app sorts the rows itself (newest visit first), so the query has no ORDER BY.
     */
    static final String REVIEW_LIST = "select review.review_id, review.revision, review.status, review.school_id, "
            + "review.charter_id, review.charter_version, review.visit_date, review.decision, review.awarded_on, "
            + "review.valid_until, review.updated_at, review.award_level_name, school.name, school.urn, charter.title "
            + "from review join school on school.school_id = review.school_id join charter on charter.charter_id = "
            + "review.charter_id and charter.version = review.charter_version where not exists (select 1 from review "
            + "later where later.review_id = review.review_id and later.revision > review.revision)";

    @Test
    void aCouncilOfFiftyOfficers() throws Exception {
        double scale = Double.parseDouble(System.getProperty("scale", "1"));
        int rounds = Integer.getInteger("rounds", 3);
        // A first sync at full size takes minutes: -Dfirst.rounds=1 keeps a run under the lock short.
        int firstRounds = Integer.getInteger("first.rounds", rounds);
        int schools = (int) Math.round(SCHOOLS * scale);
        int reviews = (int) Math.round(REVIEWS * scale);
        String load = Files.readString(Path.of("/proc/loadavg")).trim();
        try (CouncilTestServer council = CouncilTestServer.prepared()) {
            long setUp = System.nanoTime();
            ScaleCouncil generated;
            try (Workspace template = CouncilTestServer.laptop(dir, "template")) {
                generated = new ScaleCouncil(council, template.reviewFiles(), OFFICERS);
                generated.pushTemplate(template, dir);
                generated.addSchools(schools);
                generated.addReviews(reviews, schools);
            }
            council.sql("analyze");
            System.out.printf(Locale.ROOT, "council generated in %.1f s%n", (System.nanoTime() - setUp) / 1e9);
            Workspace laptop = null;
            for (int round = 1; round <= firstRounds; round++) {
                time("floor-first", () -> copyOut(council));
                if (laptop != null) {
                    laptop.close();
                }
                laptop = CouncilTestServer.laptop(dir, "laptop-" + round);
                council.connect(laptop);
                Workspace fresh = laptop;
                SyncReport first = profiled("first-sync", () -> time("app-first",
                        () -> fresh.team().sync(ProgressMonitor.NONE)));
                assertThat(first.reviewsPulled()).isEqualTo(reviews);
            }
            for (int round = 1; round <= rounds; round++) {
                Workspace fresh = laptop;
                time("floor-nothing", () -> roundTrip(council));
                time("app-nothing", () -> fresh.team().sync(ProgressMonitor.NONE));
                generated.addReviews(1, schools);
                time("floor-one", () -> roundTrip(council));
                SyncReport one = time("app-one", () -> fresh.team().sync(ProgressMonitor.NONE));
                assertThat(one.reviewsPulled()).isEqualTo(1);
            }
            try (TestDatabases.PostgresDatabase server = TestDatabases.freshPostgres()) {
                try (Connection h2 = laptop.database().connection();
                        Connection pg = DriverManager.getConnection(server.url(), server.user(), "")) {
                    LaptopCopy.copy(h2, pg);
                }
                try (Database pg = server.open()) {
                    Workspace onLaptop = laptop;
                    profiled("lists", () -> lists(onLaptop, pg, rounds));
                    // The plan on a connection as the app opens it (its session settings), and at the server's defaults.
                    plans = explain("on the app's connection", pg::connection)
                            + explain("at the server's defaults", () -> DriverManager.getConnection(server.url(), server.user(), ""));
                }
            }
            laptop.close();
        }
        String table = table(scale, reviews, schools, firstRounds, rounds, load) + plans;
        System.out.println(table);
        Files.writeString(Path.of("target", "benchmark-team-scale.md"), table);
    }

    /** Each list on H2 (the laptop) and PostgreSQL (the same rows), interleaved, after a warm-up. */
    private Void lists(Workspace laptop, Database pg, int rounds) throws Exception {
        Clock clock = Clock.systemUTC();
        AuditLogStore audit = new AuditLogStore(clock);
        SchoolRegister pgSchools = new SchoolRegister(pg, audit, clock, () -> "benchmark");
        ReviewService pgReviews = new ReviewService(pg, new CharterLibrary(pg, new CharterStore(pg), audit, clock), audit,
                clock, () -> "benchmark");
        Map<String, List<Supplier<Object>>> lists = new LinkedHashMap<>();
        for (String text : List.of("", "primary", "ashford 12", "sc12 3ab", "no such school")) {
            lists.put("school search \"" + text + "\"", List.of(() -> laptop.schools().search(text, false, 1001),
                    () -> pgSchools.search(text, false, 1001)));
        }
        lists.put("review list (all)", List.of(() -> laptop.reviews().list(ReviewFilter.all()),
                () -> pgReviews.list(ReviewFilter.all())));
        // The same query over plain JDBC, every column read: what the database and its driver cost
        // without jOOQ's mapping, on each side.
        lists.put("review list, plain JDBC", List.of(() -> jdbcRows(laptop.database()::connection),
                () -> jdbcRows(pg::connection)));
        lists.put("awards register", List.of(() -> laptop.reviews().currentAwards(), pgReviews::currentAwards));
        lists.put("due for renewal (90 days)", List.of(() -> laptop.reviews().dueForRenewal(90),
                () -> pgReviews.dueForRenewal(90)));
        for (Map.Entry<String, List<Supplier<Object>>> list : lists.entrySet()) {
            for (int run = -3; run < Math.max(7, rounds * 3); run++) {
                for (int db = 0; db < 2; db++) {
                    Supplier<Object> query = list.getValue().get(db);
                    String name = (db == 0 ? "h2 " : "pg ") + list.getKey();
                    Object result = run < 0 ? query.get() : time(name, query::get);
                    assertThat(result).isNotNull();
                }
            }
        }
        return null;
    }

    @FunctionalInterface
    private interface ConnectionSource {
        Connection open() throws java.sql.SQLException;
    }

    /** Runs {@link #REVIEW_LIST} and reads every column of every row; returns how many rows. */
    private static Object jdbcRows(ConnectionSource source) {
        try (Connection c = source.open(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(REVIEW_LIST)) {
            int columns = rs.getMetaData().getColumnCount();
            long rows = 0;
            while (rs.next()) {
                for (int i = 1; i <= columns; i++) {
                    rs.getObject(i);
                }
                rows++;
            }
            return rows;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** PostgreSQL's plan of the review list, run (EXPLAIN ANALYZE), for the report. */
    private static String explain(String where, ConnectionSource source) throws Exception {
        StringBuilder out = new StringBuilder("\nPostgreSQL's plan of the review list " + where
                + " (EXPLAIN (ANALYZE, BUFFERS)):\n\n```\n");
        try (Connection c = source.open(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("show work_mem")) {
                rs.next();
                out.append("work_mem = ").append(rs.getString(1)).append('\n');
            }
            try (ResultSet rs = s.executeQuery("explain (analyze, buffers) " + REVIEW_LIST)) {
                while (rs.next()) {
                    out.append(rs.getString(1)).append('\n');
                }
            }
        }
        return out.append("```\n").toString();
    }

    /** The floor of a first sync: the same rows read over JDBC with COPY, nothing written. */
    private static Object copyOut(CouncilTestServer council) throws Exception {
        OutputStream sink = OutputStream.nullOutputStream();
        try (Connection c = DriverManager.getConnection(council.url(), CouncilTestServer.USER, CouncilTestServer.PASSWORD)) {
            var copy = c.unwrap(PGConnection.class).getCopyAPI();
            long rows = copy.copyOut("copy (select * from council_charter order by change_no) to stdout", sink);
            rows += copy.copyOut("copy (select * from council_school order by change_no) to stdout", sink);
            rows += copy.copyOut("copy (select review_id, revision, content_sha256, school_urn, officer, document, "
                    + "change_no from council_review order by change_no) to stdout", sink);
            return rows;
        }
    }

    /** The floor of an incremental sync: a new connection and one query. */
    private static Object roundTrip(CouncilTestServer council) throws Exception {
        try (Connection c = DriverManager.getConnection(council.url(), CouncilTestServer.USER, CouncilTestServer.PASSWORD);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select max(change_no) from council_review")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @FunctionalInterface
    private interface Work<T> {
        T run() throws Exception;
    }

    /** Times {@code work}: wall time, and the CPU time of this thread (less moved by other load on the machine). */
    private <T> T time(String name, Work<T> work) throws Exception {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        T result = work.run();
        long millis = (System.nanoTime() - start) / 1_000_000;
        long cpuMillis = (threads.getCurrentThreadCpuTime() - cpu) / 1_000_000;
        times.computeIfAbsent(name, k -> new ArrayList<>()).add(millis);
        times.computeIfAbsent(name + " cpu", k -> new ArrayList<>()).add(cpuMillis);
        System.out.printf(Locale.ROOT, "%s: %d ms (CPU %d ms)%n", name, millis, cpuMillis);
        return result;
    }

    /** With {@code -Dscale.jfr=FOLDER}, records {@code work} with JDK Flight Recorder into FOLDER/NAME.jfr. */
    private static <T> T profiled(String name, Work<T> work) throws Exception {
        String folder = System.getProperty("scale.jfr");
        if (folder == null) {
            return work.run();
        }
        try (jdk.jfr.Recording recording = new jdk.jfr.Recording(jdk.jfr.Configuration.getConfiguration("profile"))) {
            for (String io : List.of("jdk.FileForce", "jdk.FileWrite", "jdk.FileRead", "jdk.SocketRead", "jdk.SocketWrite")) {
                recording.enable(io).withThreshold(java.time.Duration.ofMillis(1)).withStackTrace();
            }
            recording.start();
            T result = work.run();
            recording.stop();
            recording.dump(Path.of(folder, name + ".jfr"));
            return result;
        }
    }

    private long median(String name) {
        List<Long> runs = new ArrayList<>(times.getOrDefault(name, List.of()));
        runs.sort(null);
        return runs.isEmpty() ? 0 : runs.get((runs.size() - 1) / 2);
    }

    private String runs(String name) {
        return String.join(" ", times.getOrDefault(name, List.of()).stream().map(String::valueOf).toList());
    }

    private String table(double scale, int reviews, int schools, int firstRounds, int rounds, String load)
            throws Exception {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "#### Run at scale %s — %s%n%n", scale,
                java.time.ZonedDateTime.now(java.time.ZoneOffset.UTC).format(java.time.format.DateTimeFormatter
                        .ofPattern("yyyy-MM-dd HH:mm 'UTC'"))));
        out.append(String.format(Locale.ROOT, "Machine: %d cores, %s, JDK %s; load average %s before, %s after. "
                + "%d officers, %,d schools, %,d finalised reviews (one evidence file of %d bytes each); %d rounds of the "
                + "first sync, %d of the others; medians.%n%n", Runtime.getRuntime().availableProcessors(), cpu(), System.getProperty("java.version"),
                load, Files.readString(Path.of("/proc/loadavg")).trim(), OFFICERS, schools, reviews,
                ScaleCouncil.evidenceText(0).length(), firstRounds, rounds));
        out.append("| measure | the app | the floor, same run | ratio | goal |\n|---|---|---|---|---|\n");
        row(out, "first sync of a new laptop (every school and review, evidence as metadata only)", "app-first",
                "floor-first", "COPY of the same council rows to the client", "≤ 60 s");
        row(out, "incremental sync, nothing new", "app-nothing", "floor-nothing", "connect + one query", "≤ 2 s");
        row(out, "incremental sync, one new review", "app-one", "floor-one", "connect + one query", "≤ 2 s");
        for (String name : times.keySet()) {
            if (name.startsWith("h2 ") && !name.endsWith(" cpu")) {
                String list = name.substring(3);
                row(out, list + ": PostgreSQL against H2", "pg " + list, name, "the same on the encrypted H2 laptop",
                        "≤ 1×");
            }
        }
        return out.toString();
    }

    private void row(StringBuilder out, String label, String app, String floor, String floorLabel, String goal) {
        out.append(String.format(Locale.ROOT, "| %s | %s (runs: %s ms; CPU %s) | %s: %s (runs: %s ms) | **%.1f×** | %s |%n",
                label, seconds(median(app)), runs(app), seconds(median(app + " cpu")), floorLabel, seconds(median(floor)), runs(floor),
                median(floor) == 0 ? 0.0 : (double) median(app) / median(floor), goal));
    }

    private static String seconds(long millis) {
        return millis < 1000 ? millis + " ms" : String.format(Locale.ROOT, "%.2f s", millis / 1000.0);
    }

    private static String cpu() throws Exception {
        return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                .map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst().orElse("?");
    }
}
