package org.charterreviewer.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.charterreviewer.storage.jooq.Tables.APP_SETTING;

import java.io.IOException;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.Statement;
import org.charterreviewer.testing.TestDatabases;
import org.jooq.SQLDialect;
import org.junit.jupiter.api.Test;

/** Connecting to a council server: its dialect, its schema against this build, and plain failures. */
class ServerDatabaseTest {

    @Test
    void anEmptyServerIsMigratedByTheAppsOwnScriptsAndIsThenCurrent() {
        try (TestDatabases.PostgresDatabase empty = TestDatabases.emptyPostgres();
                ServerDatabase server = empty.connect()) {
            assertThat(server.schemaState()).isEqualTo(SchemaCheck.State.EMPTY);

            String version = server.migrate();

            assertThat(version).isEqualTo(SchemaCheck.newestBundledVersion(SQLDialect.POSTGRES).orElseThrow());
            assertThat(server.schemaState()).isEqualTo(SchemaCheck.State.CURRENT);
        }
    }

    @Test
    void theStoresDslSpeaksPostgresAndFindsTheTablesByTheirGeneratedNames() {
        try (TestDatabases.PostgresDatabase fresh = TestDatabases.freshPostgres(); Database database = fresh.open()) {
            assertThat(database.dialect()).isEqualTo(SQLDialect.POSTGRES);
            database.dsl().insertInto(APP_SETTING).set(APP_SETTING.SETTING_KEY, "k")
                    .set(APP_SETTING.SETTING_VALUE, "v").execute();
            assertThat(database.dsl().fetchValue(APP_SETTING.SETTING_VALUE)).isEqualTo("v");
        }
    }

    @Test
    void theAppsSessionsSortInMemoryUnlessTheUrlSaysOtherwise() throws Exception {
        try (TestDatabases.PostgresDatabase fresh = TestDatabases.freshPostgres()) {
            try (ServerDatabase server = fresh.connect()) {
                assertThat(workMem(server)).isEqualTo("32MB");
            }
            try (ServerDatabase server = ServerDatabase.connect(fresh.url() + "?options=-c%20work_mem=5MB", fresh.user(),
                    new char[0])) {
                assertThat(workMem(server)).isEqualTo("5MB");
            }
        }
    }

    @Test
    void statementsArePreparedOnTheServerFromTheirFirstRunUnlessTheUrlSaysOtherwise() throws Exception {
        try (TestDatabases.PostgresDatabase fresh = TestDatabases.freshPostgres()) {
            try (ServerDatabase server = fresh.connect(); Connection connection = server.connection()) {
                assertThat(connection.unwrap(org.postgresql.PGConnection.class).getPrepareThreshold()).isEqualTo(1);
            }
            try (ServerDatabase server = ServerDatabase.connect(fresh.url() + "?prepareThreshold=0", fresh.user(),
                    new char[0]); Connection connection = server.connection()) {
                assertThat(connection.unwrap(org.postgresql.PGConnection.class).getPrepareThreshold()).isZero();
            }
        }
    }

    private static String workMem(ServerDatabase server) throws Exception {
        try (Connection connection = server.connection(); Statement statement = connection.createStatement();
                java.sql.ResultSet rs = statement.executeQuery("SHOW work_mem")) {
            rs.next();
            return rs.getString(1);
        }
    }

    @Test
    void aServerMigratedByANewerBuildIsToldApartAndNotMigratedDown() throws Exception {
        try (TestDatabases.PostgresDatabase fresh = TestDatabases.freshPostgres(); ServerDatabase server = fresh.connect()) {
            try (Connection connection = server.connection(); Statement statement = connection.createStatement()) {
                statement.execute("UPDATE flyway_schema_history SET version = '99999'"
                        + " WHERE installed_rank = (SELECT MAX(installed_rank) FROM flyway_schema_history)");
            }
            assertThat(server.schemaState()).isEqualTo(SchemaCheck.State.NEWER);
            assertThatThrownBy(server::migrate).isInstanceOf(StorageException.class)
                    .hasMessageContaining("newer version of Charter Reviewer");
        }
    }

    @Test
    void aServerOneMigrationBehindIsOlder() throws Exception {
        try (TestDatabases.PostgresDatabase fresh = TestDatabases.freshPostgres(); ServerDatabase server = fresh.connect()) {
            try (Connection connection = server.connection(); Statement statement = connection.createStatement()) {
                statement.execute("DELETE FROM flyway_schema_history"
                        + " WHERE installed_rank = (SELECT MAX(installed_rank) FROM flyway_schema_history)");
            }
            assertThat(server.schemaState()).isEqualTo(SchemaCheck.State.OLDER);
        }
    }

    @Test
    void anUnreachableServerGivesAPlainMessage() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        assertThatThrownBy(() -> ServerDatabase.connect("jdbc:postgresql://127.0.0.1:" + closedPort + "/council",
                "officer", "secret".toCharArray()))
                .isInstanceOf(StorageException.class)
                .hasMessage("The council database at 127.0.0.1:" + closedPort + "/council cannot be reached. Check the"
                        + " address and the network, and that the server is running; your work stays on this laptop.");
    }

    @Test
    void aMissingDatabaseAndAForeignAddressGivePlainMessages() {
        try (TestDatabases.PostgresDatabase fresh = TestDatabases.freshPostgres()) {
            String missing = fresh.url().replace(fresh.name(), "no_such_council");
            assertThatThrownBy(() -> ServerDatabase.connect(missing, fresh.user(), new char[0]))
                    .isInstanceOf(StorageException.class)
                    .hasMessageContaining("has no database of that name");
        }
        assertThatThrownBy(() -> ServerDatabase.connect("jdbc:h2:mem:council", "sa", new char[0]))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("is not one Charter Reviewer can use");
    }
}
