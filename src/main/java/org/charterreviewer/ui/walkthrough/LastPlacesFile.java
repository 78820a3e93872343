package org.charterreviewer.ui.walkthrough;

import org.charterreviewer.protection.RedactedFailure;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps {@link LastPlaces} in a small JSON file beside the window settings: review ids and item ids
 * of the charter only, nothing said or written about a school. A missing or damaged file means
 * every review opens at its first item not judged yet.
 */
public final class LastPlacesFile implements LastPlaces {

    private static final Logger LOG = LoggerFactory.getLogger(LastPlacesFile.class);
    /** Enough for every review an officer has open in a year; the oldest are forgotten first. */
    private static final int KEPT = 500;

    private final Path file;
    private final ObjectMapper json;
    private Map<String, String> places;

    public LastPlacesFile(Path file, ObjectMapper json) {
        this.file = file;
        this.json = json;
    }

    @Override
    public Optional<String> itemOf(UUID reviewId) {
        return Optional.ofNullable(places().get(reviewId.toString()));
    }

    @Override
    public void remember(UUID reviewId, String itemId) {
        Map<String, String> all = places();
        all.remove(reviewId.toString());
        all.put(reviewId.toString(), itemId);
        while (all.size() > KEPT) {
            all.remove(all.keySet().iterator().next());
        }
        try {
            Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
            json.writeValue(temporary.toFile(), all);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.warn("Could not keep where a review was left", RedactedFailure.of(e));
        }
    }

    private Map<String, String> places() {
        if (places == null) {
            places = new LinkedHashMap<>();
            if (Files.isRegularFile(file)) {
                try {
                    places.putAll(json.readValue(file.toFile(), new TypeReference<Map<String, String>>() { }));
                } catch (IOException | RuntimeException e) {
                    LOG.info("The places where reviews were left are unreadable; starting afresh");
                }
            }
        }
        return places;
    }
}
