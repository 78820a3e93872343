package org.charterreviewer.school;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.charterreviewer.InvalidInputException;
import org.charterreviewer.i18n.Messages;

/**
 * Reads a GIAS establishment file one row at a time, as the DfE publishes it and as officers
 * re-save it: Windows-1252 or UTF-8 (with or without a byte-order mark; UTF-16 with one), commas
 * (or semicolons or tabs, as some Excel set-ups write), quoted or not, CRLF or LF, columns in any
 * order and found by header name ignoring case and spacing, unknown columns ignored.
 * {@link #open} refuses a file that is not a GIAS file before anything is read into the register;
 * {@link #next()} hands out the rows that pass the filters and counts or lists the others.
 * One thread reads; the counters may be read by another once {@link #next()} has returned null.
 */
final class GiasReader implements AutoCloseable {

    static final String URN = "URN";
    static final String NAME = "EstablishmentName";
    static final String LA = "LA (name)";
    static final String STATUS = "EstablishmentStatus (name)";
    static final String HEAD_TITLE = "HeadTitle (name)";
    static final String HEAD_FIRST = "HeadFirstName";
    static final String HEAD_LAST = "HeadLastName";

    /** Columns without which the file cannot be a GIAS establishment file. */
    static final List<String> ESSENTIAL = List.of(URN, NAME, LA, STATUS);

    /**
     * The GIAS column of each simple field (the head teacher's name is built from three). Only the
     * essential ones are required: a council's own filtered extract often has fewer columns, and the
     * register then keeps what it had for the others (listed in the result).
     */
    static final Map<SchoolField, String> COLUMNS = new EnumMap<>(Map.ofEntries(
            Map.entry(SchoolField.URN, URN),
            Map.entry(SchoolField.NAME, NAME),
            Map.entry(SchoolField.LOCAL_AUTHORITY, LA),
            Map.entry(SchoolField.ESTABLISHMENT_TYPE, "TypeOfEstablishment (name)"),
            Map.entry(SchoolField.ESTABLISHMENT_STATUS, STATUS),
            Map.entry(SchoolField.PHASE, "PhaseOfEducation (name)"),
            Map.entry(SchoolField.STREET, "Street"),
            Map.entry(SchoolField.LOCALITY, "Locality"),
            Map.entry(SchoolField.ADDRESS3, "Address3"),
            Map.entry(SchoolField.TOWN, "Town"),
            Map.entry(SchoolField.COUNTY, "County (name)"),
            Map.entry(SchoolField.POSTCODE, "Postcode"),
            Map.entry(SchoolField.WEBSITE, "SchoolWebsite"),
            Map.entry(SchoolField.TELEPHONE, "TelephoneNum")));


    /** A row that passed the filters: where it starts in the file and the school it describes. */
    record Row(long line, SchoolDraft draft) {
    }

    /** More rows than this that are not CSV at all, and the file is not a CSV file. */
    private static final int MAX_BROKEN_ROWS = 100;

    private final Path file;
    private final ResumableCsvRecords records;
    private int brokenRows;
    private final String encoding;
    private final int headerSize;
    private final Map<SchoolField, Integer> index = new EnumMap<>(SchoolField.class);
    private final int headTitle;
    private final int headFirst;
    private final int headLast;
    private final Set<SchoolField> present = EnumSet.noneOf(SchoolField.class);
    private final List<String> missingColumns = new ArrayList<>();
    private final Set<String> authorities;
    private final boolean includeClosed;
    private final double totalChars;

    private final Map<String, Long> seenUrns = new HashMap<>();
    private final List<ImportProblem> problems = new ArrayList<>();
    private int skippedOtherAuthority;
    private int skippedNotOpen;
    private long lineBefore;
    private volatile double fractionRead;

    private GiasReader(Path file, CSVFormat format, String text, String encoding, double totalChars,
            GiasImportOptions options) throws IOException {
        this.file = file;
        this.records = new ResumableCsvRecords(format, text);
        this.encoding = encoding;
        this.totalChars = totalChars;
        this.authorities = options.authorityKeys();
        this.includeClosed = options.includeClosed();
        if (!records.hasNext()) {
            throw new InvalidInputException(Messages.tr("school.import.empty", file.getFileName()));
        }
        CSVRecord headerRecord = records.next();
        Map<String, Integer> header = header(headerRecord);
        this.headerSize = headerRecord.size();
        List<String> missingEssential = ESSENTIAL.stream().filter(c -> !header.containsKey(key(c))).toList();
        if (!missingEssential.isEmpty()) {
            throw new InvalidInputException(Messages.tr("school.import.notGias", file.getFileName(),
                    String.join(", ", missingEssential.stream().map(c -> "\"" + c + "\"").toList())));
        }
        COLUMNS.forEach((field, column) -> {
            Integer i = header.get(key(column));
            if (i == null) {
                missingColumns.add(column);
            } else {
                index.put(field, i);
                present.add(field);
            }
        });
        headTitle = header.getOrDefault(key(HEAD_TITLE), -1);
        headFirst = header.getOrDefault(key(HEAD_FIRST), -1);
        headLast = header.getOrDefault(key(HEAD_LAST), -1);
        if (headFirst < 0 && headLast < 0) {
            missingColumns.add(HEAD_FIRST);
            missingColumns.add(HEAD_LAST);
        } else {
            present.add(SchoolField.HEAD_TEACHER);
        }
        lineBefore = records.lineNumber();
    }

    /**
     * Opens {@code file} and reads its header. Throws {@link InvalidInputException} when the file is
     * missing, unreadable, empty, not CSV or lacks an essential GIAS column (naming them).
     */
    static GiasReader open(Path file, GiasImportOptions options) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(Messages.tr("school.import.noFile", file));
        } catch (IOException e) {
            throw new InvalidInputException(Messages.tr("school.import.unreadable", file), e);
        }
        CsvDialect dialect = CsvDialect.of(bytes);
        int start = dialect.skippedBytes();
        // Empty lines come through as blank records (skipped in read()), so line numbers stay true.
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(dialect.delimiter())
                .setIgnoreEmptyLines(false).build();
        try {
            String text = new String(bytes, start, bytes.length - start, dialect.charset());
            return new GiasReader(file, format, text, dialect.charset().name(), Math.max(1, bytes.length - start),
                    options);
        } catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            throw malformed(file, 1);
        }
    }

    String encoding() {
        return encoding;
    }

    /** The fields the file has a column for; the others keep the register's values. */
    Set<SchoolField> present() {
        return present;
    }

    List<String> missingColumns() {
        return missingColumns;
    }

    List<ImportProblem> problems() {
        return problems;
    }

    int skippedOtherAuthority() {
        return skippedOtherAuthority;
    }

    int skippedNotOpen() {
        return skippedNotOpen;
    }

    /** How far through the file reading is, from 0 to 1; safe to ask from another thread. */
    double fractionRead() {
        return fractionRead;
    }

    /**
     * The next row that passes the filters, or null at the end of the file. Rows that cannot be
     * read are listed in {@link #problems()}; a row that is not CSV (a quote that is never closed)
     * is listed too, and reading goes on at the line after it. A file with very many such rows is
     * not CSV: that throws {@link InvalidInputException}.
     */
    Row next() {
        while (true) {
            try {
                while (records.hasNext()) {
                    CSVRecord record = records.next();
                    long line = lineBefore + 1;
                    lineBefore = records.lineNumber();
                    if (record.getRecordNumber() % 500 == 0) {
                        fractionRead = Math.min(1, records.characterPosition(record) / totalChars);
                    }
                    Row row = read(record, line);
                    if (row != null) {
                        return row;
                    }
                }
                fractionRead = 1;
                return null;
            } catch (UncheckedIOException | IllegalStateException e) {
                long broken = lineBefore + 1;
                if (++brokenRows > MAX_BROKEN_ROWS) {
                    throw malformed(file, broken);
                }
                problems.add(new ImportProblem(broken, Messages.tr("school.import.problem.notCsv")));
                if (!readOnAfter(broken)) {
                    fractionRead = 1;
                    return null;
                }
            }
        }
    }

    /** Reads on at the line after {@code line}; false when there is none. */
    private boolean readOnAfter(long line) {
        try {
            boolean more = records.resumeAfter(line);
            lineBefore = line;
            return more;
        } catch (IOException e) {
            throw malformed(file, line);
        }
    }

    private Row read(CSVRecord record, long line) {
        if (isBlank(record, 0)) {
            return null; // an empty line, or a line of bare commas as spreadsheets leave at the end
        }
        if (record.size() < headerSize || !isBlank(record, headerSize)) {
            problems.add(new ImportProblem(line,
                    Messages.tr("school.import.problem.columns", record.size(), headerSize)));
            return null;
        }
        String urn = get(record, SchoolField.URN);
        if (urn == null) {
            problems.add(new ImportProblem(line, Messages.tr("school.import.problem.noUrn")));
            return null;
        }
        if (!urn.chars().allMatch(c -> c >= '0' && c <= '9') || urn.length() > SchoolField.URN.maxLength()) {
            problems.add(new ImportProblem(line, Messages.tr("school.import.problem.urnNotNumber", urn)));
            return null;
        }
        String name = get(record, SchoolField.NAME);
        if (name == null) {
            problems.add(new ImportProblem(line, Messages.tr("school.import.problem.noName", urn)));
            return null;
        }
        String authority = get(record, SchoolField.LOCAL_AUTHORITY);
        if (!authorities.isEmpty() && (authority == null || !authorities.contains(authority.toLowerCase(Locale.ROOT)))) {
            skippedOtherAuthority++;
            return null;
        }
        if (!includeClosed && !isOpen(get(record, SchoolField.ESTABLISHMENT_STATUS))) {
            skippedNotOpen++;
            return null;
        }
        // The first row of a URN is kept; a later one is listed, so the officer sees both lines.
        Long earlier = seenUrns.putIfAbsent(urn, line);
        if (earlier != null) {
            problems.add(new ImportProblem(line, Messages.tr("school.import.problem.duplicate", urn, earlier)));
            return null;
        }
        Map<SchoolField, String> values = new EnumMap<>(SchoolField.class);
        for (Map.Entry<SchoolField, Integer> column : index.entrySet()) {
            values.put(column.getKey(), SchoolDraft.clean(record.get(column.getValue())));
        }
        values.put(SchoolField.HEAD_TEACHER, headTeacher(record));
        SchoolDraft draft = SchoolDraft.of(values).normalised();
        for (SchoolField field : SchoolField.values()) {
            String value = draft.get(field);
            if (value != null && value.length() > field.maxLength()) {
                problems.add(new ImportProblem(line, Messages.tr("school.import.problem.tooLong",
                        COLUMNS.getOrDefault(field, HEAD_LAST), field.maxLength())));
                return null;
            }
        }
        return new Row(line, draft);
    }

    private String get(CSVRecord record, SchoolField field) {
        Integer i = index.get(field);
        return i == null ? null : SchoolDraft.clean(record.get(i));
    }

    private String headTeacher(CSVRecord record) {
        StringBuilder name = new StringBuilder();
        for (int i : new int[] {headTitle, headFirst, headLast}) {
            String part = i < 0 ? null : SchoolDraft.clean(record.get(i));
            if (part != null && !part.equalsIgnoreCase("Not applicable")) {
                if (name.length() > 0) {
                    name.append(' ');
                }
                name.append(part);
            }
        }
        return name.length() == 0 ? null : name.toString();
    }

    /** True when every field from {@code from} on is blank (true too when there are none). */
    private static boolean isBlank(CSVRecord record, int from) {
        for (int i = from; i < record.size(); i++) {
            if (!record.get(i).isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** "Open" and "Open, but proposed to close" are open; "Closed" and "Proposed to open" are not. */
    static boolean isOpen(String status) {
        if (status == null) {
            return true;
        }
        String lower = status.toLowerCase(Locale.ROOT);
        return lower.equals("open") || lower.startsWith("open,") || lower.startsWith("open ");
    }

    /** Header names by how they are matched: case and runs of spaces ignored. */
    private static Map<String, Integer> header(CSVRecord record) {
        Map<String, Integer> header = new LinkedHashMap<>();
        for (int i = 0; i < record.size(); i++) {
            header.putIfAbsent(key(record.get(i)), i);
        }
        return header;
    }

    static String key(String column) {
        return column.replace("\uFEFF", "").strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** The file is not CSV; said in plain words (the parser's own message names its classes). */
    private static InvalidInputException malformed(Path file, long line) {
        return new InvalidInputException(Messages.tr("school.import.malformed", file.getFileName(), line));
    }

    @Override
    public void close() {
        try {
            records.close();
        } catch (IOException e) {
            // Reading from memory: nothing to release.
        }
    }
}
