package org.charterreviewer.school;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.charterreviewer.InvalidInputException;
import org.charterreviewer.audit.AuditLogStore;
import org.charterreviewer.i18n.Messages;
import org.charterreviewer.progress.ProgressMonitor;
import org.charterreviewer.storage.Database;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports the DfE "Get Information about Schools" establishment file ({@code edubasealldata*.csv}):
 * Windows-1252 text (UTF-8 is recognised too), every field quoted, about 135 columns found by
 * header name. Rows are upserted by URN in one transaction, so a cancelled or failed import leaves
 * the register as it was; reviews are never touched.
 */
public final class GiasImporter {

    private static final Logger LOG = LoggerFactory.getLogger(GiasImporter.class);

    static final String URN = "URN";
    static final String NAME = "EstablishmentName";
    static final String LA = "LA (name)";
    static final String STATUS = "EstablishmentStatus (name)";
    static final String HEAD_TITLE = "HeadTitle (name)";
    static final String HEAD_FIRST = "HeadFirstName";
    static final String HEAD_LAST = "HeadLastName";

    /** Columns without which the file cannot be a GIAS establishment file. */
    static final List<String> ESSENTIAL = List.of(URN, NAME, LA, STATUS);

    /** The GIAS column of each simple field (the head teacher's name is built from three). */
    private static final Map<SchoolField, String> COLUMNS = new EnumMap<>(Map.ofEntries(
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

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int BATCH = 2_000;
    private static final long PROGRESS_UNITS = 1_000;

    private final Database database;
    private final SchoolStore store;
    private final AuditLogStore auditLog;
    private final Clock clock;
    private final Supplier<String> actor;

    public GiasImporter(Database database, SchoolStore store, AuditLogStore auditLog, Clock clock,
            Supplier<String> actor) {
        this.database = database;
        this.store = store;
        this.auditLog = auditLog;
        this.clock = clock;
        this.actor = actor;
    }

    /** A row that passed the filters, with the fields the file has. */
    private record Row(long line, SchoolDraft draft) {
    }

    private static final class Parsed {
        final List<Row> rows = new ArrayList<>();
        final List<ImportProblem> problems = new ArrayList<>();
        final Set<SchoolField> present = EnumSet.noneOf(SchoolField.class);
        final List<String> missingColumns = new ArrayList<>();
        int skippedOtherAuthority;
        int skippedNotOpen;
        String encoding;
    }

    /**
     * Reads {@code file} and upserts its rows. Throws {@link InvalidInputException} (nothing changed)
     * when the file cannot be read or is not a GIAS file, and {@code CancelledException} (rolled back)
     * when the monitor is cancelled.
     */
    public GiasImportResult importFile(Path file, GiasImportOptions options, ProgressMonitor monitor) {
        long started = System.nanoTime();
        monitor.message(Messages.tr("school.import.reading"));
        Parsed parsed = parse(file, options, monitor);
        monitor.message(Messages.tr("school.import.saving"));
        GiasImportResult result = database.dsl().transactionResult(cfg -> save(DSL.using(cfg), parsed, monitor));
        monitor.progress(PROGRESS_UNITS, PROGRESS_UNITS);
        LOG.info("GIAS import: {} added, {} updated, {} unchanged, {} filtered out, {} problems in {} ms",
                result.added(), result.updated(), result.unchanged(), result.skippedByFilter(),
                result.problems().size(), (System.nanoTime() - started) / 1_000_000);
        return result;
    }

    private Parsed parse(Path file, GiasImportOptions options, ProgressMonitor monitor) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(Messages.tr("school.import.noFile", file));
        } catch (IOException e) {
            throw new InvalidInputException(Messages.tr("school.import.unreadable", file), e);
        }
        Parsed parsed = new Parsed();
        int start = hasUtf8Bom(bytes) ? 3 : 0;
        Charset charset = start == 3 || isUtf8(bytes) ? StandardCharsets.UTF_8 : WINDOWS_1252;
        parsed.encoding = charset.name();
        Reader reader = new InputStreamReader(new ByteArrayInputStream(bytes, start, bytes.length - start), charset);
        double totalChars = Math.max(1, bytes.length - start);
        try (CSVParser parser = CSVFormat.DEFAULT.parse(reader)) {
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) {
                throw new InvalidInputException(Messages.tr("school.import.empty", file.getFileName()));
            }
            Map<String, Integer> header = header(records.next());
            List<String> missingEssential = ESSENTIAL.stream().filter(c -> !header.containsKey(c)).toList();
            if (!missingEssential.isEmpty()) {
                throw new InvalidInputException(Messages.tr("school.import.notGias", file.getFileName(),
                        String.join(", ", missingEssential.stream().map(c -> "\"" + c + "\"").toList())));
            }
            Columns columns = new Columns(header, parsed);
            Set<String> authorities = options.authorityKeys();
            Map<String, Long> seenUrns = new HashMap<>();
            int headerSize = header.size();
            long lineBefore = parser.getCurrentLineNumber();
            while (records.hasNext()) {
                CSVRecord record = records.next();
                long line = lineBefore + 1;
                lineBefore = parser.getCurrentLineNumber();
                if (record.getRecordNumber() % 1_000 == 0) {
                    monitor.checkCancelled();
                    monitor.progress((long) (record.getCharacterPosition() / totalChars * PROGRESS_UNITS / 2),
                            PROGRESS_UNITS);
                }
                readRow(record, line, headerSize, columns, authorities, options.includeClosed(), seenUrns, parsed);
            }
        } catch (UncheckedIOException | IOException e) {
            throw new InvalidInputException(Messages.tr("school.import.malformed", file.getFileName(),
                    e.getMessage() == null ? "" : e.getMessage()), e);
        } catch (IllegalStateException e) {
            throw new InvalidInputException(Messages.tr("school.import.malformed", file.getFileName(),
                    e.getMessage() == null ? "" : e.getMessage()), e);
        }
        return parsed;
    }

    private static Map<String, Integer> header(CSVRecord record) {
        Map<String, Integer> header = new LinkedHashMap<>();
        for (int i = 0; i < record.size(); i++) {
            header.putIfAbsent(record.get(i).strip(), i);
        }
        return header;
    }

    /** Where each field is in a row, and which fields the file has at all. */
    private static final class Columns {
        final Map<SchoolField, Integer> index = new EnumMap<>(SchoolField.class);
        final int headTitle;
        final int headFirst;
        final int headLast;

        Columns(Map<String, Integer> header, Parsed parsed) {
            COLUMNS.forEach((field, column) -> {
                Integer i = header.get(column);
                if (i == null) {
                    parsed.missingColumns.add(column);
                } else {
                    index.put(field, i);
                    parsed.present.add(field);
                }
            });
            headTitle = header.getOrDefault(HEAD_TITLE, -1);
            headFirst = header.getOrDefault(HEAD_FIRST, -1);
            headLast = header.getOrDefault(HEAD_LAST, -1);
            if (headFirst < 0 && headLast < 0) {
                parsed.missingColumns.add(HEAD_FIRST);
                parsed.missingColumns.add(HEAD_LAST);
            } else {
                parsed.present.add(SchoolField.HEAD_TEACHER);
            }
        }

        String get(CSVRecord record, SchoolField field) {
            Integer i = index.get(field);
            return i == null ? null : SchoolDraft.clean(record.get(i));
        }

        String headTeacher(CSVRecord record) {
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
    }

    private static void readRow(CSVRecord record, long line, int headerSize, Columns columns, Set<String> authorities,
            boolean includeClosed, Map<String, Long> seenUrns, Parsed parsed) {
        if (record.size() != headerSize) {
            parsed.problems.add(new ImportProblem(line,
                    Messages.tr("school.import.problem.columns", record.size(), headerSize)));
            return;
        }
        String urn = columns.get(record, SchoolField.URN);
        String name = columns.get(record, SchoolField.NAME);
        if (urn == null) {
            parsed.problems.add(new ImportProblem(line, Messages.tr("school.import.problem.noUrn")));
            return;
        }
        if (!urn.chars().allMatch(c -> c >= '0' && c <= '9') || urn.length() > SchoolField.URN.maxLength()) {
            parsed.problems.add(new ImportProblem(line, Messages.tr("school.import.problem.urnNotNumber", urn)));
            return;
        }
        if (name == null) {
            parsed.problems.add(new ImportProblem(line, Messages.tr("school.import.problem.noName", urn)));
            return;
        }
        String authority = columns.get(record, SchoolField.LOCAL_AUTHORITY);
        if (!authorities.isEmpty() && (authority == null || !authorities.contains(authority.toLowerCase(Locale.ROOT)))) {
            parsed.skippedOtherAuthority++;
            return;
        }
        if (!includeClosed && !isOpen(columns.get(record, SchoolField.ESTABLISHMENT_STATUS))) {
            parsed.skippedNotOpen++;
            return;
        }
        Long earlier = seenUrns.putIfAbsent(urn, line);
        if (earlier != null) {
            parsed.problems.add(new ImportProblem(line, Messages.tr("school.import.problem.duplicate", urn, earlier)));
            return;
        }
        Map<SchoolField, String> values = new EnumMap<>(SchoolField.class);
        for (SchoolField field : columns.index.keySet()) {
            values.put(field, columns.get(record, field));
        }
        values.put(SchoolField.HEAD_TEACHER, columns.headTeacher(record));
        SchoolDraft draft = SchoolDraft.of(values).normalised();
        for (SchoolField field : SchoolField.values()) {
            String value = draft.get(field);
            if (value != null && value.length() > field.maxLength()) {
                parsed.problems.add(new ImportProblem(line, Messages.tr("school.import.problem.tooLong",
                        COLUMNS.getOrDefault(field, HEAD_LAST), field.maxLength())));
                return;
            }
        }
        parsed.rows.add(new Row(line, draft));
    }

    /** "Open" and "Open, but proposed to close" are open; "Closed" and "Proposed to open" are not. */
    static boolean isOpen(String status) {
        if (status == null) {
            return true;
        }
        String lower = status.toLowerCase(Locale.ROOT);
        return lower.equals("open") || lower.startsWith("open,") || lower.startsWith("open ");
    }

    private GiasImportResult save(DSLContext tx, Parsed parsed, ProgressMonitor monitor) {
        OffsetDateTime now = Instant.now(clock).atOffset(ZoneOffset.UTC);
        Map<String, School> existing = store.allWithUrn(tx);
        List<SchoolDraft> inserts = new ArrayList<>();
        Map<Long, SchoolDraft> updates = new LinkedHashMap<>();
        int unchanged = 0;
        for (Row row : parsed.rows) {
            School old = existing.get(row.draft().urn());
            if (old == null) {
                inserts.add(row.draft());
                continue;
            }
            SchoolDraft merged = keepMissingFields(row.draft(), old.toDraft(), parsed.present);
            if (merged.equals(old.toDraft())) {
                unchanged++;
            } else {
                updates.put(old.id(), merged);
            }
        }
        monitor.checkCancelled();
        long total = Math.max(1, inserts.size() + updates.size());
        long done = 0;
        for (int from = 0; from < inserts.size(); from += BATCH) {
            List<SchoolDraft> chunk = inserts.subList(from, Math.min(inserts.size(), from + BATCH));
            store.insertAll(tx, chunk, now);
            done += chunk.size();
            monitor.checkCancelled();
            monitor.progress(PROGRESS_UNITS / 2 + done * PROGRESS_UNITS / 2 / total, PROGRESS_UNITS);
        }
        List<Map.Entry<Long, SchoolDraft>> changed = new ArrayList<>(updates.entrySet());
        for (int from = 0; from < changed.size(); from += BATCH) {
            Map<Long, SchoolDraft> chunk = new LinkedHashMap<>();
            changed.subList(from, Math.min(changed.size(), from + BATCH)).forEach(e -> chunk.put(e.getKey(), e.getValue()));
            store.updateAll(tx, chunk, now);
            done += chunk.size();
            monitor.checkCancelled();
            monitor.progress(PROGRESS_UNITS / 2 + done * PROGRESS_UNITS / 2 / total, PROGRESS_UNITS);
        }
        GiasImportResult result = new GiasImportResult(inserts.size(), updates.size(), unchanged,
                parsed.skippedOtherAuthority, parsed.skippedNotOpen, parsed.problems, parsed.missingColumns,
                parsed.encoding);
        auditLog.append(tx, actor.get(), "SCHOOLS_IMPORTED", "school", "gias",
                "added=" + result.added() + " updated=" + result.updated() + " unchanged=" + result.unchanged()
                        + " filtered=" + result.skippedByFilter() + " problems=" + result.problems().size());
        return result;
    }

    /** Fields whose column the file lacks keep the register's value. */
    private static SchoolDraft keepMissingFields(SchoolDraft imported, SchoolDraft old, Set<SchoolField> present) {
        if (present.size() == SchoolField.values().length) {
            return imported;
        }
        Map<SchoolField, String> values = new EnumMap<>(SchoolField.class);
        for (SchoolField field : SchoolField.values()) {
            values.put(field, present.contains(field) ? imported.get(field) : old.get(field));
        }
        return SchoolDraft.of(values);
    }

    private static boolean hasUtf8Bom(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
    }

    /**
     * True when the bytes hold at least one multi-byte UTF-8 sequence and no invalid one. A
     * Windows-1252 file with accents almost never passes: its accented bytes stand alone.
     */
    static boolean isUtf8(byte[] bytes) {
        boolean multiByte = false;
        int i = 0;
        while (i < bytes.length) {
            int b = bytes[i] & 0xFF;
            if (b < 0x80) {
                i++;
                continue;
            }
            int extra;
            if (b >= 0xC2 && b <= 0xDF) {
                extra = 1;
            } else if (b >= 0xE0 && b <= 0xEF) {
                extra = 2;
            } else if (b >= 0xF0 && b <= 0xF4) {
                extra = 3;
            } else {
                return false;
            }
            for (int k = 1; k <= extra; k++) {
                if (i + k >= bytes.length || (bytes[i + k] & 0xC0) != 0x80) {
                    return false;
                }
            }
            multiByte = true;
            i += extra + 1;
        }
        return multiByte;
    }
}
