package org.charterreviewer.ui.walkthrough;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.AccessibleAttribute;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.charterreviewer.review.Decision;
import org.charterreviewer.review.PledgeSignatory;
import org.charterreviewer.review.ReviewChange;
import org.charterreviewer.ui.common.Styles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The signatories pane in a real window, driven by keys, on the in-memory editor. */
@ExtendWith(ApplicationExtension.class)
class SignatoriesPaneTest {

    private WalkthroughHarness h;

    @Start
    void start(Stage stage) {
        h = WalkthroughHarness.pledgeWithVision();
        Scene scene = new Scene((Parent) new SignatoriesPane(h.vm.signatories()).node(), 900, 520);
        scene.getStylesheets().add(Styles.STYLESHEET);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void signatoriesAreAddedMovedEditedAndRemovedByKeys(FxRobot robot) {
        robot.clickOn("#review-sign-name").write("Sam Patel");
        robot.clickOn("#review-sign-role").write("Head teacher");
        robot.clickOn("#review-sign-consent");
        robot.clickOn("#review-sign-name");
        robot.type(KeyCode.ENTER);
        robot.write("Mrs Patel");
        robot.clickOn("#review-sign-role").write("Chair of governors");
        robot.clickOn("#review-sign-name");
        robot.type(KeyCode.ENTER);
        assertThat(h.stored().signatories()).extracting(PledgeSignatory::name).containsExactly("Sam Patel", "Mrs Patel");
        assertThat(h.stored().signatories()).extracting(PledgeSignatory::consentToPublish).containsExactly(true, false);

        ListView<?> list = robot.lookup("#review-signatories").queryAs(ListView.class);
        robot.clickOn(robot.lookup(".list-cell").nth(1).queryAs(Node.class));
        robot.press(KeyCode.ALT).type(KeyCode.UP).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(h.stored().signatories()).extracting(PledgeSignatory::name).containsExactly("Mrs Patel", "Sam Patel");
        assertThat(list.getSelectionModel().getSelectedIndex()).isZero();

        // F2 loads the selected one into the form, the caret in the name; Enter there saves.
        robot.type(KeyCode.F2);
        TextField name = robot.lookup("#review-sign-name").queryAs(TextField.class);
        assertThat(name.isFocused()).isTrue();
        assertThat(name.getText()).isEqualTo("Mrs Patel");
        assertThat(name.getAccessibleText()).contains("Editing a recorded signatory");
        robot.clickOn("#review-sign-consent");
        robot.clickOn("#review-sign-name").type(KeyCode.ENTER);
        assertThat(h.stored().signatories().get(0).consentToPublish()).isTrue();
        assertThat(h.stored().signatories()).hasSize(2);

        robot.interact(() -> list.getSelectionModel().select(1));
        robot.clickOn("#review-signatory-remove");
        assertThat(h.stored().signatories()).extracting(PledgeSignatory::name).containsExactly("Mrs Patel");
        assertThat(robot.lookup(".list-cell").nth(0).queryAs(Node.class)
                .queryAccessibleAttribute(AccessibleAttribute.TEXT)).asString()
                .isEqualTo("1. Mrs Patel, Chair of governors, Oak Hill Primary — signed 20 Nov 2026 (may be published)");
    }

    @Test
    void everyControlHasANameAndAFinalisedPledgeCannotBeChanged(FxRobot robot) {
        for (String id : List.of("#review-signatories", "#review-sign-name", "#review-sign-role",
                "#review-sign-organisation", "#review-sign-date", "#review-sign-consent", "#review-signatory-add",
                "#review-signatory-edit", "#review-signatory-remove", "#review-signatory-up",
                "#review-signatory-down")) {
            Control control = robot.lookup(id).queryAs(Control.class);
            assertThat(control.getAccessibleText()).as(id).isNotBlank();
            assertThat(control.getTooltip()).as(id).isNotNull();
        }
        robot.interact(() -> {
            h.vm.signatories().nameProperty().set("Sam Patel");
            h.vm.signatories().roleProperty().set("Head teacher");
            h.vm.signatories().save();
            h.vm.session().apply(new ReviewChange.RecordDecision(Decision.NOT_YET, "Not yet", null));
            h.vm.session().apply(new ReviewChange.Finalise());
        });
        robot.clickOn(robot.lookup(".list-cell").nth(0).queryAs(Node.class));
        robot.type(KeyCode.F2);
        robot.press(KeyCode.ALT).type(KeyCode.DOWN).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(h.vm.signatories().getEditing()).isNull();
        assertThat(robot.lookup("#review-signatory-remove").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#review-sign-name").queryAs(TextField.class).isDisabled()).isTrue();
        assertThat(h.stored().signatories()).extracting(PledgeSignatory::name).containsExactly("Sam Patel");
    }
}
