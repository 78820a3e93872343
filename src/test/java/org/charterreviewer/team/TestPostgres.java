package org.charterreviewer.team;

/**
 * Where the test PostgreSQL server is. Until the shared embedded server lands (branch pg), a local
 * server given by {@code -Dteam.test.postgres=jdbc:postgresql://127.0.0.1:PORT/}.
 */
final class TestPostgres {

    private TestPostgres() {
    }

    static String jdbcUrl(String database) {
        return System.getProperty("team.test.postgres", "jdbc:postgresql://127.0.0.1:55493/") + database;
    }
}
