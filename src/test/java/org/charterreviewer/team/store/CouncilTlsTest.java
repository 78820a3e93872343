package org.charterreviewer.team.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.charterreviewer.i18n.Messages;
import org.charterreviewer.team.CouncilLogin;
import org.charterreviewer.team.CouncilUrl;
import org.charterreviewer.team.TeamProblem;
import org.charterreviewer.testing.TestDatabases;
import org.charterreviewer.testing.TlsPostgresServer;
import org.junit.jupiter.api.Test;

/**
 * TLS to the council database, on embedded PostgreSQL: used whenever the server offers it (the
 * address without {@code sslmode} gets {@code prefer}), required when the address says so, and
 * when it cannot be had the officer reads the plain TLS message, never a stack trace.
 */
class CouncilTlsTest {

    private static final String SSL_IN_USE = "select ssl from pg_stat_ssl where pid = pg_backend_pid()";
    private static final String PASSWORD = "unused-by-a-trusting-server";

    private static CouncilLogin login(String typed, String user) {
        return new CouncilLogin(CouncilUrl.settle(typed), user, PASSWORD.toCharArray());
    }

    /** Whether the connection the app opens for {@code login} is encrypted, as the server sees it. */
    private static boolean encrypted(CouncilLogin login) {
        try (CouncilDatabase council = CouncilDatabase.open(login)) {
            return council.call(dsl -> dsl.fetchSingle(SSL_IN_USE).get(0, Boolean.class));
        }
    }

    private static TeamProblem openingFails(CouncilLogin login) {
        return catchThrowableOfType(TeamProblem.class, () -> CouncilDatabase.open(login).close());
    }

    @Test
    void aServerThatOffersTlsIsReachedEncryptedByDefault() {
        try (TlsPostgresServer server = TlsPostgresServer.start()) {
            assertThat(encrypted(login(server.url(), server.user()))).as("no sslmode: TLS when offered").isTrue();
            assertThat(encrypted(login(server.url() + "?sslmode=require", server.user()))).isTrue();
            assertThat(encrypted(login(server.url() + "?sslmode=disable", server.user()))).as("the check can tell")
                    .isFalse();
            // verify-full checks the certificate against trusted authorities: a self-signed one is refused plainly.
            assertThat(openingFails(login(server.url() + "?sslmode=verify-full", server.user())))
                    .hasMessage(Messages.tr("team.error.tls"));
        }
    }

    /** The command line's plain message for the same is checked in TeamConnectCliTest. */
    @Test
    void aServerWithoutTlsIsReachedPlainByDefaultAndRefusedWhenTheAddressRequiresIt() {
        try (TestDatabases.PostgresDatabase plain = TestDatabases.freshPostgres()) {
            assertThat(encrypted(login(plain.url(), plain.user()))).as("prefer: plain where TLS is not offered").isFalse();
            assertThat(openingFails(login(plain.url() + "?sslmode=require", plain.user())))
                    .hasMessage(Messages.tr("team.error.tls"));
        }
    }
}
