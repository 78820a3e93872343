package org.charterreviewer.charter;

import java.util.List;
import java.util.Optional;

/** Read access to the charter library, which is what reviews, certificates and bundles need. */
public interface CharterCatalog {

    /** The charter with this id and version, if imported. */
    Optional<StoredCharter> find(String id, String version);

    /** Every imported charter, newest version first within each id. */
    List<StoredCharter> all();
}
