package org.charterreviewer.ui.walkthrough;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TabPane;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.charterreviewer.review.Review;
import org.charterreviewer.testing.LaptopWindow;
import org.charterreviewer.workspace.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The walkthrough on a 1366×768 laptop with the text at 200 % (WCAG 1.4.4): every control the officer
 * can see lies inside the window, and nothing needs scrolling sideways; only scrolling down is allowed.
 */
@ExtendWith(ApplicationExtension.class)
class WalkthroughLargeTextTest {

    private static final String LONG_NAME = "St Bartholomew's Church of England Voluntary Controlled Primary School";

    @TempDir
    static Path dir;

    private Stage stage;
    private LaptopWindow laptop;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close() throws Exception {
        if (laptop != null) {
            laptop.close();
        }
    }

    @Test
    void theWholeWalkthroughFitsAt200PercentOnALaptopScreen(FxRobot robot) throws Exception {
        laptop = LaptopWindow.open(dir);
        Workspace workspace = laptop.workspace();
        Review review = WalkthroughFixture.startReview(workspace, WalkthroughFixture.WOLVERHAMPTON, LONG_NAME);
        workspace.reviews().addVoice(review.ref(), "we-promise-1", "Parent carer", "They asked us first", true);
        workspace.reviews().addAction(review.ref(), "we-promise-1", "Share the plan in easy read", "SENCO", null);
        laptop.show(robot, stage).at200Percent(robot);
        assertThat(stage.getScene().getRoot().getStyleClass()).contains("text-size-200");
        robot.interact(() -> laptop.window().openReview(review.id()));
        waitUntil(() -> robot.lookup("#review-voices").tryQuery().isPresent()
                && robot.lookup(".level-button").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();

        assertFits(robot.lookup("#review-screen").query(), "walkthrough tab");
        TabPane tabs = robot.lookup("#review-tabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(1));
        WaitForAsyncUtils.waitForFxEvents();
        assertFits(robot.lookup("#review-screen").query(), "outcome tab");
    }

    /** Every visible control inside the scene's width; every scroll pane only ever scrolls down. */
    private void assertFits(Node screen, String where) {
        double width = stage.getScene().getWidth();
        List<String> outside = new ArrayList<>();
        List<String> sideways = new ArrayList<>();
        visit(screen, node -> {
            Bounds bounds = node.localToScene(node.getLayoutBounds());
            if (node instanceof Control && bounds.getWidth() > 0 && bounds.getMaxX() > width + 0.5) {
                outside.add(describe(node) + " ends at " + Math.round(bounds.getMaxX()));
            }
            if (node instanceof ScrollPane scroll && scroll.getContent() instanceof Region content
                    && content.getWidth() > scroll.getViewportBounds().getWidth() + 0.5) {
                sideways.add(describe(scroll) + " content " + Math.round(content.getWidth()) + " in "
                        + Math.round(scroll.getViewportBounds().getWidth()));
            }
        });
        assertThat(outside).as("controls past the right edge (%s) of the %s; widest wanted: %s", width, where,
                minWidths(screen)).isEmpty();
        assertThat(sideways).as("scroll panes scrolling sideways on the %s", where).isEmpty();
    }

    private static void visit(Node node, java.util.function.Consumer<Node> visitor) {
        if (!node.isVisible()) {
            return;
        }
        visitor.accept(node);
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> visit(child, visitor));
        }
    }

    /** The regions whose minimum width is widest, for a failure to point at the culprit. */
    private static List<String> minWidths(Node screen) {
        List<Region> regions = new ArrayList<>();
        visit(screen, node -> {
            if (node instanceof Region region && region.minWidth(-1) > 300) {
                regions.add(region);
            }
        });
        return regions.stream().sorted((a, b) -> Double.compare(b.minWidth(-1), a.minWidth(-1))).limit(25)
                .map(r -> describe(r) + " min " + Math.round(r.minWidth(-1))).toList();
    }

    private static String describe(Node node) {
        String name = node.getClass().getSimpleName() + (node.getId() == null ? "" : "#" + node.getId());
        Node parent = node.getParent();
        while (parent != null && parent.getId() == null) {
            parent = parent.getParent();
        }
        return name + (parent == null ? "" : " in #" + parent.getId());
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
