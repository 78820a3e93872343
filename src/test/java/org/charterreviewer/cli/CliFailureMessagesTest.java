package org.charterreviewer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.sql.SQLException;
import org.charterreviewer.storage.FailureKind;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * Failures the command line did not expect are named by their kind (a full disk, a read-only folder,
 * a damaged file) in plain words naming the data folder, never as "Something went wrong
 * (DataAccessException)"; the log records the kind and nothing of the messages, which quote data.
 */
class CliFailureMessagesTest {

    private static final String PERSONAL = "Mina said the ramp is too steep";

    @TempDir
    Path dir;
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();

    @BeforeEach
    void captureTheLog() {
        log.start();
        ((Logger) LoggerFactory.getLogger(Cli.class)).addAppender(log);
    }

    @AfterEach
    void release() {
        ((Logger) LoggerFactory.getLogger(Cli.class)).detachAppender(log);
    }

    @Test
    void aFullDiskNamesTheFolderAndTheLogSaysNoSpaceLeft() {
        String err = handle(new DataAccessException("SQL [insert into voice ... '" + PERSONAL + "']",
                new SQLException("IO Exception: \"No space left on device\" [90028]", "HY000", 90028)));

        assertThat(err).contains("is full", dir.toString(), "100 MB").doesNotContain("Something went wrong",
                "Exception", PERSONAL);
        assertThat(logged()).contains("no space left").doesNotContain(PERSONAL);
    }

    @Test
    void aReadOnlyFolderIsNamedAsSuch() {
        String err = handle(new java.io.UncheckedIOException(new FileSystemException(PERSONAL + ".pdf", null,
                "Read-only file system")));

        assertThat(err).contains("read-only", dir.toString()).doesNotContain("Something went wrong", PERSONAL);
        assertThat(logged()).contains("folder not writable").doesNotContain(PERSONAL);
    }

    @Test
    void aDamagedFileFoundWhileWorkingPointsAtABackup() {
        String err = handle(new DataAccessException("read", new SQLException("File corrupted while reading record", "90030", 90030)));

        assertThat(err).contains("is damaged", "backup restore").doesNotContain("Something went wrong");
        assertThat(logged()).contains("database file damaged");
    }

    @Test
    void theKindIsReadThroughWrappedCauses() {
        assertThat(FailureKind.of(new RuntimeException(new IllegalStateException(
                new java.io.IOException("No space left on device"))))).isEqualTo(FailureKind.NO_SPACE);
        assertThat(FailureKind.of(new RuntimeException("nothing special"))).isEqualTo(FailureKind.OTHER);
    }

    private String handle(Exception failure) {
        StringWriter err = new StringWriter();
        CliSession session = new CliSession(options -> {
            throw new AssertionError("not opened");
        }, java.util.Map.of());
        session.dataDir(dir);
        Cli.handle(failure, new PrintWriter(err, true), session);
        return err.toString();
    }

    private String logged() {
        StringBuilder text = new StringBuilder();
        for (ILoggingEvent event : log.list) {
            text.append(event.getFormattedMessage()).append('\n');
            if (event.getThrowableProxy() != null) {
                text.append(ThrowableProxyUtil.asString(event.getThrowableProxy())).append('\n');
            }
        }
        return text.toString();
    }
}
