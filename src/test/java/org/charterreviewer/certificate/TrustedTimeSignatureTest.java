package org.charterreviewer.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.tsp.TimeStampToken;
import org.charterreviewer.identity.SigningIdentity;
import org.charterreviewer.pdf.VeraPdf;
import org.charterreviewer.testing.Pdfsig;
import org.charterreviewer.testing.TestTimestampAuthority;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * Signatures with a trusted time from a real RFC 3161 server running inside the test: the
 * signature carries a token over its own value (B-T) and the file a DSS (B-LT); a certificate
 * signed without one is extended later with a document timestamp, and every signature stays valid.
 */
class TrustedTimeSignatureTest {

    @TempDir
    static Path shared;
    static TestTimestampAuthority tsa;
    static SigningIdentity officer;
    static SigningIdentity moderator;
    static byte[] unsigned;

    @TempDir
    Path dir;

    @BeforeAll
    static void startAuthority() {
        tsa = TestTimestampAuthority.start();
        officer = CertificateTestFixtures.identity(shared.resolve("officer"), Optional.empty());
        moderator = CertificateTestFixtures.identity(shared.resolve("moderator"), Optional.empty());
        unsigned = CertificateTestFixtures.renderer().render(CertificateTestFixtures.content(
                "Oakfield Primary", officer.officerName(), Optional.empty()));
    }

    @AfterAll
    static void stopAuthority() {
        tsa.close();
    }

    private static PdfSigner signerWith(String url) {
        return new PdfSigner(CertificateTestFixtures.CLOCK, () -> Optional.of(TimestampAuthority.at(url)));
    }

    @Test
    void aTimestampedSignatureCarriesATokenOverItsOwnSignatureValueAndValidationData() throws Exception {
        Path file = dir.resolve("stamped.pdf");
        signerWith(tsa.url()).sign(unsigned, officer, file);
        byte[] pdf = Files.readAllBytes(file);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDSignature signature = document.getSignatureDictionaries().get(0);
            ContentInfo info;
            try (ASN1InputStream in = new ASN1InputStream(signature.getContents(pdf))) {
                info = ContentInfo.getInstance(in.readObject());
            }
            SignerInformation signer = new CMSSignedData(info).getSignerInfos().getSigners().iterator().next();
            TimeStampToken token = new TimeStampToken(new CMSSignedData(ContentInfo.getInstance(signer
                    .getUnsignedAttributes().get(org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers
                            .id_aa_signatureTimeStampToken).getAttrValues().getObjectAt(0))));
            token.validate(new JcaSimpleSignerInfoVerifierBuilder().build(tsa.certificate()));
            assertThat(token.getTimeStampInfo().getMessageImprintDigest())
                    .as("the token is over this signature's value")
                    .isEqualTo(MessageDigest.getInstance("SHA-256").digest(signer.getSignature()));
            assertThat(token.getTimeStampInfo().getGenTime().toInstant()).isEqualTo(TestTimestampAuthority.TIME);

            COSDictionary dss = document.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.getPDFName("DSS"));
            assertThat(dss).as("validation data (B-LT)").isNotNull();
            COSArray certs = dss.getCOSArray(COSName.getPDFName("Certs"));
            assertThat(certs.size()).as("officer's and the server's certificates and its CA").isGreaterThanOrEqualTo(3);
            assertThat(dss.getCOSArray(COSName.getPDFName("CRLs")).size())
                    .as("the server's CA publishes a revocation list").isEqualTo(1);
        }

        VerificationResult result = new SignatureVerifier().verify(pdf);
        assertThat(result.intact()).as(result.reason()).isTrue();
        SignerResult officerSignature = result.signers().get(0);
        assertThat(officerSignature.timestamp().time()).isEqualTo(TestTimestampAuthority.TIME);
        assertThat(officerSignature.timestamp().authority()).contains(TestTimestampAuthority.NAME);
        assertThat(Pdfsig.validCount(file)).isIn(Pdfsig.ABSENT, 1);
    }

    @Test
    void extendingAddsADocumentTimestampAndLeavesBothSignaturesValid() throws Exception {
        Path file = dir.resolve("offline.pdf");
        ByteArrayOutputStream officerSigned = new ByteArrayOutputStream();
        new PdfSigner(CertificateTestFixtures.CLOCK).sign(unsigned, officer, officerSigned);
        ByteArrayOutputStream both = new ByteArrayOutputStream();
        new PdfSigner(CertificateTestFixtures.CLOCK).countersign(officerSigned.toByteArray(), moderator, both);
        Files.write(file, both.toByteArray());
        int before = tsa.requests();

        SignatureTimestamp stamp = extension(tsa.url()).extend(file);

        assertThat(stamp.time()).isEqualTo(TestTimestampAuthority.TIME);
        assertThat(tsa.requests()).isEqualTo(before + 1);
        byte[] extended = Files.readAllBytes(file);
        assertThat(new String(extended, 0, both.size(), StandardCharsets.ISO_8859_1))
                .as("an incremental update keeps every signed byte")
                .isEqualTo(both.toString(StandardCharsets.ISO_8859_1));
        VerificationResult result = new SignatureVerifier().verify(extended);
        assertThat(result.intact()).as(result.reason()).isTrue();
        assertThat(result.signers()).extracting(SignerResult::role)
                .containsExactly(SignerRole.OFFICER, SignerRole.MODERATOR, SignerRole.TIMESTAMP);
        assertThat(result.signers()).allMatch(SignerResult::intact);
        assertThat(result.signers().get(2).timestamp().authority()).contains(TestTimestampAuthority.NAME);
        try (PDDocument document = Loader.loadPDF(extended)) {
            assertThat(document.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.getPDFName("DSS")))
                    .isNotNull();
            PDSignature docStamp = document.getLastSignatureDictionary();
            assertThat(docStamp.getSubFilter()).isEqualTo("ETSI.RFC3161");
            // Checked here with BouncyCastle alone: the token covers every byte but its own value.
            TimeStampToken token;
            try (ASN1InputStream in = new ASN1InputStream(docStamp.getContents(extended))) {
                token = new TimeStampToken(new CMSSignedData(ContentInfo.getInstance(in.readObject())));
            }
            token.validate(new JcaSimpleSignerInfoVerifierBuilder().build(tsa.certificate()));
            assertThat(token.getTimeStampInfo().getMessageImprintDigest())
                    .isEqualTo(MessageDigest.getInstance("SHA-256").digest(docStamp.getSignedContent(extended)));
        }
        if (Pdfsig.present()) {
            // Poppler 22 checks both CAdES signatures and does not check document timestamps at all.
            String out = Pdfsig.run(file);
            assertThat(Pdfsig.validCount(file)).as(out).isEqualTo(2);
            assertThat(out).contains("Total document signed")
                    .doesNotContain("Signature is Invalid").doesNotContain("Digest Mismatch");
        }
    }

    @Test
    void timestampedAndExtendedCertificatesStayPdfA() throws Exception {
        Path file = dir.resolve("archival.pdf");
        signerWith(tsa.url()).sign(unsigned, officer, file);
        assertThat(VeraPdf.failures(Files.readAllBytes(file), PDFAFlavour.PDFA_3_B)).isEmpty();
        assertThat(VeraPdf.failures(Files.readAllBytes(file), PDFAFlavour.PDFUA_1)).isEmpty();
        extension(tsa.url()).extend(file);
        assertThat(VeraPdf.failures(Files.readAllBytes(file), PDFAFlavour.PDFA_3_B)).isEmpty();
        assertThat(VeraPdf.failures(Files.readAllBytes(file), PDFAFlavour.PDFUA_1)).isEmpty();
    }

    @Test
    void aChangedByteInvalidatesEveryStampedSignature() throws Exception {
        Path file = dir.resolve("tampered.pdf");
        signerWith(tsa.url()).sign(unsigned, officer, file);
        extension(tsa.url()).extend(file);
        byte[] pdf = Files.readAllBytes(file);
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        int at = text.indexOf("Issued this certificate");
        assertThat(at).isPositive();
        pdf[at] ^= 0x20;
        Files.write(file, pdf);

        VerificationResult result = new SignatureVerifier().verify(pdf);
        assertThat(result.intact()).isFalse();
        assertThat(result.signers()).hasSize(2).noneMatch(SignerResult::intact);
        if (Pdfsig.present()) {
            assertThat(Pdfsig.validCount(file)).as(Pdfsig.run(file)).isZero();
        }
    }

    @Test
    void aLaterChangeAfterTheValidationDataIsRefused() throws Exception {
        Path file = dir.resolve("stamped.pdf");
        signerWith(tsa.url()).sign(unsigned, officer, file);
        byte[] pdf = Files.readAllBytes(file);
        // An unsigned update that changes the document information, not only validation data.
        ByteArrayOutputStream changed = new ByteArrayOutputStream();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            document.getDocumentInformation().setTitle("Outstanding school");
            document.getDocumentInformation().getCOSObject().setNeedToBeUpdated(true);
            document.saveIncremental(changed);
        }
        VerificationResult result = new SignatureVerifier().verify(changed.toByteArray());
        assertThat(result.intact()).isFalse();
    }

    @Test
    void anUnreachableServerSignsNothingAndLeavesTheFileUntouched() throws Exception {
        String nowhere = TestTimestampAuthority.unreachableUrl();
        Path target = dir.resolve("never.pdf");
        assertThatThrownBy(() -> signerWith(nowhere).sign(unsigned, officer, target))
                .isInstanceOf(TimestampUnavailableException.class)
                .hasMessageContaining("cannot be reached").hasMessageContaining(nowhere);
        assertThat(target).doesNotExist();

        Path file = dir.resolve("offline.pdf");
        new PdfSigner(CertificateTestFixtures.CLOCK).sign(unsigned, officer, file);
        byte[] before = Files.readAllBytes(file);
        assertThatThrownBy(() -> extension(nowhere).extend(file))
                .isInstanceOf(TimestampUnavailableException.class)
                .hasMessageContaining("cannot be reached");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(dir).isDirectoryNotContaining(path -> path.getFileName().toString().endsWith(".tmp"));
    }

    @Test
    void anAddressThatIsNotAWebAddressIsRefusedPlainly() {
        assertThatThrownBy(() -> TimestampAuthority.at("ftp://tsa.example"))
                .hasMessageContaining("not a web address");
        assertThatThrownBy(() -> TimestampAuthority.at("not a url"))
                .hasMessageContaining("not a web address");
    }

    private static CertificateExtension extension(String url) {
        return new CertificateExtension(new SignatureVerifier(), () -> Optional.of(TimestampAuthority.at(url)));
    }
}
