package org.charterreviewer.team;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.charterreviewer.json.JsonMapperFactory;
import org.charterreviewer.testing.CliRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code team connect/status/sync/disconnect} from the command line: a working login is tested and
 * kept encrypted; every failure (unreachable, unprepared, newer schema, TLS required but not
 * offered, a bad address) is one plain message and leaves the settings as they were.
 */
class TeamConnectCliTest {

    @TempDir
    Path dir;
    Path data;
    Path passwordFile;
    @RegisterExtension
    final CouncilTestServer council = CouncilTestServer.perTest();

    @BeforeEach
    void setUp() throws Exception {
        data = dir.resolve("data");
        passwordFile = Files.writeString(dir.resolve("db-password.txt"), CouncilTestServer.PASSWORD + "\n");
    }

    private CliRun run(String... args) {
        List<String> all = new ArrayList<>(List.of("--data-dir", data.toString()));
        all.addAll(Arrays.asList(args));
        return CliRun.of(all.toArray(String[]::new));
    }

    private CliRun connect(String url) {
        return run("team", "connect", "--url", url, "--user", CouncilTestServer.USER, "--password-file",
                passwordFile.toString());
    }

    private static void assertPlainFailure(CliRun result, String expected) {
        assertThat(result.exitCode()).as(result.out()).isEqualTo(1);
        assertThat(result.err()).contains(expected).doesNotContain("Exception").doesNotContain("\tat ");
    }

    private JsonNode status() throws Exception {
        CliRun result = run("team", "status", "--json");
        assertThat(result.exitCode()).as(result.err()).isZero();
        return JsonMapperFactory.create().readTree(result.out());
    }

    @Test
    void aWorkingLoginIsKeptEncryptedAndAFailedOneChangesNothing() throws Exception {
        CliRun connected = connect(council.url());
        assertThat(connected.exitCode()).as(connected.err()).isZero();
        assertThat(connected.out()).contains("Connected to the council database").contains("sslmode=prefer");
        JsonNode status = status();
        assertThat(status.get("connected").asBoolean()).isTrue();
        assertThat(status.get("url").asText()).isEqualTo(council.url() + "?sslmode=prefer");
        assertThat(status.toString()).doesNotContain(CouncilTestServer.PASSWORD);

        assertPlainFailure(connect("jdbc:postgresql://127.0.0.1:1/charters"), "cannot be reached");
        assertPlainFailure(connect("https://council.example/charters"), "not one this app can use");
        assertPlainFailure(connect(council.url() + "?sslmode=require"), "secure (TLS) connection");
        try (CouncilTestServer unprepared = CouncilTestServer.empty()) {
            assertPlainFailure(connect(unprepared.url()), "has not been set up");
        }
        assertThat(status().get("url").asText()).isEqualTo(council.url() + "?sslmode=prefer");

        CliRun synced = run("team", "sync", "--json");
        assertThat(synced.exitCode()).as(synced.err()).isZero();
        assertThat(status().get("lastSync").isNull()).isFalse();

        // The password is inside the encrypted database file only: not readable in it, nor in the logs.
        byte[] file = Files.readAllBytes(data.resolve("charter-reviewer.mv.db"));
        assertThat(new String(file, StandardCharsets.ISO_8859_1)).doesNotContain(CouncilTestServer.PASSWORD);
        try (var logs = Files.walk(data)) {
            for (Path log : logs.filter(p -> p.toString().endsWith(".log")).toList()) {
                assertThat(Files.readString(log)).doesNotContain(CouncilTestServer.PASSWORD);
            }
        }

        CliRun gone = run("team", "disconnect");
        assertThat(gone.exitCode()).isZero();
        assertThat(status().get("connected").asBoolean()).isFalse();
        assertPlainFailure(run("team", "sync"), "not connected to a council database");
    }

    @Test
    void aServerNewerThanTheAppIsNamedPlainly() {
        council.sql("insert into council_schema_history (installed_rank, version, description, type, script, "
                + "checksum, installed_by, execution_time, success) values (99, '99', 'later', 'SQL', 'V99__later.sql', "
                + "0, 'postgres', 0, true)");
        assertPlainFailure(connect(council.url()), "newer than this version");
        assertThat(run("team", "status").out()).contains("Not connected");
    }
}
