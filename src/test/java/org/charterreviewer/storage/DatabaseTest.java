package org.charterreviewer.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.charterreviewer.storage.jooq.Tables.SCHOOL;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {

    @TempDir
    Path dir;

    @Test
    void migratesWritesClosesReopensAndReadsBack() {
        DataFolder folder = DataFolder.at(dir);
        assertThat(folder.isNew()).isTrue();
        OffsetDateTime now = OffsetDateTime.of(2026, 11, 22, 9, 30, 0, 0, ZoneOffset.UTC);

        try (Database database = Database.open(folder, Optional.empty())) {
            database.dsl().insertInto(SCHOOL)
                    .set(SCHOOL.NAME, "St Anthony’s Catholic Primary Academy 🌟")
                    .set(SCHOOL.URN, "104355")
                    .set(SCHOOL.POSTCODE, "WV10 8BW")
                    .set(SCHOOL.CREATED_AT, now)
                    .set(SCHOOL.UPDATED_AT, now)
                    .execute();
        }
        assertThat(folder.databaseFile()).isRegularFile();
        assertThat(folder.isNew()).isFalse();

        try (Database database = Database.open(folder, Optional.empty())) {
            var school = database.dsl().selectFrom(SCHOOL).where(SCHOOL.URN.eq("104355")).fetchOne();
            assertThat(school).isNotNull();
            assertThat(school.getName()).isEqualTo("St Anthony’s Catholic Primary Academy 🌟");
            assertThat(school.getCreatedAt().toInstant()).isEqualTo(now.toInstant());
            // The newest migration shipped, whichever feature added it last.
            assertThat(DatabaseSummary.read(database.dsl()).schemaVersion()).isEqualTo(latestMigration());
            assertThat(DatabaseSummary.read(database.dsl()).schools()).isEqualTo(1);
        }
    }

    @Test
    void encryptedFileIsUnreadableWithoutItsPassphraseAndUnchangedByAWrongOne() throws Exception {
        DataFolder folder = DataFolder.at(dir);
        try (Database database = Database.open(folder, Optional.of("correct horse".toCharArray()))) {
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            database.dsl().insertInto(SCHOOL).set(SCHOOL.NAME, "UniqueMarkerSchoolName")
                    .set(SCHOOL.CREATED_AT, now).set(SCHOOL.UPDATED_AT, now).execute();
        }
        byte[] before = Files.readAllBytes(folder.databaseFile());
        assertThat(new String(before, java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain("UniqueMarkerSchoolName");

        assertThatThrownBy(() -> Database.open(folder, Optional.of("wrong".toCharArray())))
                .isInstanceOf(WrongPassphraseException.class)
                .hasMessageContaining("passphrase does not open");
        assertThatThrownBy(() -> Database.open(folder, Optional.empty()))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("cannot be read");
        assertThat(Files.readAllBytes(folder.databaseFile())).isEqualTo(before);

        try (Database database = Database.open(folder, Optional.of("correct horse".toCharArray()))) {
            assertThat(database.dsl().fetchCount(SCHOOL)).isEqualTo(1);
        }
    }

    @Test
    void secondLockOnTheSameFolderIsRefusedWithAPlainMessage() {
        DataFolder folder = DataFolder.at(dir);
        try (InstanceLock first = InstanceLock.acquire(folder)) {
            assertThatThrownBy(() -> InstanceLock.acquire(folder))
                    .isInstanceOf(DataFolderInUseException.class)
                    .hasMessageContaining("already open on this data folder");
        }
        // Released: a later start gets it.
        InstanceLock.acquire(folder).close();
    }

    private static String latestMigration() {
        try (var files = Stream.concat(Files.list(Path.of("src/main/resources/db/migration/common")),
                Files.list(Path.of("src/main/resources/db/migration/h2")))) {
            return Integer.toString(files.map(f -> f.getFileName().toString())
                    .filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__"))))
                    .max().orElse(0));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
