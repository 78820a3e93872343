package org.charterreviewer.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.jooq.SQLDialect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening skips Flyway only when a real database already has every bundled migration. */
class SchemaCheckTest {

    @TempDir
    Path dir;

    @Test
    void theNewestBundledVersionIsTheOneFlywayAppliesLast() {
        DataFolder folder = DataFolder.at(dir);
        Database.open(folder, Optional.empty()).close();
        String flywaysNewest = flyway(folder).info().current().getVersion().getVersion();

        assertThat(SchemaCheck.newestBundledVersion(SQLDialect.H2)).contains(flywaysNewest);
    }

    @Test
    void aMigratedDatabaseIsCurrentAndAnEmptyOneIsNot() throws Exception {
        DataFolder folder = DataFolder.at(dir);
        folder.create();
        try (Connection empty = connect(folder)) {
            assertThat(SchemaCheck.isCurrent(empty, SQLDialect.H2)).isFalse();
        }
        Database.open(folder, Optional.empty()).close();
        try (Connection migrated = connect(folder)) {
            assertThat(SchemaCheck.isCurrent(migrated, SQLDialect.H2)).isTrue();
        }
    }

    @Test
    void aDatabaseBehindTheNewestMigrationIsMigratedOnOpening() throws Exception {
        DataFolder folder = DataFolder.at(dir);
        folder.create();
        // Migrated by Flyway up to the script before the newest, as an older version of the app left it.
        MigrationInfo[] scripts = flyway(folder).info().all();
        String previous = scripts[scripts.length - 2].getVersion().getVersion();
        Flyway.configure().dataSource(Database.jdbcUrl(folder, false), "charter", "")
                .locations("classpath:db/migration/common", "classpath:db/migration/h2").target(previous).load().migrate();
        try (Connection connection = connect(folder)) {
            assertThat(SchemaCheck.isCurrent(connection, SQLDialect.H2)).isFalse();
        }

        try (Database reopened = Database.open(folder, Optional.empty())) {
            assertThat(DatabaseSummary.read(reopened.dsl()).schemaVersion())
                    .isEqualTo(SchemaCheck.newestBundledVersion(SQLDialect.H2).orElseThrow());
        }
    }

    @Test
    void aFailedMigrationInTheHistoryIsNeverTakenAsCurrent() throws Exception {
        DataFolder folder = DataFolder.at(dir);
        Database.open(folder, Optional.empty()).close();
        try (Connection connection = connect(folder); Statement statement = connection.createStatement()) {
            statement.execute("UPDATE \"flyway_schema_history\" SET \"success\" = FALSE WHERE \"installed_rank\" = 1");
            assertThat(SchemaCheck.isCurrent(connection, SQLDialect.H2)).isFalse();
        }
    }

    @Test
    void versionsCompareAsNumbersPartByPart() {
        assertThat(SchemaCheck.compare("10", "9")).isPositive();
        assertThat(SchemaCheck.compare("1.10", "1.9")).isPositive();
        assertThat(SchemaCheck.compare("2", "2.0")).isZero();
        assertThat(SchemaCheck.compare("35", "36")).isNegative();
    }

    private static Flyway flyway(DataFolder folder) {
        return Flyway.configure().dataSource(Database.jdbcUrl(folder, false), "charter", "")
                .locations("classpath:db/migration/common", "classpath:db/migration/h2").load();
    }

    private static Connection connect(DataFolder folder) throws Exception {
        return DriverManager.getConnection(Database.jdbcUrl(folder, false), "charter", "");
    }
}
