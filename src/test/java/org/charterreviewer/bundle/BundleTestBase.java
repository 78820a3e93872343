package org.charterreviewer.bundle;

import java.nio.file.Path;
import org.charterreviewer.identity.SigningIdentity;
import org.charterreviewer.review.Review;
import org.charterreviewer.workspace.Workspace;
import org.charterreviewer.workspace.WorkspaceOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** Two real data folders: "here" holds a review and an identity; "there" is another install that imports. */
abstract class BundleTestBase {

    @TempDir
    Path dir;

    Workspace here;
    Workspace there;
    Bundles bundlesHere;
    Bundles bundlesThere;
    SigningIdentity identity;
    Review review;

    @BeforeEach
    void openWorkspaces() throws Exception {
        here = Workspace.open(WorkspaceOptions.at(dir.resolve("here")));
        there = Workspace.open(WorkspaceOptions.at(dir.resolve("there")));
        bundlesHere = Bundles.of(here);
        bundlesThere = Bundles.of(there);
        identity = BundleFixture.identity(here, "Siân O’Brien");
        review = BundleFixture.review(bundlesHere, here, dir.resolve("files"));
    }

    @AfterEach
    void closeWorkspaces() {
        here.close();
        there.close();
    }

    Path export(boolean redacted) {
        return bundlesHere.exporter().export(review, redacted, BundleAttachments.NONE, identity,
                dir.resolve(redacted ? "redacted.zip" : "bundle.zip"), org.charterreviewer.progress.ProgressMonitor.NONE)
                .file();
    }
}
