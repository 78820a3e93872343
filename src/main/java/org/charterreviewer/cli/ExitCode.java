package org.charterreviewer.cli;

/** The command line's exit codes; scripts and councils' automation depend on these staying put. */
public final class ExitCode {

    public static final int OK = 0;
    /** Invalid input or failed verification, with a plain message on stderr. */
    public static final int INVALID = 1;
    public static final int USAGE = 2;
    public static final int DATA_FOLDER_IN_USE = 3;
    public static final int WRONG_PASSPHRASE = 4;

    private ExitCode() {
    }
}
