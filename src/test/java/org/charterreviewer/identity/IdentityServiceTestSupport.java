package org.charterreviewer.identity;

import java.nio.file.Path;

/** Lets tests in other packages make a council-issued .p12 file. */
public final class IdentityServiceTestSupport {

    private IdentityServiceTestSupport() {
    }

    public static Path councilP12(Path file, char[] password) throws Exception {
        return IdentityServiceTest.councilP12(file, password);
    }
}
