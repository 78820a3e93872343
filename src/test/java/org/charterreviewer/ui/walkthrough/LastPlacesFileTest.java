package org.charterreviewer.ui.walkthrough;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.charterreviewer.json.JsonMapperFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LastPlacesFileTest {

    @TempDir
    Path dir;

    @Test
    void remembersWhereEachReviewWasLeftAcrossStarts() throws Exception {
        Path file = dir.resolve("walkthrough-places.json");
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        LastPlacesFile places = new LastPlacesFile(file, JsonMapperFactory.create());
        places.remember(first, "we-promise-4");
        places.remember(second, "mc5");
        places.remember(first, "we-promise-5");

        LastPlacesFile afterRestart = new LastPlacesFile(file, JsonMapperFactory.create());
        assertThat(afterRestart.itemOf(first)).contains("we-promise-5");
        assertThat(afterRestart.itemOf(second)).contains("mc5");
        assertThat(afterRestart.itemOf(UUID.randomUUID())).isEmpty();
        assertThat(Files.readString(file)).doesNotContain("Oak");
    }

    @Test
    void aDamagedFileMeansStartingAfresh() throws Exception {
        Path file = dir.resolve("walkthrough-places.json");
        Files.writeString(file, "{not json");
        LastPlacesFile places = new LastPlacesFile(file, JsonMapperFactory.create());
        UUID review = UUID.randomUUID();
        assertThat(places.itemOf(review)).isEmpty();
        places.remember(review, "p2");
        assertThat(new LastPlacesFile(file, JsonMapperFactory.create()).itemOf(review)).contains("p2");
    }
}
