package org.charterreviewer.bundle;

import java.util.Optional;
import org.charterreviewer.review.EvidenceService;
import org.charterreviewer.review.ReviewJsonReader;
import org.charterreviewer.review.ReviewJsonWriter;
import org.charterreviewer.review.ReviewService;
import org.charterreviewer.storage.DataTempFolder;
import org.charterreviewer.workspace.Workspace;

/**
 * The bundle services of one workspace, wired from its parts (the review services are built here
 * until the workspace offers them itself).
 */
public final class Bundles {

    private final Workspace workspace;
    private final ReviewService reviews;
    private final EvidenceService evidence;
    private final BundleExporter exporter;
    private final BundleVerifier verifier;
    private final BundleImporter importer;

    private Bundles(Workspace workspace, BundleLimits limits) {
        this.workspace = workspace;
        // The workspace's own services: one review service serialises every write, and evidence
        // arriving in a bundle goes through the same photo cleaning as evidence attached by hand.
        this.reviews = workspace.reviews();
        this.evidence = workspace.evidence();
        ReviewJsonWriter writer = new ReviewJsonWriter(workspace.json());
        ReviewJsonReader reader = new ReviewJsonReader(workspace.json());
        this.exporter = new BundleExporter(reviews, evidence, workspace.charters(), writer, workspace.json(),
                workspace.clock(), workspace.database());
        this.verifier = new BundleVerifier(workspace.json(), reader, this::ownFingerprint, limits,
                new DataTempFolder(workspace.folder()));
        this.importer = new BundleImporter(verifier, reviews, evidence, workspace.charters(), workspace.schools(), writer, reader,
                workspace.auditLog(), workspace.clock());
    }

    public static Bundles of(Workspace workspace) {
        return new Bundles(workspace, BundleLimits.DEFAULT);
    }

    public static Bundles of(Workspace workspace, BundleLimits limits) {
        return new Bundles(workspace, limits);
    }

    private Optional<String> ownFingerprint() {
        return workspace.identity().exists() ? Optional.of(workspace.identity().show().sha256Fingerprint())
                : Optional.empty();
    }

    public ReviewService reviews() {
        return reviews;
    }

    public EvidenceService evidence() {
        return evidence;
    }

    public BundleExporter exporter() {
        return exporter;
    }

    public BundleVerifier verifier() {
        return verifier;
    }

    public BundleImporter importer() {
        return importer;
    }
}
