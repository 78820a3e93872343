package org.charterreviewer.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.charterreviewer.ui.common.WrappedTooltip;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A tooltip lives in a window of its own and took its font from there, staying at 100 % when the
 * rest of the window was at 200 %: it now grows with the text, and wraps at a width that grows too.
 */
@ExtendWith(ApplicationExtension.class)
class TooltipAtLargeTextTest {

    @TempDir
    static Path dir;

    private Appearance appearance;
    private Button button;
    private Tooltip tooltip;

    @Start
    void start(Stage stage) {
        appearance = DialogsAtLargeTextTest.installedAt200Percent(dir);
        button = new Button("Meets the standard");
        tooltip = WrappedTooltip.wrappingAt(38);
        tooltip.setText("The school meets the standard: pupils with SEND and their families are included in every"
                + " part of school life, and the evidence shows it.");
        button.setTooltip(tooltip);
        stage.setScene(new Scene(new StackPane(button), 600, 300));
        stage.show();
    }

    @AfterEach
    void uninstall() {
        appearance.uninstall();
    }

    @Test
    void aTooltipGrowsWithTheTextAt200Percent(FxRobot robot) throws Exception {
        robot.moveTo(button);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, tooltip::isShowing);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(button.getFont().getSize()).isEqualTo(26.0, within(0.5));
        // Modena's tooltips are 0.85 of the text around them.
        assertThat(tooltip.getFont().getSize()).isEqualTo(0.85 * button.getFont().getSize(), within(0.5));
        assertThat(tooltip.getMaxWidth()).isEqualTo(38 * tooltip.getFont().getSize(), within(0.5));
    }
}
