package org.charterreviewer.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.charterreviewer.progress.ProgressMonitor;
import org.charterreviewer.review.NewReview;
import org.charterreviewer.review.Participant;
import org.charterreviewer.review.Review;
import org.charterreviewer.review.ReviewExchange;
import org.charterreviewer.review.ReviewJsonReader;
import org.charterreviewer.review.ReviewJsonWriter;
import org.charterreviewer.school.SchoolDraft;
import org.charterreviewer.testing.CliRun;
import org.charterreviewer.workspace.Workspace;
import org.charterreviewer.workspace.WorkspaceOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * A whole small workflow runs with every log event captured (down to DEBUG): none of the names,
 * words or file names used may appear in any logged message, argument or failure.
 */
class NoPersonalDataInLogsTest {

    private static final List<String> PERSONAL = List.of("Marigold Lane Nursery", "Quillfeather",
            "Mina said the ramp", "Parent of Mina", "Mina-at-sports-day", "cut-short-Mina", "Orla Brennan");

    @TempDir
    Path dir;

    private final ListAppender<ILoggingEvent> captured = new ListAppender<>();
    private Logger root;
    private Level rootLevel;

    @BeforeEach
    void capture() {
        root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        rootLevel = root.getLevel();
        root.setLevel(Level.DEBUG);
        captured.start();
        root.addAppender(captured);
    }

    @AfterEach
    void release() {
        root.detachAppender(captured);
        root.setLevel(rootLevel);
    }

    @Test
    void aWorkflowLogsIdsAndCountsOnly() throws Exception {
        Path photo = dir.resolve("Mina-at-sports-day.jpg");
        ImageIO.write(new BufferedImage(20, 10, BufferedImage.TYPE_INT_RGB), "jpg", photo.toFile());
        Path damaged = Files.write(dir.resolve("cut-short-Mina.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0x01});
        try (Workspace workspace = Workspace.open(WorkspaceOptions.at(dir.resolve("data")))) {
            long schoolId = workspace.schools().add(SchoolDraft.named("Marigold Lane Nursery")).id();
            Review review = workspace.reviews().start(new NewReview(schoolId, ErasureFixtures.CHARTER_ID,
                    ErasureFixtures.CHARTER_VERSION, LocalDate.of(2026, 3, 9), List.of("Officer Quillfeather"),
                    List.of(new Participant("Head teacher", "Orla Brennan"))));
            workspace.reviews().addReviewNote(review.ref(), "Mina said the ramp is too steep", true);
            workspace.reviews().addVoice(review.ref(), null, "Parent of Mina", "Mina said the ramp scares her", false);
            workspace.evidence().attach(review.ref(), photo, List.of(), "Orla Brennan at sports day", ProgressMonitor.NONE);
            workspace.evidence().attach(review.ref(), damaged, List.of(), null, ProgressMonitor.NONE);
            ReviewExchange exchange = new ReviewExchange(workspace.reviews(), workspace.evidence(), workspace.schools(), workspace.charters(),
                    new ReviewJsonWriter(workspace.json()), new ReviewJsonReader(workspace.json()));
            exchange.export(workspace.reviews().revision(review.ref()), dir.resolve("out/Marigold Lane Nursery.json"), true);
            workspace.eraser().erase(workspace.eraser().planReview(review.id()));
        }
        CliRun added = CliRun.of("--data-dir", dir.resolve("cli").toString(), "school", "add", "--name",
                "Marigold Lane Nursery", "--head", "Orla Brennan");
        assertThat(added.exitCode()).isZero();
        assertThat(CliRun.of("--data-dir", dir.resolve("cli").toString(), "delete", "school", "1", "--yes").exitCode())
                .isZero();

        List<String> logged = new ArrayList<>();
        for (ILoggingEvent event : captured.list) {
            logged.add(event.getFormattedMessage());
            if (event.getArgumentArray() != null) {
                for (Object argument : event.getArgumentArray()) {
                    logged.add(String.valueOf(argument));
                }
            }
            for (IThrowableProxy failure = event.getThrowableProxy(); failure != null; failure = failure.getCause()) {
                logged.add(failure.getClassName() + ": " + failure.getMessage());
            }
        }
        assertThat(logged).as("the workflow logged something").isNotEmpty()
                .anyMatch(line -> line.contains("compacted"));
        for (String personal : PERSONAL) {
            assertThat(logged).as("logged text holding '%s'", personal).noneMatch(line -> line.contains(personal));
        }
    }

    @Test
    void overLongTextIsRefusedByNameBeforeTheDatabaseCanQuoteItIntoTheLog() throws Exception {
        String role = "Parent of Mina " + "x".repeat(200);
        Path file = dir.resolve("export/review.json");
        try (Workspace workspace = Workspace.open(WorkspaceOptions.at(dir.resolve("data")))) {
            long schoolId = workspace.schools().add(SchoolDraft.named("Marigold Lane Nursery")).id();
            Review review = workspace.reviews().start(new NewReview(schoolId, ErasureFixtures.CHARTER_ID,
                    ErasureFixtures.CHARTER_VERSION, LocalDate.of(2026, 3, 9), List.of("Officer Quillfeather"), List.of()));
            assertThatThrownBy(() -> workspace.reviews().addVoice(review.ref(), null, role, "Mina said the ramp", false))
                    .isInstanceOf(org.charterreviewer.InvalidInputException.class)
                    .hasMessage("The speaker’s role can be at most 200 characters.");
            assertThatThrownBy(() -> workspace.reviews().addAction(review.ref(), null, "Fix the ramp", role, null))
                    .hasMessage("The role of who does the action can be at most 200 characters.");
            workspace.reviews().addVoice(review.ref(), null, "Parent of Mina", "Mina said the ramp", false);
            workspace.reviewFiles().export(workspace.reviews().revision(review.ref()), file, true);
        }
        Files.writeString(file, Files.readString(file).replace("\"speakerRole\" : \"Parent of Mina\"",
                "\"speakerRole\" : \"" + role + "\""));

        CliRun imported = CliRun.of("--data-dir", dir.resolve("elsewhere").toString(), "review", "import", file.toString());

        assertThat(imported.exitCode()).isEqualTo(1);
        assertThat(imported.err()).contains("review.json: The speaker’s role can be at most 200 characters.")
                .doesNotContain("Mina", "Exception");
        assertThat(loggedText()).noneMatch(line -> line.contains("Mina") || line.contains("Quillfeather"));
    }

    /**
     * Every failure the app logs goes through {@link RedactedFailure}: a logging call never passes the
     * raw exception. The walkthrough's two files are being rewritten and are left to that change.
     */
    @Test
    void noLoggingCallPassesARawFailure() throws Exception {
        java.util.regex.Pattern rawFailure = java.util.regex.Pattern.compile(
                "LOG\\.(trace|debug|info|warn|error)\\((?:[^;]|\\n)*?,\\s*(e|ex|error|failure|t|cause|problem)\\s*\\);");
        List<String> found = new ArrayList<>();
        try (var sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                String name = source.getFileName().toString();
                var matcher = rawFailure.matcher(Files.readString(source));
                while (matcher.find()) {
                    found.add(name + ": " + matcher.group());
                }
            }
        }
        assertThat(found).isEmpty();
    }

    private List<String> loggedText() {
        List<String> logged = new ArrayList<>();
        for (ILoggingEvent event : captured.list) {
            logged.add(event.getFormattedMessage());
            for (IThrowableProxy failure = event.getThrowableProxy(); failure != null; failure = failure.getCause()) {
                logged.add(failure.getClassName() + ": " + failure.getMessage());
            }
        }
        return logged;
    }

    @Test
    void failuresAreLoggedWithoutTheirMessages() {
        RuntimeException failure = new IllegalStateException("Orla Brennan",
                new java.io.IOException("Mina-at-sports-day.jpg"));
        RedactedFailure redacted = RedactedFailure.of(failure);
        assertThat(redacted.getMessage()).contains("IllegalStateException").doesNotContain("Orla");
        assertThat(redacted.getCause().getMessage()).contains("IOException").doesNotContain("Mina");
        assertThat(redacted.getStackTrace()).isEqualTo(failure.getStackTrace());
    }
}
