package org.charterreviewer.ui.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.charterreviewer.testing.TableHeadings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Column widths follow the table's text size, and headings are never cut off. */
@ExtendWith(ApplicationExtension.class)
class FontSizedColumnsTest {

    private TableView<String> table;
    private TableColumn<String, String> name;
    private TableColumn<String, String> code;
    private TableColumn<String, String> status;

    @Start
    void start(Stage stage) {
        table = new TableView<>();
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        name = column("Name");
        code = column("Unique reference number");
        status = column("Establishment status");
        table.getItems().add("St Bartholomew's Church of England Voluntary Controlled Primary School");
        FontSizedColumns.of(table).column(name, 20).wholeColumn(code, 3).column(status, 2);
        // A narrow window: at 200 % the columns cannot all have their preferred widths.
        Scene scene = new Scene(new StackPane(table), 700, 300);
        scene.getStylesheets().add(Styles.STYLESHEET);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void widthsDoubleWithTheTextAndComeBackWithIt(FxRobot robot) {
        double em = headingFontSize(robot);
        assertThat(name.getPrefWidth()).isCloseTo(20 * em, within(0.5));

        textSize(robot, "text-size-200");
        assertThat(headingFontSize(robot)).isCloseTo(2 * em, within(0.5));
        assertThat(name.getPrefWidth()).isCloseTo(40 * em, within(1.0));

        textSize(robot, null);
        assertThat(name.getPrefWidth()).isCloseTo(20 * em, within(0.5));
    }

    @Test
    void aHeadingLongerThanItsWidthWidensItsColumnAndIsNeverCutOff(FxRobot robot) {
        textSize(robot, "text-size-200");
        // "Unique reference number" is far wider than 3 ems; "Establishment status" wider than 2.
        assertThat(code.getMinWidth()).isEqualTo(code.getPrefWidth()).isGreaterThan(3 * headingFontSize(robot));
        assertThat(status.getMinWidth()).isGreaterThan(2 * headingFontSize(robot));
        assertThat(TableHeadings.cutOff(table)).isEmpty();
    }

    private double headingFontSize(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.from(table).lookup(".column-header > .label").queryAs(Label.class).getFont().getSize();
    }

    private void textSize(FxRobot robot, String styleClass) {
        robot.interact(() -> {
            var classes = table.getScene().getRoot().getStyleClass();
            classes.removeIf(c -> c.startsWith("text-size-"));
            if (styleClass != null) {
                classes.add(styleClass);
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private TableColumn<String, String> column(String heading) {
        TableColumn<String, String> column = new TableColumn<>(heading);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue()));
        table.getColumns().add(column);
        return column;
    }
}
