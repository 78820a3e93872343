package org.charterreviewer.ui.reviews;

import org.charterreviewer.charter.StoredCharter;
import org.charterreviewer.i18n.Messages;

/** A charter version a new review can be pinned to, shown as its title and version. */
public record CharterOption(String id, String version, String title) {

    static CharterOption of(StoredCharter stored) {
        return new CharterOption(stored.charter().id(), stored.charter().version(), stored.charter().title());
    }

    @Override
    public String toString() {
        return Messages.tr("reviews.new.charterOption", title, version);
    }
}
