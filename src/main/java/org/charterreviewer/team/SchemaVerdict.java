package org.charterreviewer.team;

/** How the council database's schema compares with the one this version of the app expects. */
public enum SchemaVerdict {
    /** The same version: sync can run. */
    CURRENT,
    /** The server has not been prepared yet (no council tables). */
    NOT_PREPARED,
    /** The server is older: council IT runs the newer app's {@code team prepare-server}. */
    OLDER,
    /** The server is newer: this laptop needs the newer app. */
    NEWER
}
