package org.charterreviewer.school;

import java.io.IOException;
import java.io.StringReader;
import java.util.Iterator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The records of a CSV text that can be read on after a row that is not CSV: Commons CSV cannot go
 * on once a quote is left open, so reading starts afresh at the next line, keeping the file's line
 * numbers. This is what lets one bad row of a 50,000-row register be listed instead of refusing it all.
 */
final class ResumableCsvRecords implements AutoCloseable {

    private final CSVFormat format;
    private final String text;
    private CSVParser parser;
    private Iterator<CSVRecord> records;
    /** The file's line number, and character, where the current parser started reading. */
    private long lineBase;
    private long charBase;

    ResumableCsvRecords(CSVFormat format, String text) throws IOException {
        this.format = format;
        this.text = text;
        this.parser = format.parse(new StringReader(text));
        this.records = parser.iterator();
    }

    /** May throw {@link java.io.UncheckedIOException} for a row that is not CSV. */
    boolean hasNext() {
        return records.hasNext();
    }

    CSVRecord next() {
        return records.next();
    }

    /** The file's line number of the last line read. */
    long lineNumber() {
        return lineBase + parser.getCurrentLineNumber();
    }

    /** Where {@code record} starts in the whole text. */
    long characterPosition(CSVRecord record) {
        return charBase + record.getCharacterPosition();
    }

    /** Starts reading afresh at the line after {@code line}; false when there is none. */
    boolean resumeAfter(long line) throws IOException {
        int offset = 0;
        for (long l = 0; l < line; l++) {
            int end = text.indexOf('\n', offset);
            if (end < 0) {
                return false;
            }
            offset = end + 1;
        }
        parser.close();
        parser = format.parse(new StringReader(text.substring(offset)));
        records = parser.iterator();
        lineBase = line;
        charBase = offset;
        return true;
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
