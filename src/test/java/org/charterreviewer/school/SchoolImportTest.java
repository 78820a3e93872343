package org.charterreviewer.school;

import org.charterreviewer.testing.RecordingMonitor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.charterreviewer.InvalidInputException;
import org.charterreviewer.progress.CancelledException;
import org.charterreviewer.progress.ProgressMonitor;
import org.charterreviewer.testing.GiasFixture;
import org.charterreviewer.workspace.Workspace;
import org.charterreviewer.workspace.WorkspaceOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchoolImportTest {

    static final String ANTHONY = "St Anthony\u2019s Catholic Primary School";
    static final String ECOLE = "\u00c9cole Fran\u00e7aise Jacques Pr\u00e9vert";

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

    /** The fixture every test starts from: Camden and Anglesey schools, a closed one, broken rows. */
    static GiasFixture camdenExtract() {
        GiasFixture gias = GiasFixture.shuffled(42);
        gias.school("100001", ANTHONY, "Camden", "Open", Map.of("Postcode", "nw1 2ab", "Town", "London",
                "HeadTitle (name)", "Mrs", "HeadFirstName", "Siobh\u00e1n", "HeadLastName", "O\u2019Brien",
                "SchoolWebsite", "www.st-anthonys.camden.sch.uk", "TelephoneNum", "02074851234"));
        gias.school("100002", ECOLE, "Camden", "Open", Map.of("Postcode", "NW5 3DU", "Town", "London",
                "TypeOfEstablishment (name)", "Other independent school", "HeadTitle (name)", "Not applicable",
                "HeadFirstName", "Ren\u00e9e", "HeadLastName", "Dupr\u00e9"));
        gias.school("100003", "Hampstead Parochial CofE Primary School", "Camden", "Open, but proposed to close",
                Map.of("Postcode", "NW3 6TX", "Town", "London"));
        gias.school("100004", "Old Kentish Town School", "Camden", "Closed", Map.of());
        gias.school("100005", "New Regent\u2019s Park Academy", "Camden", "Proposed to open", Map.of());
        gias.school("100006", "Highbury Grove School", "Islington", "Open", Map.of("Postcode", "N5 2EQ"));
        gias.school("400001", "Ysgol Gymraeg Bro Alaw", "Isle of Anglesey", "Open",
                Map.of("Postcode", "LL65 3LT", "Town", "Holyhead", "PhaseOfEducation (name)", "Primary"));
        gias.school("ABC12", "Broken URN School", "Camden", "Open", Map.of());                  // line 9
        gias.rawFields(List.of("100007", "Camden", "Too Few Columns"));                         // line 10
        gias.school("100008", "", "Camden", "Open", Map.of());                                  // line 11
        gias.school("", "No URN School", "Camden", "Open", Map.of());                           // line 12
        return gias;
    }

    @Test
    void importsOpenCamdenSchoolsWithAccentsIntactAndListsBrokenRows() throws Exception {
        Path file = camdenExtract().write(dir.resolve("edubasealldata20251105.csv"));
        assertThat(Files.readAllBytes(file)).contains((byte) 0x92, (byte) 0xC9); // ’ and É in cp1252

        GiasImportResult result = register.importGias(file, new GiasImportOptions(List.of("camden"), false),
                ProgressMonitor.NONE);

        assertThat(result.added()).isEqualTo(3);
        assertThat(result.updated()).isZero();
        assertThat(result.skippedNotOpen()).isEqualTo(2);       // Closed, Proposed to open
        assertThat(result.skippedOtherAuthority()).isEqualTo(2); // Islington, Anglesey
        assertThat(result.encoding()).isEqualTo("windows-1252");
        assertThat(result.problems()).extracting(ImportProblem::line).containsExactly(9L, 10L, 11L, 12L);
        assertThat(result.problems().get(0).reason()).contains("ABC12", "not a number");
        assertThat(result.problems().get(1).reason()).contains("3 fields", "140");
        assertThat(result.problems().get(2).reason()).contains("100008", "no establishment name");
        assertThat(result.problems().get(3).reason()).contains("no URN");
        assertThat(result.missingColumns()).isEmpty();

        School anthony = register.findByUrn("100001").orElseThrow();
        assertThat(anthony.name()).isEqualTo(ANTHONY);
        assertThat(anthony.localAuthority()).isEqualTo("Camden");
        assertThat(anthony.postcode()).isEqualTo("NW1 2AB");
        assertThat(anthony.headTeacher()).isEqualTo("Mrs Siobh\u00e1n O\u2019Brien");
        assertThat(anthony.website()).isEqualTo("www.st-anthonys.camden.sch.uk");
        assertThat(anthony.telephone()).isEqualTo("02074851234");
        assertThat(anthony.phase()).isEqualTo("Primary");
        assertThat(anthony.establishmentType()).isEqualTo("Community school");
        School ecole = register.findByUrn("100002").orElseThrow();
        assertThat(ecole.name()).isEqualTo(ECOLE);
        assertThat(ecole.headTeacher()).isEqualTo("Ren\u00e9e Dupr\u00e9");
        assertThat(register.findByUrn("100003").orElseThrow().establishmentStatus())
                .isEqualTo("Open, but proposed to close");
        assertThat(register.count()).isEqualTo(3);
    }

    @Test
    void severalAuthoritiesAndClosedSchoolsCanBeAskedFor() throws Exception {
        Path file = camdenExtract().write(dir.resolve("gias.csv"));
        GiasImportResult result = register.importGias(file,
                GiasImportOptions.parse("CAMDEN; isle of anglesey", true), ProgressMonitor.NONE);
        assertThat(result.added()).isEqualTo(6);
        assertThat(result.skippedOtherAuthority()).isEqualTo(1);
        assertThat(result.skippedNotOpen()).isZero();
        assertThat(register.findByUrn("400001").orElseThrow().name()).isEqualTo("Ysgol Gymraeg Bro Alaw");
        assertThat(register.findByUrn("100004").orElseThrow().establishmentStatus()).isEqualTo("Closed");
    }

    @Test
    void reimportingANewerFileUpdatesWithoutDuplicatesAndLeavesReviewsAlone() throws Exception {
        register.importGias(camdenExtract().write(dir.resolve("first.csv")), GiasImportOptions.all(),
                ProgressMonitor.NONE);
        School anthony = register.findByUrn("100001").orElseThrow();
        UUID reviewId = addReview(anthony.id());
        int before = register.count();

        GiasFixture newer = GiasFixture.shuffled(7); // columns in another order, as in a new release
        newer.school("100001", ANTHONY, "Camden", "Open", Map.of("Postcode", "NW1 2AB", "Town", "London",
                "HeadTitle (name)", "Mr", "HeadFirstName", "Tom\u00e1s", "HeadLastName", "Kelly",
                "SchoolWebsite", "www.st-anthonys.camden.sch.uk", "TelephoneNum", "02074851234"));
        newer.school("100009", "Brand New Primary", "Camden", "Open", Map.of());
        GiasImportResult result = register.importGias(newer.write(dir.resolve("second.csv")),
                GiasImportOptions.all(), ProgressMonitor.NONE);

        assertThat(result.updated()).isEqualTo(1);
        assertThat(result.added()).isEqualTo(1);
        assertThat(register.count()).isEqualTo(before + 1);
        School updated = register.findByUrn("100001").orElseThrow();
        assertThat(updated.id()).isEqualTo(anthony.id());
        assertThat(updated.headTeacher()).isEqualTo("Mr Tom\u00e1s Kelly");
        assertThat(register.reviewsOf(anthony.id())).singleElement()
                .satisfies(review -> {
                    assertThat(review.reviewId()).isEqualTo(reviewId);
                    assertThat(review.status()).isEqualTo("FINALISED");
                });

        GiasImportResult again = register.importGias(dir.resolve("second.csv"), GiasImportOptions.all(),
                ProgressMonitor.NONE);
        assertThat(again.unchanged()).isEqualTo(2);
        assertThat(again.added() + again.updated()).isZero();
    }

    @Test
    void importKeepsAnArchivedSchoolArchived() throws Exception {
        Path file = camdenExtract().write(dir.resolve("gias.csv"));
        register.importGias(file, GiasImportOptions.all(), ProgressMonitor.NONE);
        School hampstead = register.findByUrn("100003").orElseThrow();
        register.archive(hampstead.id());
        register.importGias(file, GiasImportOptions.all(), ProgressMonitor.NONE);
        assertThat(register.get(hampstead.id()).archived()).isTrue();
    }

    @Test
    void aFileThatIsNotGiasIsRefusedNamingTheMissingHeaders() throws Exception {
        Path file = Files.writeString(dir.resolve("pupils.csv"), "\"Name\",\"URN\",\"Town\"\r\n\"A\",\"1\",\"B\"\r\n");
        assertThatThrownBy(() -> register.importGias(file, GiasImportOptions.all(), ProgressMonitor.NONE))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("not a GIAS establishment file")
                .hasMessageContaining("\"EstablishmentName\"", "\"LA (name)\"", "\"EstablishmentStatus (name)\"")
                .hasMessageNotContaining("\"URN\"");
        assertThat(register.count()).isZero();
    }

    @Test
    void aMissingOrEmptyFileIsRefusedPlainly() throws Exception {
        assertThatThrownBy(() -> register.importGias(dir.resolve("nope.csv"), GiasImportOptions.all(),
                ProgressMonitor.NONE)).isInstanceOf(InvalidInputException.class).hasMessageContaining("no file");
        Path empty = Files.writeString(dir.resolve("empty.csv"), "");
        assertThatThrownBy(() -> register.importGias(empty, GiasImportOptions.all(), ProgressMonitor.NONE))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("empty");
    }

    @Test
    void utf8FilesWithOrWithoutABomKeepTheirAccents() throws Exception {
        String text = camdenExtract().text();
        Path plain = Files.writeString(dir.resolve("utf8.csv"), text, StandardCharsets.UTF_8);
        GiasImportResult result = register.importGias(plain, GiasImportOptions.all(), ProgressMonitor.NONE);
        assertThat(result.encoding()).isEqualTo("UTF-8");
        assertThat(register.findByUrn("100002").orElseThrow().name()).isEqualTo(ECOLE);

        Path bom = Files.writeString(dir.resolve("bom.csv"), "\uFEFF" + text.replace("Pr\u00e9vert", "Pr\u00e9vert II"),
                StandardCharsets.UTF_8);
        GiasImportResult second = register.importGias(bom, GiasImportOptions.all(), ProgressMonitor.NONE);
        assertThat(second.updated()).isEqualTo(1);
        assertThat(register.findByUrn("100002").orElseThrow().name()).isEqualTo(ECOLE + " II");
    }

    @Test
    void cancellingLeavesTheRegisterAsItWas() throws Exception {
        register.add(SchoolDraft.named("Hand-made Nursery"));
        GiasFixture big = GiasFixture.shuffled(3);
        for (int i = 0; i < 5_000; i++) {
            big.school(String.valueOf(200000 + i), "School " + i, "Camden", "Open", Map.of());
        }
        Path file = big.write(dir.resolve("big.csv"));
        // Cancelled while saving, after some rows were written.
        RecordingMonitor cancelWhileSaving = RecordingMonitor.recording()
                .cancelWhen(m -> m.messages().size() >= 2 && m.progressCalls() > 5);
        assertThatThrownBy(() -> register.importGias(file, GiasImportOptions.all(), cancelWhileSaving))
                .isInstanceOf(CancelledException.class);
        assertThat(cancelWhileSaving.messages()).hasSize(2);
        assertThat(register.count()).isEqualTo(1);
        assertThat(register.search("", true, 10)).extracting(School::name).containsExactly("Hand-made Nursery");
    }

    @Test
    void aRepeatedUrnInTheFileIsAProblemNotADuplicate() throws Exception {
        GiasFixture gias = GiasFixture.shuffled(1);
        gias.school("100001", "First", "Camden", "Open", Map.of());
        gias.school("100001", "Second", "Camden", "Open", Map.of());
        GiasImportResult result = register.importGias(gias.write(dir.resolve("dup.csv")), GiasImportOptions.all(),
                ProgressMonitor.NONE);
        assertThat(result.added()).isEqualTo(1);
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.reason()).contains("first on line 2");
        });
    }

    @Test
    void searchFindsByPartOfNameUrnPostcodeWithoutSpaceAndTown() throws Exception {
        register.importGias(camdenExtract().write(dir.resolve("gias.csv")), GiasImportOptions.parse("", true),
                ProgressMonitor.NONE);
        assertThat(names("anthony")).containsExactly(ANTHONY);
        assertThat(names("St Anthony's")).containsExactly(ANTHONY);
        assertThat(names("ecole")).containsExactly(ECOLE);
        assertThat(names("100003")).containsExactly("Hampstead Parochial CofE Primary School");
        assertThat(names("nw12ab")).containsExactly(ANTHONY);
        assertThat(names("NW1 2AB")).containsExactly(ANTHONY);
        assertThat(names("holyhead")).containsExactly("Ysgol Gymraeg Bro Alaw");
        assertThat(names("primary hampstead")).containsExactly("Hampstead Parochial CofE Primary School");
        assertThat(names("100%")).isEmpty();
        assertThat(register.countMatching("school", false)).isEqualTo(4); // Anthony’s, Hampstead, Old Kentish Town, Highbury Grove
    }

    @Test
    void lookingUpAUrnUsesTheUniqueIndexAndSearchNeedsNoOther() {
        var dsl = workspace.database().dsl();
        assertThat(String.valueOf(dsl.fetchValue("EXPLAIN SELECT * FROM school WHERE urn = '100001'")))
                .contains("UQ_SCHOOL_URN");
        // Search reads the one search_key column of every school (a scan, well under 0.1 s at 50,000;
        // see docs/PERFORMANCE.md) and sorts its matches: no index to keep up on every import.
        assertThat(String.valueOf(dsl.fetchValue(
                "SELECT COUNT(*) FROM INFORMATION_SCHEMA.INDEXES WHERE TABLE_NAME = 'SCHOOL'")))
                .isEqualTo("2"); // the primary key and the URN
    }

    private List<String> names(String text) {
        return register.search(text, false, 50).stream().map(School::name).toList();
    }

    /** A finalised review row as the review feature will write it. */
    private UUID addReview(long schoolId) {
        UUID id = UUID.randomUUID();
        var dsl = workspace.database().dsl();
        dsl.execute("INSERT INTO charter (charter_id, version, content_sha256, title, issuing_body, json_text, "
                + "imported_at) VALUES ('send-charter', '1.0', REPEAT('a', 64), 'SEND charter', 'Council', '{}', "
                + "CURRENT_TIMESTAMP)");
        dsl.execute("INSERT INTO review (review_id, revision, school_id, charter_id, charter_version, charter_sha256, "
                + "visit_date, status, valid_until, created_at, updated_at) VALUES (?, 1, ?, 'send-charter', '1.0', "
                + "REPEAT('a', 64), DATE '2025-03-01', 'FINALISED', DATE '2028-03-01', CURRENT_TIMESTAMP, "
                + "CURRENT_TIMESTAMP)", id, schoolId);
        return id;
    }
}
