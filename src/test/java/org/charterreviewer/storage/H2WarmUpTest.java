package org.charterreviewer.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.charterreviewer.storage.jooq.Tables.SCHOOL;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.h2.store.fs.FileUtils;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** H2's warm-up while the passphrase is typed: in memory only, gone after, and no obstacle to the real opening. */
class H2WarmUpTest {

    private static final String PASSPHRASE = "correct horse battery";

    @TempDir
    Path dir;

    private DataFolder folder;

    @BeforeEach
    void encryptedFolderWithOneSchool() {
        folder = DataFolder.at(dir);
        try (Database database = Database.open(folder, Optional.of(PASSPHRASE.toCharArray()))) {
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            database.dsl().insertInto(SCHOOL).set(SCHOOL.NAME, "Warm-up Primary")
                    .set(SCHOOL.CREATED_AT, now).set(SCHOOL.UPDATED_AT, now).execute();
        }
    }

    @Test
    void leavesNoDatabaseBehindAndTheDataFolderAsItWas() throws Exception {
        Map<String, String> before = contents(dir);
        String location = H2WarmUp.newLocation();
        AtomicBoolean wasOpen = new AtomicBoolean();


        AtomicBoolean queried = new AtomicBoolean();

        H2WarmUp.run(location, connection -> {
            wasOpen.set(FileUtils.exists(location));
            JooqWarmUp.query(connection);
            queried.set(true);
        });

        assertThat(wasOpen).as("the throwaway database existed while it ran").isTrue();
        assertThat(queried).as("jOOQ's warm-up ran its query there").isTrue();
        assertThat(FileUtils.exists(location)).as("the throwaway database is deleted").isFalse();
        assertThat(contents(dir)).as("every file of the data folder, byte for byte and its time").isEqualTo(before);
    }

    @Test
    void aWrongPassphraseThenTheRightOneOpenTheFolderWhileItRuns() {
        String location = H2WarmUp.newLocation();
        AtomicBoolean opened = new AtomicBoolean();

        H2WarmUp.run(location, connection -> {
            assertThatThrownBy(() -> Database.open(folder, Optional.of("wrong horse".toCharArray())))
                    .isInstanceOf(WrongPassphraseException.class);
            try (Database database = Database.open(folder, Optional.of(PASSPHRASE.toCharArray()))) {
                assertThat(database.dsl().fetchCount(SCHOOL)).isEqualTo(1);
            }
            opened.set(true);
        });

        assertThat(opened).as("the folder opened inside the warm-up").isTrue();
        assertThat(FileUtils.exists(location)).isFalse();
    }

    @Test
    void startsOncePerProcess() {
        StorageWarmUp.startOnce(); // started here, or by an earlier test in this JVM
        assertThat(StorageWarmUp.startOnce()).as("a second passphrase window starts nothing").isFalse();
    }

    /** Each file under {@code root} with its last-modified time and a hash of its bytes. */
    private static Map<String, String> contents(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(path).toString(),
                        Files.getLastModifiedTime(path) + " " + sha256(Files.readAllBytes(path)));
            }
        }
        return files;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
