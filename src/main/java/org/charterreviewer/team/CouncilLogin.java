package org.charterreviewer.team;

import java.util.Arrays;

/**
 * How this laptop logs in to the council database: the JDBC URL, the officer's database role and
 * its password. {@link #toString()} leaves the password out, so a log line can never carry it.
 */
public record CouncilLogin(String url, String user, char[] password) {

    public CouncilLogin {
        password = password.clone();
    }

    @Override
    public char[] password() {
        return password.clone();
    }

    /** Overwrites the copy of the password held here, once it is no longer needed. */
    public void wipe() {
        Arrays.fill(password, '\0');
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CouncilLogin o && o.url.equals(url) && o.user.equals(user)
                && Arrays.equals(o.password, password);
    }

    @Override
    public int hashCode() {
        return url.hashCode() * 31 + user.hashCode();
    }

    @Override
    public String toString() {
        return "CouncilLogin[url=" + url + ", user=" + user + "]";
    }
}
