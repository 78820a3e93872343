package org.charterreviewer.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.charterreviewer.certificate.CertificateReviews;
import org.charterreviewer.progress.ProgressMonitor;
import org.charterreviewer.workspace.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * The council database password is never written to a log, whatever the level: every event of
 * every logger (TRACE, jOOQ and the driver included) during connect, sync, a dropped connection
 * and a reconnect is read back, message, arguments and failures with their causes. And it is not
 * readable in the data folder's database file (encrypted with the key from the passphrase).
 */
class CouncilPasswordNeverLoggedTest {

    @TempDir
    Path dir;
    @RegisterExtension
    final CouncilTestServer council = CouncilTestServer.perTest();
    final ListAppender<ILoggingEvent> log = new ListAppender<>();
    Level rootWas;
    Level jooqWas;

    @BeforeEach
    void captureEverything() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        rootWas = root.getLevel();
        jooqWas = context.getLogger("org.jooq").getLevel();
        root.setLevel(Level.ALL);
        context.getLogger("org.jooq").setLevel(Level.ALL);
        log.setContext(context);
        log.start();
        root.addAppender(log);
    }

    @AfterEach
    void restore() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.detachAppender(log);
        root.setLevel(rootWas);
        context.getLogger("org.jooq").setLevel(jooqWas);
    }

    @Test
    void connectSyncDropAndReconnectLogNothingOfThePassword() throws Exception {
        try (Workspace laptop = CouncilTestServer.laptop(dir, "laptop")) {
            council.connect(laptop);
            CertificateReviews.awarded(laptop);
            CertificateReviews.notAwarded(laptop);
            try (CuttingProxy network = new CuttingProxy(council.url(), "insert into council_review", 2)) {
                laptop.team().connect(network.url(council.url()), CouncilTestServer.USER,
                        CouncilTestServer.PASSWORD.toCharArray());
                assertThat(catchThrowable(() -> laptop.team().sync(ProgressMonitor.NONE))).isInstanceOf(TeamProblem.class);
            }
            council.connect(laptop);
            laptop.team().sync(ProgressMonitor.NONE);
            laptop.team().test();
            assertThat(laptop.team().status().toString()).doesNotContain(CouncilTestServer.PASSWORD);
        }

        List<String> written = new ArrayList<>();
        for (ILoggingEvent event : log.list) {
            written.add(event.getFormattedMessage());
            if (event.getArgumentArray() != null) {
                for (Object argument : event.getArgumentArray()) {
                    written.add(String.valueOf(argument));
                }
            }
            for (IThrowableProxy failure = event.getThrowableProxy(); failure != null; failure = failure.getCause()) {
                written.add(failure.getClassName() + ": " + failure.getMessage());
            }
        }
        assertThat(log.list).as("the capture works: the sync logs at INFO and the dropped connection at WARN")
                .anySatisfy(e -> assertThat(e.getFormattedMessage()).startsWith("Team sync:"))
                .anySatisfy(e -> assertThat(e.getFormattedMessage()).isEqualTo("Team sync stopped"));
        assertThat(written).noneSatisfy(text -> assertThat(text).contains(CouncilTestServer.PASSWORD));

        byte[] file = Files.readAllBytes(dir.resolve("laptop").resolve("charter-reviewer.mv.db"));
        assertThat(new String(file, StandardCharsets.ISO_8859_1)).doesNotContain(CouncilTestServer.PASSWORD)
                .doesNotContain("team_connection").doesNotContain("TEAM_CONNECTION");
    }
}
