package org.charterreviewer.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

class WindowPlacementTest {

    /** A 1366×768 laptop with a 40-pixel task bar at the bottom. */
    static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1366, 728);

    @Test
    void theFirstWindowFitsALaptopScreenWithItsTitleBarInSight() {
        WindowGeometry placed = WindowPlacement.place(WindowGeometry.DEFAULT, List.of(LAPTOP), LAPTOP);
        assertThat(placed.height()).isLessThanOrEqualTo(728);
        assertThat(placed.width()).isLessThanOrEqualTo(1366);
        assertThat(placed.y()).isGreaterThanOrEqualTo(0);
        assertThat(placed.y() + placed.height()).isLessThanOrEqualTo(728);
        assertThat(placed.x()).isGreaterThanOrEqualTo(0);
    }

    @Test
    void aSavedPlaceStillOnAScreenIsKept() {
        Rectangle2D second = new Rectangle2D(1366, 0, 1920, 1040);
        WindowGeometry saved = new WindowGeometry(1500, 100, 1200, 800, false);
        assertThat(WindowPlacement.place(saved, List.of(LAPTOP, second), LAPTOP)).isEqualTo(saved);
    }

    @Test
    void aSavedPlaceOnAScreenNoLongerThereOpensCentredOnTheMainScreen() {
        WindowGeometry saved = new WindowGeometry(2000, 100, 1200, 800, false);
        WindowGeometry placed = WindowPlacement.place(saved, List.of(LAPTOP), LAPTOP);
        assertThat(placed.x()).isEqualTo((1366 - 1200) / 2.0);
        assertThat(placed.y()).isEqualTo(0);
        assertThat(placed.height()).isEqualTo(728);
    }

    @Test
    void aWindowWhoseTitleBarWasAboveTheScreenIsBroughtDown() {
        WindowGeometry saved = new WindowGeometry(100, -5, 1000, 600, false);
        WindowGeometry placed = WindowPlacement.place(saved, List.of(LAPTOP), LAPTOP);
        assertThat(placed.y()).isEqualTo(0);
        assertThat(placed.x()).isEqualTo(100);
    }
}
