package org.charterreviewer.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.charterreviewer.i18n.Messages;
import org.charterreviewer.progress.ProgressMonitor;
import org.charterreviewer.school.GiasImportOptions;
import org.charterreviewer.school.GiasImportResult;
import org.charterreviewer.school.ImportProblem;
import org.charterreviewer.school.School;
import org.charterreviewer.school.SchoolDraft;
import org.charterreviewer.school.SchoolField;
import org.charterreviewer.school.SchoolRegister;
import org.charterreviewer.school.SchoolReview;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code school ...}: the register of schools and settings, and the GIAS import. */
@Command(name = "school", description = "The register of schools and settings.",
        subcommands = {
            SchoolCommand.Add.class, SchoolCommand.Edit.class, SchoolCommand.ImportGias.class,
            SchoolCommand.ListSchools.class, SchoolCommand.Show.class, SchoolCommand.Archive.class,
            SchoolCommand.Unarchive.class
        })
public final class SchoolCommand {

    /** The fields of a school as options; on {@code edit} only the ones given change. */
    static final class Fields {
        @Option(names = "--name", description = "The school's name.")
        String name;
        @Option(names = "--urn", description = "Unique reference number (digits); none for many nurseries.")
        String urn;
        @Option(names = "--la", paramLabel = "NAME", description = "Local authority.")
        String localAuthority;
        @Option(names = "--type", description = "Type of establishment.")
        String type;
        @Option(names = "--phase", description = "Phase of education.")
        String phase;
        @Option(names = "--status", description = "Establishment status, e.g. Open.")
        String status;
        @Option(names = "--street")
        String street;
        @Option(names = "--locality")
        String locality;
        @Option(names = "--address3")
        String address3;
        @Option(names = "--town")
        String town;
        @Option(names = "--county")
        String county;
        @Option(names = "--postcode")
        String postcode;
        @Option(names = "--website")
        String website;
        @Option(names = "--telephone")
        String telephone;
        @Option(names = "--head", paramLabel = "NAME", description = "Head teacher's name.")
        String headTeacher;

        Map<SchoolField, String> given() {
            Map<SchoolField, String> values = new EnumMap<>(SchoolField.class);
            put(values, SchoolField.NAME, name);
            put(values, SchoolField.URN, urn);
            put(values, SchoolField.LOCAL_AUTHORITY, localAuthority);
            put(values, SchoolField.ESTABLISHMENT_TYPE, type);
            put(values, SchoolField.PHASE, phase);
            put(values, SchoolField.ESTABLISHMENT_STATUS, status);
            put(values, SchoolField.STREET, street);
            put(values, SchoolField.LOCALITY, locality);
            put(values, SchoolField.ADDRESS3, address3);
            put(values, SchoolField.TOWN, town);
            put(values, SchoolField.COUNTY, county);
            put(values, SchoolField.POSTCODE, postcode);
            put(values, SchoolField.WEBSITE, website);
            put(values, SchoolField.TELEPHONE, telephone);
            put(values, SchoolField.HEAD_TEACHER, headTeacher);
            return values;
        }

        private static void put(Map<SchoolField, String> values, SchoolField field, String value) {
            if (value != null) {
                values.put(field, value);
            }
        }
    }

    /** Commands that print a school; shared by add, edit, show, archive. */
    abstract static class SchoolOutput extends WorkspaceCommand {
        @Option(names = "--json", description = "Machine-readable output.")
        boolean json;

        SchoolOutput(CliSession session) {
            super(session);
        }

        SchoolRegister register() {
            return workspace().schools();
        }

        int print(School school) {
            List<SchoolReview> reviews = register().reviewsOf(school.id());
            if (json) {
                Map<String, Object> value = new LinkedHashMap<>();
                value.put("school", school);
                value.put("reviews", reviews);
                printJson(value);
                return ExitCode.OK;
            }
            out().println(school.name() + (school.archived() ? "  " + Messages.tr("cli.school.archivedMark") : ""));
            line("cli.school.id", Long.toString(school.id()));
            SchoolDraft draft = school.toDraft();
            for (SchoolField field : SchoolField.values()) {
                if (field != SchoolField.NAME) {
                    line("school.field." + field.name().toLowerCase(Locale.ROOT), draft.get(field));
                }
            }
            out().println(Messages.tr("cli.school.reviews", reviews.size()));
            for (SchoolReview review : reviews) {
                out().println("  " + Messages.tr("cli.school.reviewLine", review.status(), review.charterId(),
                        review.charterVersion(), text(review.visitDate()), text(review.validUntil())));
            }
            return ExitCode.OK;
        }

        private void line(String key, String value) {
            if (value != null) {
                out().println("  " + Messages.tr(key) + ": " + value);
            }
        }

        private static String text(Object value) {
            return value == null ? "–" : value.toString();
        }
    }

    @Command(name = "add", description = "Adds a school or setting by hand.")
    public static final class Add extends SchoolOutput {
        @Mixin
        Fields fields = new Fields();

        public Add(CliSession session) {
            super(session);
        }

        @Override
        public Integer call() {
            return print(register().add(SchoolDraft.of(fields.given())));
        }
    }

    @Command(name = "edit", description = "Changes the given fields of a school (by URN, or id).")
    public static final class Edit extends SchoolOutput {
        @Parameters(paramLabel = "URN|ID", description = "The school's URN, or its id in this register.")
        String reference;

        @Mixin
        Fields fields = new Fields();

        public Edit(CliSession session) {
            super(session);
        }

        @Override
        public Integer call() {
            School school = register().getByUrnOrId(reference);
            SchoolDraft current = school.toDraft();
            Map<SchoolField, String> values = new EnumMap<>(SchoolField.class);
            for (SchoolField field : SchoolField.values()) {
                values.put(field, current.get(field));
            }
            values.putAll(fields.given());
            return print(register().update(school.id(), SchoolDraft.of(values)));
        }
    }

    @Command(name = "show", description = "Shows a school (by URN, or id) and its reviews.")
    public static final class Show extends SchoolOutput {
        @Parameters(paramLabel = "URN|ID")
        String reference;

        public Show(CliSession session) {
            super(session);
        }

        @Override
        public Integer call() {
            return print(register().getByUrnOrId(reference));
        }
    }

    @Command(name = "archive", description = "Archives a school (by URN, or id): hidden from the list, reviews kept.")
    public static final class Archive extends SchoolOutput {
        @Parameters(paramLabel = "URN|ID", description = "The school's URN, or its id in this register.")
        String reference;

        public Archive(CliSession session) {
            super(session);
        }

        @Override
        public Integer call() {
            return print(register().archive(register().getByUrnOrId(reference).id()));
        }
    }

    @Command(name = "unarchive", description = "Brings an archived school (by URN, or id) back to the list.")
    public static final class Unarchive extends SchoolOutput {
        @Parameters(paramLabel = "URN|ID", description = "The school's URN, or its id in this register.")
        String reference;

        public Unarchive(CliSession session) {
            super(session);
        }

        @Override
        public Integer call() {
            return print(register().unarchive(register().getByUrnOrId(reference).id()));
        }
    }

    @Command(name = "list", description = "Lists schools, optionally those matching a search.")
    public static final class ListSchools extends WorkspaceCommand {
        @Option(names = "--search", paramLabel = "TEXT",
                description = "Words to find in the name, URN, postcode or town.")
        String search = "";

        @Option(names = "--include-archived", description = "Include archived schools.")
        boolean includeArchived;

        @Option(names = "--limit", description = "At most this many (default ${DEFAULT-VALUE}).")
        int limit = 100_000;

        @Option(names = "--json", description = "Machine-readable output.")
        boolean json;

        public ListSchools(CliSession session) {
            super(session);
        }

        @Override
        public Integer call() {
            List<School> schools = workspace().schools().search(search, includeArchived, Math.max(1, limit));
            if (json) {
                printJson(schools);
                return ExitCode.OK;
            }
            if (schools.isEmpty() && !search.isBlank()) {
                out().println(Messages.tr("cli.school.noMatches", search.strip()));
                return ExitCode.OK;
            }
            out().println(Messages.tr("cli.school.listHeading"));
            for (School school : schools) {
                out().println(String.join("\t", Long.toString(school.id()), orDash(school.urn()), school.name(),
                        orDash(school.town()), orDash(school.postcode()), orDash(school.localAuthority()))
                        + (school.archived() ? "\t" + Messages.tr("cli.school.archivedMark") : ""));
            }
            out().println(Messages.tr("cli.school.listCount", schools.size()));
            return ExitCode.OK;
        }

        private static String orDash(String value) {
            return value == null ? "-" : value;
        }
    }

    @Command(name = "import-gias",
            description = "Imports the GIAS establishment file (edubasealldataYYYYMMDD.csv), upserting by URN.")
    public static final class ImportGias extends WorkspaceCommand {
        @Parameters(paramLabel = "FILE")
        Path file;

        @Option(names = "--la", paramLabel = "NAME",
                description = "Only this local authority (repeat for several); default all.")
        List<String> authorities = new ArrayList<>();

        @Option(names = "--include-closed", description = "Also closed and proposed establishments.")
        boolean includeClosed;

        @Option(names = "--json", description = "Machine-readable output.")
        boolean json;

        public ImportGias(CliSession session) {
            super(session);
        }

        @Override
        public Integer call() {
            GiasImportResult result = workspace().schools().importGias(file,
                    new GiasImportOptions(authorities, includeClosed), ProgressMonitor.NONE);
            if (json) {
                printJson(result);
                return ExitCode.OK;
            }
            out().println(Messages.tr("cli.school.import.done", file.getFileName(), result.encoding()));
            out().println("  " + Messages.tr("cli.school.import.added", result.added()));
            out().println("  " + Messages.tr("cli.school.import.updated", result.updated()));
            out().println("  " + Messages.tr("cli.school.import.unchanged", result.unchanged()));
            out().println("  " + Messages.tr("cli.school.import.otherAuthority", result.skippedOtherAuthority()));
            out().println("  " + Messages.tr("cli.school.import.notOpen", result.skippedNotOpen()));
            out().println("  " + Messages.tr("cli.school.import.problems", result.problems().size()));
            for (ImportProblem problem : result.problems()) {
                out().println("    " + problem);
            }
            if (!result.missingColumns().isEmpty()) {
                out().println("  " + Messages.tr("cli.school.import.missingColumns",
                        String.join(", ", result.missingColumns())));
            }
            return ExitCode.OK;
        }
    }

    private SchoolCommand() {
    }
}
