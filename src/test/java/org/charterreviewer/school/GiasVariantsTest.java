package org.charterreviewer.school;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.charterreviewer.InvalidInputException;
import org.charterreviewer.progress.ProgressMonitor;
import org.charterreviewer.testing.GiasFixture;
import org.charterreviewer.workspace.Workspace;
import org.charterreviewer.workspace.WorkspaceOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * GIAS extracts as they reach an officer after passing through other hands: re-saved by Excel,
 * filtered by a council, with other line ends, encodings and delimiters. Each file here is written
 * byte for byte by the test, so what is read is exactly what is described.
 */
class GiasVariantsTest {

    private static final String ANTHONY = SchoolImportTest.ANTHONY;
    private static final String ECOLE = SchoolImportTest.ECOLE;
    private static final Charset CP1252 = GiasFixture.WINDOWS_1252;

    @TempDir
    Path dir;

    Workspace workspace;
    SchoolRegister register;

    @BeforeEach
    void open() {
        workspace = Workspace.open(WorkspaceOptions.at(dir.resolve("data")));
        register = workspace.schools();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    /** A small extract: header and rows as field lists, joined as the test says. */
    private static final class Csv {
        final List<String> header;
        final List<List<String>> rows = new ArrayList<>();

        Csv(String... header) {
            this.header = List.of(header);
        }

        Csv row(String... fields) {
            rows.add(List.of(fields));
            return this;
        }

        /** Every field quoted, as the DfE writes it. */
        String quoted(String delimiter, String lineEnd) {
            StringBuilder text = new StringBuilder();
            for (List<String> line : withHeader()) {
                text.append(String.join(delimiter, line.stream()
                        .map(f -> "\"" + f.replace("\"", "\"\"") + "\"").toList())).append(lineEnd);
            }
            return text.toString();
        }

        /** Quotes only where needed, as Excel's "CSV (Comma delimited)" writes it. */
        String excel(String lineEnd) {
            StringBuilder text = new StringBuilder();
            for (List<String> line : withHeader()) {
                text.append(String.join(",", line.stream().map(f -> f.contains(",") || f.contains("\"")
                        || f.contains("\n") ? "\"" + f.replace("\"", "\"\"") + "\"" : f).toList())).append(lineEnd);
            }
            return text.toString();
        }

        private List<List<String>> withHeader() {
            List<List<String>> all = new ArrayList<>();
            all.add(header);
            all.addAll(rows);
            return all;
        }
    }

    /** The real columns in a new order with two columns no release has had yet. */
    private static Csv anthonyAndEcole() {
        return new Csv("Postcode", "Mystery (name)", "EstablishmentName", "URN", "Town",
                "EstablishmentStatus (name)", "LA (name)", "HeadTitle (name)", "HeadFirstName", "HeadLastName",
                "TelephoneNum", "SchoolWebsite", "Street", "Locality", "Address3", "County (name)",
                "TypeOfEstablishment (name)", "PhaseOfEducation (name)", "Another new column")
                .row("NW1 2AB", "x", ANTHONY, "100001", "London", "Open", "Camden", "Mrs", "Siobh\u00e1n",
                        "O\u2019Brien", "02074851234", "", "1 Station Road", "", "", "", "Voluntary aided school",
                        "Primary", "y")
                .row("NW5 3DU", "", ECOLE, "100002", "London", "Open", "Camden", "", "Ren\u00e9e", "Dupr\u00e9",
                        "", "", "", "", "", "", "Other independent school", "Not applicable", "");
    }

    private GiasImportResult importText(String name, String text, Charset charset) throws Exception {
        Path file = Files.write(dir.resolve(name), text.getBytes(charset));
        return register.importGias(file, GiasImportOptions.all(), ProgressMonitor.NONE);
    }

    private void assertAnthonyAndEcoleIntact() {
        School anthony = register.findByUrn("100001").orElseThrow();
        assertThat(anthony.name()).isEqualTo(ANTHONY);
        assertThat(anthony.headTeacher()).isEqualTo("Mrs Siobh\u00e1n O\u2019Brien");
        assertThat(anthony.postcode()).isEqualTo("NW1 2AB");
        assertThat(anthony.street()).isEqualTo("1 Station Road");
        assertThat(register.findByUrn("100002").orElseThrow().name()).isEqualTo(ECOLE);
        assertThat(register.count()).isEqualTo(2);
    }

    @Test
    void lineEndsByteOrderMarksAndATrailingEmptyLineMakeNoDifference() throws Exception {
        Csv csv = anthonyAndEcole();
        record Variant(String name, String text, Charset charset, String encoding) {
        }
        for (Variant variant : List.of(
                new Variant("crlf-1252.csv", csv.quoted(",", "\r\n"), CP1252, "windows-1252"),
                new Variant("lf-1252-trailing.csv", csv.quoted(",", "\n") + "\n", CP1252, "windows-1252"),
                new Variant("crlf-utf8-bom.csv", "\uFEFF" + csv.quoted(",", "\r\n") + "\r\n", StandardCharsets.UTF_8,
                        "UTF-8"),
                new Variant("lf-utf8.csv", csv.quoted(",", "\n"), StandardCharsets.UTF_8, "UTF-8"),
                new Variant("no-final-line-end.csv", csv.quoted(",", "\r\n").stripTrailing(), CP1252,
                        "windows-1252"))) {
            GiasImportResult result = importText(variant.name(), variant.text(), variant.charset());
            assertThat(result.problems()).as(variant.name()).isEmpty();
            assertThat(result.encoding()).as(variant.name()).isEqualTo(variant.encoding());
            assertThat(result.added() + result.unchanged()).as(variant.name()).isEqualTo(2);
            assertThat(result.missingColumns()).as(variant.name()).isEmpty();
            assertAnthonyAndEcoleIntact();
        }
    }

    @Test
    void anExcelSavedFileWithFewQuotesAndTrailingEmptyRowsImports() throws Exception {
        Csv csv = anthonyAndEcole();
        String text = csv.excel("\r\n") + ",".repeat(csv.header.size() - 1) + "\r\n"
                + ",".repeat(csv.header.size() - 1) + "\r\n";
        assertThat(text).startsWith("Postcode,Mystery (name),EstablishmentName,URN");

        GiasImportResult result = importText("excel.csv", text, CP1252);

        assertThat(result.problems()).isEmpty();
        assertThat(result.added()).isEqualTo(2);
        assertAnthonyAndEcoleIntact();
    }

    @Test
    void semicolonAndTabSeparatedSavesAreRecognisedToo() throws Exception {
        importText("semicolons.csv", anthonyAndEcole().quoted(";", "\r\n"), CP1252);
        assertAnthonyAndEcoleIntact();

        // Excel's "Unicode text": UTF-16 with a byte-order mark, tab-separated.
        GiasImportResult result = importText("unicode.txt", "\uFEFF" + anthonyAndEcole().quoted("\t", "\r\n"),
                StandardCharsets.UTF_16LE);
        assertThat(result.unchanged()).isEqualTo(2);
        assertThat(result.problems()).isEmpty();
        assertAnthonyAndEcoleIntact();
    }

    @Test
    void fieldsWithCommasQuotesAndLineBreaksAreReadWholeAndLaterLineNumbersStayRight() throws Exception {
        Csv csv = new Csv("URN", "EstablishmentName", "LA (name)", "EstablishmentStatus (name)", "Street")
                .row("100001", "Smith, Jones and \"Partners\" Academy", "Camden", "Open", "Flat 1\r\nHigh Street")
                .row("100002", "Second School", "Camden", "Open", "Line one\nline two\nline three")
                .row("", "No URN Here", "Camden", "Open", "")                                    // line 7
                .row("100004", "Fourth School", "Camden", "Open", "");
        GiasImportResult result = importText("embedded.csv", csv.excel("\r\n"), CP1252);

        assertThat(result.added()).isEqualTo(3);
        assertThat(register.findByUrn("100001").orElseThrow().name())
                .isEqualTo("Smith, Jones and \"Partners\" Academy");
        // Line breaks inside a field are kept as one space: addresses show on one line.
        assertThat(register.findByUrn("100002").orElseThrow().street()).isEqualTo("Line one line two line three");
        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(7);
            assertThat(problem.reason()).contains("no URN");
        });
    }

    @Test
    void blankLinesBetweenRowsAreSkippedAndDoNotShiftLineNumbers() throws Exception {
        String text = "\"URN\",\"EstablishmentName\",\"LA (name)\",\"EstablishmentStatus (name)\"\r\n"
                + "\"100001\",\"First\",\"Camden\",\"Open\"\r\n"
                + "\r\n"
                + "\r\n"
                + "\"10000X\",\"Broken\",\"Camden\",\"Open\"\r\n"   // line 5
                + "\"100002\",\"Second\",\"Camden\",\"Open\"\r\n";
        GiasImportResult result = importText("gaps.csv", text, CP1252);
        assertThat(result.added()).isEqualTo(2);
        assertThat(result.problems()).extracting(ImportProblem::line).containsExactly(5L);
    }

    @Test
    void aRepeatedUrnKeepsTheFirstRowAndListsTheLaterOneWithBothLines() throws Exception {
        Csv csv = new Csv("URN", "EstablishmentName", "LA (name)", "EstablishmentStatus (name)")
                .row("100001", "First Copy", "Camden", "Open")
                .row("100002", "Other School", "Camden", "Open")
                .row("100001", "Second Copy", "Camden", "Open");
        GiasImportResult result = importText("dup.csv", csv.quoted(",", "\r\n"), CP1252);

        assertThat(result.added()).isEqualTo(2);
        assertThat(register.findByUrn("100001").orElseThrow().name()).isEqualTo("First Copy");
        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(4);
            assertThat(problem.reason()).contains("100001", "first on line 2");
        });
    }

    @Test
    void headerNamesAreMatchedIgnoringCaseAndSpacing() throws Exception {
        Csv csv = new Csv(" urn ", "ESTABLISHMENTNAME", "LA  (name)", "establishmentstatus (NAME)", "postcode")
                .row("100001", ANTHONY, "Camden", "Open", "nw12ab");
        GiasImportResult result = importText("shouty.csv", csv.quoted(",", "\r\n"), CP1252);
        assertThat(result.added()).isEqualTo(1);
        assertThat(register.findByUrn("100001").orElseThrow().postcode()).isEqualTo("NW1 2AB");
    }

    @Test
    void aCouncilsFilteredExtractWithoutOptionalColumnsImportsAndKeepsWhatTheRegisterKnew() throws Exception {
        importText("full.csv", anthonyAndEcole().quoted(",", "\r\n"), CP1252);
        School before = register.findByUrn("100001").orElseThrow();
        assertThat(before.telephone()).isEqualTo("02074851234");

        // No head teacher, address or telephone columns; Anthony's has moved to a new postcode.
        Csv filtered = new Csv("URN", "EstablishmentName", "LA (name)", "EstablishmentStatus (name)", "Postcode")
                .row("100001", ANTHONY, "Camden", "Open", "NW1 9ZZ")
                .row("100003", "Brand New Primary", "Camden", "Open", "NW3 1AA");
        GiasImportResult result = importText("filtered.csv", filtered.quoted(",", "\r\n"), CP1252);

        assertThat(result.added()).isEqualTo(1);
        assertThat(result.updated()).isEqualTo(1);
        assertThat(result.problems()).isEmpty();
        assertThat(result.missingColumns()).contains("HeadFirstName", "HeadLastName", "TelephoneNum", "Street", "Town", "TypeOfEstablishment (name)");
        School after = register.findByUrn("100001").orElseThrow();
        assertThat(after.postcode()).isEqualTo("NW1 9ZZ");
        assertThat(after.telephone()).isEqualTo("02074851234");
        assertThat(after.headTeacher()).isEqualTo("Mrs Siobh\u00e1n O\u2019Brien");
        assertThat(after.street()).isEqualTo("1 Station Road");
        assertThat(register.findByUrn("100003").orElseThrow().headTeacher()).isNull();
    }

    @Test
    void missingEssentialColumnsRefuseTheFileNamingThemAndChangeNothing() throws Exception {
        importText("full.csv", anthonyAndEcole().quoted(",", "\r\n"), CP1252);
        Csv noStatus = new Csv("URN", "EstablishmentName", "Postcode", "HeadTitle (name)")
                .row("100001", "Renamed", "NW1 2AB", "Mr");
        assertThatThrownBy(() -> importText("partial.csv", noStatus.quoted(",", "\r\n"), CP1252))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("\"LA (name)\"")
                .hasMessageContaining("\"EstablishmentStatus (name)\"")
                .hasMessageNotContaining("\"URN\"");
        assertAnthonyAndEcoleIntact();
    }

    @Test
    void aRowWithAnUnclosedQuoteIsListedWithItsLineAndTheRestIsImported() throws Exception {
        importText("full.csv", anthonyAndEcole().quoted(",", "\r\n"), CP1252);
        StringBuilder text = new StringBuilder("\"URN\",\"EstablishmentName\",\"LA (name)\",\"EstablishmentStatus (name)\"\r\n");
        for (int i = 0; i < 2_000; i++) {
            text.append("\"").append(200000 + i).append("\",\"School ").append(i).append("\",\"Camden\",\"Open\"\r\n");
        }
        // Line 2,002: one quote that is never closed, as a hand edit in a spreadsheet can leave.
        text.append("\"300000\",\"Unfinished \"quote\",\"Camden\",\"Open\"\r\n");
        for (int i = 0; i < 3; i++) {
            text.append("\"").append(400000 + i).append("\",\"After ").append(i).append("\",\"Camden\",\"Open\"\r\n");
        }

        GiasImportResult result = importText("broken.csv", text.toString(), CP1252);

        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(2_002);
            assertThat(problem.reason()).contains("not in CSV form").doesNotContain("Exception");
        });
        assertThat(register.findByUrn("201999")).isPresent();
        assertThat(register.findByUrn("400002").orElseThrow().name()).isEqualTo("After 2");
        assertThat(register.findByUrn("300000")).isEmpty();
        assertThat(register.count()).isEqualTo(2 + 2_000 + 3);
    }

    @Test
    void aFileThatIsNotCsvAtAllIsRefusedWholeInPlainWords() throws Exception {
        importText("full.csv", anthonyAndEcole().quoted(",", "\r\n"), CP1252);
        StringBuilder text = new StringBuilder("\"URN\",\"EstablishmentName\",\"LA (name)\",\"EstablishmentStatus (name)\"\r\n");
        for (int i = 0; i < 300; i++) {
            text.append("\"").append(200000 + i).append("\",\"Bad \"quote\"x,\"Camden\",\"Open\"\r\n");
        }
        assertThatThrownBy(() -> importText("broken.csv", text.toString(), CP1252))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("broken.csv")
                .hasMessageContaining("cannot be read as a CSV file")
                .hasMessageNotContaining("Exception");
        assertAnthonyAndEcoleIntact();
    }
}
