package org.charterreviewer.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.util.Selector;

/** Checks of signed PDFs that do not go through the app's own verifier: PDFBox with BouncyCastle, and pdfsig. */
public final class PdfSignatures {

    public static final Path PDFSIG = Path.of("/usr/bin/pdfsig");

    private PdfSignatures() {
    }

    /** Whether poppler's pdfsig is installed here (the tests that use it check by PDFBox as well). */
    public static boolean pdfsigAvailable() {
        return Files.isExecutable(PDFSIG);
    }

    /** Checks each signature with PDFBox and BouncyCastle directly, in the order they were made. */
    public static List<Boolean> independentlyValid(byte[] pdf) throws Exception {
        List<Boolean> valid = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDSignature signature : document.getSignatureDictionaries()) {
                ContentInfo info;
                try (ASN1InputStream in = new ASN1InputStream(signature.getContents(pdf))) {
                    info = ContentInfo.getInstance(in.readObject());
                }
                CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signature.getSignedContent(pdf)), info);
                SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
                @SuppressWarnings("unchecked")
                Collection<X509CertificateHolder> certificates =
                        cms.getCertificates().getMatches((Selector<X509CertificateHolder>) signer.getSID());
                valid.add(signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificates.iterator().next())));
            }
        }
        return valid;
    }

    /** What pdfsig prints about {@code file} (it exits 0 whatever it finds). */
    public static String pdfsig(Path file) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(PDFSIG.toString(), file.toString()).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return out;
    }

    public static int countOf(String text, String what) {
        Matcher matcher = Pattern.compile(Pattern.quote(what)).matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }

    /** A copy of {@code pdf} with one bit changed in the first byte of {@code text}. */
    public static byte[] flipped(byte[] pdf, String text) {
        String all = new String(pdf, StandardCharsets.ISO_8859_1);
        int at = all.indexOf(text);
        assertThat(at).as(text).isPositive();
        byte[] copy = pdf.clone();
        copy[at] ^= 0x20;
        return copy;
    }
}
