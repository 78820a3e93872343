package org.charterreviewer.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The certificate and report PDFs to put in a bundle, when they exist. Both are checked before the
 * bundle is written; when none is given, those kept from an imported bundle of the revision are used.
 */
public record BundleAttachments(Optional<Source> certificate, Optional<Source> report) {

    public static final BundleAttachments NONE = new BundleAttachments(Optional.empty(), Optional.empty());

    /** Where an attachment's bytes come from; opened once, before the bundle is written. */
    @FunctionalInterface
    public interface Source {
        InputStream open() throws IOException;

        /** How a refusal names it: the file's name, or empty to name it by its place in the bundle. */
        default String label() {
            return "";
        }

        static Source of(Path file) {
            return new Source() {
                @Override
                public InputStream open() throws IOException {
                    return Files.newInputStream(file);
                }

                @Override
                public String label() {
                    return String.valueOf(file.getFileName());
                }
            };
        }

        static Source of(byte[] bytes) {
            byte[] copy = bytes.clone();
            return () -> new java.io.ByteArrayInputStream(copy);
        }
    }

    /** Attachments from files; a null path means none. */
    public static BundleAttachments of(Path certificate, Path report) {
        return new BundleAttachments(Optional.ofNullable(certificate).map(Source::of),
                Optional.ofNullable(report).map(Source::of));
    }
}
