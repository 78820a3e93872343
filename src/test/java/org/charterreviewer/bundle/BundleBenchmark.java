package org.charterreviewer.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.charterreviewer.charter.Charter;
import org.charterreviewer.identity.SigningIdentity;
import org.charterreviewer.progress.ProgressMonitor;
import org.charterreviewer.review.NewReview;
import org.charterreviewer.review.Participant;
import org.charterreviewer.review.Review;
import org.charterreviewer.review.ReviewFixtures;
import org.charterreviewer.workspace.Workspace;
import org.charterreviewer.workspace.WorkspaceOptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exports, verifies and imports a review with about 1 GB of evidence in a child JVM limited to
 * {@code -Xmx256m}: memory must stay flat whatever the evidence size. Run with
 * {@code mvn verify -Dgroups=benchmark -Dtest.excludedGroups= -Dtest=BundleBenchmark}; numbers go to
 * docs/PERFORMANCE.md ("Bundles").
 */
@Tag("benchmark")
class BundleBenchmark {

    static final int FILES = 5;
    static final int FILE_BYTES = 200 * 1024 * 1024;

    @TempDir
    Path dir;

    @Test
    void aGigabyteOfEvidenceUnder256MegabytesOfHeap() throws Exception {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-cp", System.getProperty("java.class.path"), "-Djava.awt.headless=true",
                BundleBenchmark.class.getName(), dir.toString());
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("child.log").toFile()).start();
        int exit = process.waitFor();
        String log = Files.readString(dir.resolve("child.log"));
        String report = log.lines().filter(l -> l.startsWith("RESULT")).reduce("", (a, b) -> a + b + "\n");
        Files.writeString(Path.of("target", "benchmark-bundles.txt"), report);
        assertThat(exit).as(log.length() > 4000 ? log.substring(log.length() - 4000) : log).isZero();
        assertThat(report).contains("export", "import");
    }

    /** The child: builds the review, then measures export and import with the heap's peak reset before each. */
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        try (Workspace here = Workspace.open(WorkspaceOptions.at(dir.resolve("here")));
                Workspace there = Workspace.open(WorkspaceOptions.at(dir.resolve("there")))) {
            Bundles bundles = Bundles.of(here);
            here.identity().create("Benchmark Officer", "SEND Officer", "Test Council", "a long passphrase".toCharArray(),
                    Optional.empty(), false);
            SigningIdentity identity = here.identity().unlock("a long passphrase".toCharArray());
            long school = ReviewFixtures.insertSchool(here.database().dsl(), "Big Evidence School", "100001");
            Charter charter = here.charters().latest(BundleFixture.CHARTER).orElseThrow().charter();
            Review review = bundles.reviews().start(new NewReview(school, charter.id(), charter.version(),
                    LocalDate.of(2026, 3, 9), List.of("Benchmark Officer"), List.of(new Participant("Head teacher", null))));
            bundles.evidence().setMaxBytes(FILE_BYTES + 1024L);
            byte[] chunk = new byte[1024 * 1024];
            Random random = new Random(7);
            for (int i = 0; i < FILES; i++) {
                Path file = dir.resolve("video-" + i + ".mp4");
                try (OutputStream out = Files.newOutputStream(file)) {
                    for (int mb = 0; mb < FILE_BYTES / chunk.length; mb++) {
                        random.nextBytes(chunk);
                        out.write(chunk);
                    }
                }
                bundles.evidence().attach(review.ref(), file, List.of(), null, ProgressMonitor.NONE);
                Files.delete(file);
            }
            review = bundles.reviews().latest(review.id());
            List<String> results = new ArrayList<>();

            resetPeaks();
            long start = System.nanoTime();
            Path bundle = bundles.exporter().export(review, false, BundleAttachments.NONE, identity,
                    dir.resolve("big.zip"), ProgressMonitor.NONE).file();
            results.add(result("export", start, Files.size(bundle)));

            Bundles other = Bundles.of(there);
            resetPeaks();
            start = System.nanoTime();
            other.verifier().verify(bundle, ProgressMonitor.NONE);
            results.add(result("verify", start, Files.size(bundle)));

            resetPeaks();
            start = System.nanoTime();
            other.importer().importBundle(bundle, ProgressMonitor.NONE);
            results.add(result("import (verify + write)", start, Files.size(bundle)));
            results.forEach(line -> System.out.println(line)); // the parent reads the child's output
        }
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static String result(String what, long startNanos, long bundleBytes) {
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        return String.format(java.util.Locale.ROOT, "RESULT %s: %.1f s, peak heap %d MB, bundle %d MB, max heap %d MB",
                what, (System.nanoTime() - startNanos) / 1e9, peak / (1024 * 1024), bundleBytes / (1024 * 1024),
                Runtime.getRuntime().maxMemory() / (1024 * 1024));
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
