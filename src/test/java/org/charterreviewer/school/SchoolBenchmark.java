package org.charterreviewer.school;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.charterreviewer.progress.ProgressMonitor;
import org.charterreviewer.testing.CliRun;
import org.charterreviewer.testing.GiasFixture;
import org.charterreviewer.workspace.Workspace;
import org.charterreviewer.workspace.WorkspaceOptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole national GIAS file (50,000 rows, ~135 columns, ~60 MB, Windows-1252) imported into a
 * real H2 file, and search timings at 50,000 schools. Run with
 * {@code mvn verify -Dgroups=benchmark -Dtest.excludedGroups=}; numbers go to docs/PERFORMANCE.md.
 */
@Tag("benchmark")
class SchoolBenchmark {

    private static final Logger LOG = LoggerFactory.getLogger(SchoolBenchmark.class);
    private static final int ROWS = 50_000;

    private static final String[] SAINTS = {"St Anthony\u2019s", "St Mary\u2019s", "St Joseph\u2019s",
        "All Saints", "Holy Trinity", "St Peter\u2019s", "Christ Church", "St John\u2019s", "Our Lady\u2019s"};
    private static final String[] PLACES = {"Hampstead", "Kentish Town", "Holloway", "Brixton", "Ashford",
        "Bramley", "Chorlton", "Didsbury", "Eccles", "Frodsham", "Garforth", "Holmfirth", "Ilkley", "Jarrow",
        "Kendal", "Ludlow", "Malton", "Nailsea", "Oundle", "Pudsey", "Ripon", "Selby", "Thirsk", "Ulverston",
        "Ventnor", "Wetherby", "Yarm", "Bro Alaw", "\u00c9cole", "Ysgol"};
    private static final String[] KINDS = {"Primary School", "Church of England Primary School",
        "Catholic Primary School", "Infant School", "Junior School", "Academy", "High School", "Nursery School",
        "Special School", "Pupil Referral Unit", "College", "Free School"};
    private static final String[] STATUSES = {"Open", "Open", "Open", "Open", "Open", "Open", "Closed", "Closed",
        "Open, but proposed to close", "Proposed to open"};

    @TempDir
    Path dir;

    @Test
    void importsTheNationalFileAndSearchesFiftyThousandSchools() throws Exception {
        Path file = nationalFile(dir.resolve("edubasealldata20251105.csv"), 1);
        Path newer = nationalFile(dir.resolve("edubasealldata20251201.csv"), 2);
        List<String> report = new ArrayList<>();
        // The importer logs where each import's time went; keep those lines in the report.
        ch.qos.logback.classic.Logger importerLog =
                (ch.qos.logback.classic.Logger) LoggerFactory.getLogger(GiasImporter.class);
        ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> phases =
                new ch.qos.logback.core.read.ListAppender<>();
        phases.start();
        importerLog.addAppender(phases);
        importerLog.setLevel(ch.qos.logback.classic.Level.INFO);
        report.add(String.format(Locale.ROOT, "file: %,d rows, %d columns, %.1f MB (Windows-1252)", ROWS,
                GiasFixture.REAL_HEADER.size(), Files.size(file) / 1e6));
        report.add("database: AES-encrypted H2 file, as the app and the command line open it");
        try (Workspace workspace = Workspace.open(WorkspaceOptions.at(dir.resolve("data"))
                .withPassphrase(CliRun.TEST_PASSPHRASE.toCharArray()))) {
            SchoolRegister register = workspace.schools();
            GiasImportOptions everything = new GiasImportOptions(List.of(), true);

            long t0 = System.nanoTime();
            GiasImportResult first = register.importGias(file, everything, ProgressMonitor.NONE);
            report.add(line("first import (all added)", t0, first));
            assertThat(first.added()).isEqualTo(ROWS);

            t0 = System.nanoTime();
            GiasImportResult same = register.importGias(file, everything, ProgressMonitor.NONE);
            report.add(line("same file again (all unchanged)", t0, same));
            assertThat(same.unchanged()).isEqualTo(ROWS);

            t0 = System.nanoTime();
            GiasImportResult changed = register.importGias(newer, everything, ProgressMonitor.NONE);
            report.add(line("newer file (every row changed)", t0, changed));
            assertThat(changed.updated()).isEqualTo(ROWS);

            t0 = System.nanoTime();
            GiasImportResult oneLa = register.importGias(newer, new GiasImportOptions(List.of("Camden"), false),
                    ProgressMonitor.NONE);
            report.add(line("one authority, open only", t0, oneLa));

            phases.list.forEach(event -> report.add("  " + event.getFormattedMessage()));
            for (String query : new String[] {"", "primary", "st anthony", "ecole bro", "100123", "nw12ab",
                "kendal", "zzzz no match"}) {
                report.add(searchTiming(register, query));
            }
        }
        report.forEach(LOG::info);
        Files.write(Path.of("target", "benchmark-schools.txt"), report);
    }

    private static String line(String what, long startNanos, GiasImportResult result) {
        return String.format(Locale.ROOT, "%-34s %6d ms  (added %d, updated %d, unchanged %d, filtered %d)", what,
                (System.nanoTime() - startNanos) / 1_000_000, result.added(), result.updated(), result.unchanged(),
                result.skippedByFilter());
    }

    /** Median of 25 runs after 5 warm-ups, as the list runs it: the first 1,001 rows in name order. */
    private static String searchTiming(SchoolRegister register, String query) {
        long[] times = new long[25];
        int found = 0;
        for (int run = -5; run < times.length; run++) {
            long t0 = System.nanoTime();
            List<School> schools = register.search(query, false, 1_001);
            int total = schools.size();
            if (run >= 0) {
                times[run] = System.nanoTime() - t0;
            }
            found = total;
        }
        Arrays.sort(times);
        return String.format(Locale.ROOT, "search %-18s median %5.1f ms, max %5.1f ms  (%d rows returned, at most 1,001)",
                "\"" + query + "\"", times[times.length / 2] / 1e6, times[times.length - 1] / 1e6, found);
    }

    /** A file shaped and sized like the real national extract; {@code release} changes every row. */
    private static Path nationalFile(Path file, int release) throws IOException {
        Random random = new Random(2025);
        GiasFixture gias = GiasFixture.shuffled(release);
        String[] authorities = new String[152];
        for (int i = 0; i < authorities.length; i++) {
            authorities[i] = i == 0 ? "Camden" : PLACES[i % PLACES.length] + " " + (i / PLACES.length + 1);
        }
        for (int i = 0; i < ROWS; i++) {
            String name = (i % 3 == 0 ? SAINTS[random.nextInt(SAINTS.length)] + " " : "")
                    + PLACES[random.nextInt(PLACES.length)] + " " + KINDS[random.nextInt(KINDS.length)];
            Map<String, String> more = new HashMap<>();
            String town = PLACES[random.nextInt(PLACES.length)];
            more.put("Town", town);
            more.put("Postcode", (char) ('A' + random.nextInt(26)) + "" + (char) ('A' + random.nextInt(26))
                    + (1 + random.nextInt(20)) + " " + random.nextInt(10) + (char) ('A' + random.nextInt(26))
                    + (char) ('A' + random.nextInt(26)));
            more.put("Locality", release == 1 ? "" : "Ward " + (i % 40));
            more.put("Address3", "");
            more.put("County (name)", i % 2 == 0 ? "Not recorded" : "Greater Manchester");
            more.put("SchoolWebsite", "http://www." + town.toLowerCase(Locale.ROOT).replace(' ', '-') + i
                    + ".sch.uk");
            more.put("TelephoneNum", "01" + (100000000 + random.nextInt(899999999)));
            more.put("HeadFirstName", i % 7 == 0 ? "Siobh\u00e1n" : "Jane");
            more.put("HeadLastName", i % 5 == 0 ? "O\u2019Brien" : "Smith");
            more.put("Trusts (name)", i % 2 == 0 ? "The " + town + " Learning Partnership Multi-Academy Trust" : "");
            more.put("SiteName", "");
            more.put("PropsName", i % 10 == 0 ? "The Proprietor of " + name : "");
            more.put("InspectorateReport", "https://reports.ofsted.gov.uk/provider/21/" + (100000 + i));
            more.put("Federations (name)", "Not applicable");
            more.put("SchoolSponsors (name)", i % 4 == 0 ? town + " Diocesan Board of Education" : "");
            more.put("ReligiousEthos (name)", i % 3 == 0 ? "Roman Catholic" : "Does not apply");
            more.put("PhaseOfEducation (name)", i % 4 == 0 ? "Secondary" : "Primary");
            more.put("TypeOfEstablishment (name)", i % 3 == 0 ? "Academy converter" : "Community school");
            gias.school(String.valueOf(100000 + i), name, authorities[i % authorities.length],
                    STATUSES[i % STATUSES.length], more);
        }
        return gias.write(file);
    }
}
