package org.charterreviewer.charter;

import java.util.ArrayList;
import java.util.List;
import org.charterreviewer.charter.LocatedJson.Node;

/**
 * What one read of one charter file has found wrong so far, and which format version the file
 * declares (format-2 fields are refused, with a plain reason, in a format-1 file).
 */
final class ReadLog {

    final String file;
    final List<CharterProblem> problems = new ArrayList<>();
    int formatVersion = CharterReader.LATEST_FORMAT_VERSION;

    ReadLog(String file) {
        this.file = file;
    }

    void problem(int line, int column, String path, String message) {
        problems.add(new CharterProblem(file, line, column, path, message));
    }

    void problem(Node at, String path, String message) {
        problem(at.line(), at.column(), path, message);
    }

    boolean isFormat1() {
        return formatVersion == 1;
    }
}
