package org.charterreviewer.review;

/** The award level a finalised review reached (e.g. "gold", "Gold"), for charters with award levels. */
public record ReachedLevel(String id, String name) {
}
