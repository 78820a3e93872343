package org.charterreviewer.cli;

import static org.charterreviewer.i18n.Messages.tr;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.charterreviewer.charter.Charter;
import org.charterreviewer.charter.CharterImportResult;
import org.charterreviewer.charter.CharterLibrary;
import org.charterreviewer.charter.CharterProblem;
import org.charterreviewer.charter.CharterReadResult;
import org.charterreviewer.charter.CharterReader;
import org.charterreviewer.charter.CharterText;
import org.charterreviewer.charter.OutlineDraft;
import org.charterreviewer.charter.OutlineDrafter;
import org.charterreviewer.charter.StoredCharter;
import org.charterreviewer.progress.ProgressMonitor;
import org.charterreviewer.storage.AtomicFileWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code charter validate|draft|import|list|show}: the charter library from the command line. */
@Command(name = "charter", description = "Validate, draft, import, list and show charters.",
        subcommands = {
            CharterCommand.Validate.class,
            CharterCommand.Draft.class,
            CharterCommand.Import.class,
            CharterCommand.ListCharters.class,
            CharterCommand.Show.class
        })
public final class CharterCommand {

    private static void printProblems(java.io.PrintWriter err, List<CharterProblem> problems) {
        problems.forEach(problem -> err.println(problem));
    }

    /** Checks charter files without opening the data folder or importing anything. */
    @Command(name = "validate", description = "Checks charter files; prints FILE:LINE:COLUMN: message for each problem.")
    public static final class Validate extends WorkspaceCommand {

        @Parameters(paramLabel = "FILE", arity = "1..*", description = "Charter JSON files.")
        List<Path> files;

        public Validate(CliSession session) {
            super(session);
        }

        @Override
        public Integer call() {
            CharterReader reader = new CharterReader();
            List<CharterProblem> problems = new ArrayList<>();
            for (Path file : files) {
                CharterReadResult result = CharterLibrary.readFile(reader, file);
                if (!result.isValid() && CharterReader.isJsonSchema(result.jsonText())) {
                    out().println(tr("cli.charter.schemaSkipped", file));
                    continue;
                }
                problems.addAll(result.problems());
                if (result.isValid()) {
                    out().println(tr("cli.charter.valid", file, result.charter().orElseThrow().reference()));
                }
            }
            printProblems(err(), problems);
            return problems.isEmpty() ? ExitCode.OK : ExitCode.INVALID;
        }
    }

    /** Drafts a charter file from a plain outline, without opening the data folder. */
    @Command(name = "draft", description = "Drafts a charter file from a plain outline (see sample-charters/README.md).")
    public static final class Draft extends WorkspaceCommand {

        @Parameters(paramLabel = "OUTLINE", description = "The outline: key: value lines, # headings, - items.")
        Path outline;

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "The charter JSON file to write.")
        Path out;

        public Draft(CliSession session) {
            super(session);
        }

        @Override
        public Integer call() {
            String text;
            try {
                text = Files.readString(outline, StandardCharsets.UTF_8);
            } catch (IOException e) {
                err().println(tr("cli.charter.draft.cannotRead", outline));
                return ExitCode.INVALID;
            }
            OutlineDraft draft = new OutlineDrafter().draft(outline.toString(), text);
            draft.defaultsUsed().forEach(note -> out().println(tr("cli.charter.draft.default", note)));
            if (!draft.isDrafted()) {
                draft.problems().forEach(problem -> err().println(problem));
                return ExitCode.INVALID;
            }
            try {
                AtomicFileWriter.write(out, draft.jsonText().getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                err().println(tr("cli.charter.draft.cannotWrite", out));
                return ExitCode.INVALID;
            }
            out().println(tr("cli.charter.draft.written", out, draft.charter().orElseThrow().reference()));
            return ExitCode.OK;
        }
    }

    /** Imports charter files all-or-nothing. */
    @Command(name = "import", description = "Imports charter files into the library; none if any has a problem.")
    public static final class Import extends WorkspaceCommand {

        @Parameters(paramLabel = "FILE", arity = "1..*", description = "Charter JSON files.")
        List<Path> files;

        public Import(CliSession session) {
            super(session);
        }

        @Override
        public Integer call() {
            CharterImportResult result = workspace().charters().importFiles(files, ProgressMonitor.NONE);
            if (!result.succeeded()) {
                printProblems(err(), result.problems());
                err().println(tr("cli.charter.nothingImported"));
                return ExitCode.INVALID;
            }
            for (CharterImportResult.Outcome outcome : result.outcomes()) {
                out().println(outcome.status() == CharterImportResult.Status.IMPORTED
                        ? tr("cli.charter.imported", outcome.reference(), outcome.title())
                        : tr("cli.charter.unchanged", outcome.reference(), outcome.title()));
            }
            return ExitCode.OK;
        }
    }

    /** Lists the library. */
    @Command(name = "list", description = "Lists the charters in the library.")
    public static final class ListCharters extends WorkspaceCommand {

        @Option(names = "--json", description = "Machine-readable output.")
        boolean json;

        public ListCharters(CliSession session) {
            super(session);
        }

        @Override
        public Integer call() {
            List<StoredCharter> charters = workspace().charters().all();
            if (json) {
                List<Map<String, Object>> rows = new ArrayList<>();
                for (StoredCharter stored : charters) {
                    Charter charter = stored.charter();
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("id", charter.id());
                    row.put("version", charter.version());
                    row.put("kind", charter.kind().name().toLowerCase(java.util.Locale.ROOT));
                    row.put("title", charter.title());
                    row.put("issuingBody", charter.issuingBody());
                    row.put("judgedItems", charter.judgedItems().size());
                    row.put("awardName", charter.certificate().awardName());
                    row.put("contentSha256", stored.contentSha256());
                    row.put("importedAt", stored.importedAt().toString());
                    rows.add(row);
                }
                printJson(rows);
                return ExitCode.OK;
            }
            if (charters.isEmpty()) {
                out().println(tr("charters.empty"));
                return ExitCode.OK;
            }
            for (StoredCharter stored : charters) {
                Charter charter = stored.charter();
                out().println(tr("cli.charter.listLine", charter.reference(), charter.title(), charter.issuingBody(),
                        charter.judgedItems().size(), charter.certificate().awardName()));
            }
            return ExitCode.OK;
        }
    }

    /** Shows one charter's full text, guidance marked as guidance. */
    @Command(name = "show", description = "Shows a charter's full text, with the app's guidance marked as guidance.")
    public static final class Show extends WorkspaceCommand {

        @Parameters(paramLabel = "ID[@VERSION]", description = "The charter; without a version, its newest.")
        String reference;

        @Option(names = "--json", description = "The charter file exactly as imported.")
        boolean json;

        public Show(CliSession session) {
            super(session);
        }

        @Override
        public Integer call() {
            StoredCharter stored = workspace().charters().resolve(reference);
            if (json) {
                out().print(stored.jsonText());
                if (!stored.jsonText().endsWith("\n")) {
                    out().println();
                }
            } else {
                out().print(CharterText.plainText(stored));
            }
            return ExitCode.OK;
        }
    }
}
