package org.charterreviewer.certificate;

import static org.charterreviewer.i18n.Messages.tr;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.charterreviewer.InvalidInputException;
import org.charterreviewer.progress.ProgressMonitor;
import org.charterreviewer.storage.AtomicFileWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Extends a certificate signed without a timestamp server, later, once one is at hand: adds the
 * validation data of its signatures (DSS) and then a document timestamp over the whole file
 * (PAdES B-LTA), each as an incremental update, so every signature on it stays valid. The file is
 * replaced only when everything worked; otherwise it is left exactly as it was.
 */
public final class CertificateExtension {

    private static final Logger LOG = LoggerFactory.getLogger(CertificateExtension.class);
    static final String DOC_TIMESTAMP_SUB_FILTER = "ETSI.RFC3161";
    private static final int STEPS = 4;

    private final SignatureVerifier verifier;
    private final Supplier<Optional<TimestampAuthority>> trustedTime;

    public CertificateExtension(SignatureVerifier verifier, Supplier<Optional<TimestampAuthority>> trustedTime) {
        this.verifier = verifier;
        this.trustedTime = trustedTime;
    }

    /**
     * Extends {@code file} in place and returns the time the server vouched for. Throws
     * {@link InvalidInputException} (or {@link TimestampUnavailableException}) with a plain message
     * when the file is not an intact signed certificate or no timestamp could be had.
     */
    public SignatureTimestamp extend(Path file) {
        return extend(file, file, ProgressMonitor.NONE);
    }

    /**
     * Extends the certificate {@code in} and writes the result to {@code out} (which may be
     * {@code in} itself); as {@link #extend(Path)}. Stops between steps when {@code monitor} is
     * cancelled, before anything is written.
     */
    public SignatureTimestamp extend(Path in, Path out, ProgressMonitor monitor) {
        TimestampAuthority authority = trustedTime.get()
                .orElseThrow(() -> new InvalidInputException(tr("certificate.extend.noServer")));
        step(monitor, 0, "certificate.extend.step.checking");
        VerificationResult before = verifier.verify(in);
        if (!before.intact()) {
            throw new InvalidInputException(tr("certificate.extend.notIntact", before.reason()));
        }
        byte[] extended;
        try {
            step(monitor, 1, "certificate.extend.step.validationData");
            byte[] withValidationData = ValidationData.appendTo(Files.readAllBytes(in));
            step(monitor, 2, "certificate.extend.step.timestamp");
            extended = addDocumentTimestamp(withValidationData, authority);
        } catch (IOException e) {
            throw new InvalidInputException(tr("certificate.extend.failed"), e);
        }
        step(monitor, 3, "certificate.extend.step.checking");
        VerificationResult after = verifier.verify(extended);
        if (!after.intact()) {
            // Never replace a good certificate with one that no longer checks out.
            throw new InvalidInputException(tr("certificate.extend.failed"));
        }
        monitor.checkCancelled();
        try {
            AtomicFileWriter.write(out, extended);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the extended certificate", e);
        }
        monitor.progress(STEPS, STEPS);
        SignerResult stamp = after.signers().get(after.signers().size() - 1);
        LOG.info("Certificate extended with a document timestamp");
        return stamp.timestamp();
    }

    private static void step(ProgressMonitor monitor, int done, String messageKey) {
        monitor.checkCancelled();
        monitor.message(tr(messageKey));
        monitor.progress(done, STEPS);
    }

    static byte[] addDocumentTimestamp(byte[] pdf, TimestampAuthority authority) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 24 * 1024);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDSignature signature = new PDSignature();
            signature.setType(COSName.DOC_TIME_STAMP);
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(COSName.getPDFName(DOC_TIMESTAMP_SUB_FILTER));
            try (SignatureOptions options = new SignatureOptions()) {
                options.setPreferredSignatureSize(PdfSigner.TIMESTAMP_ROOM);
                document.addSignature(signature, (InputStream content) ->
                        authority.stamp(content.readAllBytes()).getEncoded(), options);
                // PDF/A wants every annotation printable, this invisible one (zero size) too.
                for (PDSignatureField field : document.getSignatureFields()) {
                    if (field.getCOSObject().getDictionaryObject(COSName.V) == signature.getCOSObject()) {
                        field.getWidgets().forEach(widget -> widget.setPrinted(true));
                    }
                }
                document.saveIncremental(out);
            }
        }
        return out.toByteArray();
    }
}
