package org.charterreviewer.school;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.charterreviewer.InvalidInputException;
import org.charterreviewer.workspace.Workspace;
import org.charterreviewer.workspace.WorkspaceOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchoolRegisterTest {

    @TempDir
    Path dir;

    Workspace workspace;
    SchoolRegister register;

    @BeforeEach
    void open() {
        workspace = Workspace.open(WorkspaceOptions.at(dir));
        register = workspace.schools();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private static SchoolDraft draft(String urn, String name, String postcode) {
        return new SchoolDraft(urn, name, "Camden", null, "Nursery", "Open", null, null, null, "London", null,
                postcode, null, null, null);
    }

    @Test
    void addsASettingWithoutUrnAndNormalisesThePostcode() {
        School school = register.add(draft(null, "  Little Acorns   Nursery ", "sw1a1aa"));
        assertThat(school.urn()).isNull();
        assertThat(school.name()).isEqualTo("Little Acorns Nursery");
        assertThat(school.postcode()).isEqualTo("SW1A 1AA");
        assertThat(workspace.auditLog().entriesFor(workspace.database().dsl(), "school",
                Long.toString(school.id()))).extracting(e -> e.event()).containsExactly("SCHOOL_ADDED");
    }

    @Test
    void refusesASecondSchoolWithTheSameUrn() {
        register.add(draft("123456", "First", null));
        assertThatThrownBy(() -> register.add(draft("123456", "Second", null)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("123456", "First");
        assertThat(register.count()).isEqualTo(1);
    }

    @Test
    void invalidDraftsAreRefusedWithEveryProblemNamed() {
        assertThatThrownBy(() -> register.add(draft("12a", " ", "not a postcode")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Name: Enter the school’s name")
                .hasMessageContaining("URN: A URN is digits only")
                .hasMessageContaining("Postcode: This does not look like a UK postcode");
        assertThat(register.count()).isZero();
    }

    @Test
    void editsArchivesAndUnarchives() {
        School school = register.add(draft("100000", "Old Name", "NW1 2AB"));
        School edited = register.update(school.id(), draft("100000", "New Name", "nw1 2ab"));
        assertThat(edited.name()).isEqualTo("New Name");
        assertThat(register.search("old", false, 10)).isEmpty();
        assertThat(register.search("new", false, 10)).hasSize(1);

        register.archive(school.id());
        assertThat(register.search("new", false, 10)).isEmpty();
        assertThat(register.search("new", true, 10)).extracting(School::archived).containsExactly(true);
        assertThat(register.unarchive(school.id()).archived()).isFalse();
        assertThat(register.getByUrnOrId("100000").id()).isEqualTo(school.id());
        assertThat(register.getByUrnOrId(Long.toString(school.id())).id()).isEqualTo(school.id());
        assertThatThrownBy(() -> register.getByUrnOrId("999")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("999");
    }
}
