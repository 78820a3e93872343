package org.charterreviewer.certificate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignerDigestMismatchException;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampToken;
import org.bouncycastle.util.Selector;
import org.charterreviewer.protection.RedactedFailure;
import org.charterreviewer.i18n.Messages;
import org.charterreviewer.identity.DistinguishedNames;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks a certificate PDF and every signature on it (the officer's and, when countersigned, the
 * moderator's): each signature's digest must match the bytes it signed and its CMS must verify
 * against the signer's certificate carried inside it; the newest must cover the whole file except
 * its own value (so nothing was added after signing), and an earlier one holds only while what was
 * added after it is itself intact and adds nothing but signatures (see {@link SignedRevisions}).
 * Trust in a signer is a separate question (the recipient trusts the officer's exported certificate).
 */
public final class SignatureVerifier {

    private static final Logger LOG = LoggerFactory.getLogger(SignatureVerifier.class);

    /** Far larger than any certificate; protects against being handed a huge file by mistake. */
    static final long MAX_FILE_BYTES = 100L * 1024 * 1024;

    public VerificationResult verify(Path file) {
        byte[] bytes;
        try {
            if (!Files.isRegularFile(file)) {
                return VerificationResult.failed(Messages.tr("certificate.verify.missing", file));
            }
            if (Files.size(file) > MAX_FILE_BYTES) {
                return VerificationResult.failed(Messages.tr("certificate.verify.tooLarge"));
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return VerificationResult.failed(Messages.tr("certificate.verify.unreadable", file));
        }
        return verify(bytes);
    }

    public VerificationResult verify(byte[] bytes) {
        if (bytes.length < 8 || !new String(bytes, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1).equals("%PDF-")) {
            return VerificationResult.failed(Messages.tr("certificate.verify.notPdf"));
        }
        try (PDDocument document = Loader.loadPDF(bytes)) {
            List<PDSignature> signatures = new ArrayList<>(document.getSignatureDictionaries());
            if (signatures.isEmpty()) {
                return VerificationResult.failed(Messages.tr("certificate.verify.unsigned"));
            }
            // In the order they were made: each later signature's bytes end further into the file.
            signatures.sort(Comparator.comparingLong(SignatureVerifier::signedEnd));
            Map<COSDictionary, String> fields = fieldNames(document);
            List<OneSignature> checked = new ArrayList<>();
            for (PDSignature signature : signatures) {
                checked.add(check(bytes, signature, fields.get(signature.getCOSObject())));
            }
            return combine(bytes, document, checked);
        } catch (IOException | RuntimeException e) {
            LOG.debug("Certificate PDF cannot be read", RedactedFailure.of(e));
            return VerificationResult.failed(Messages.tr("certificate.verify.damaged"));
        }
    }

    /** One signature checked on its own bytes only; whether later changes are vouched for comes after. */
    private record OneSignature(SignerResult signer, long end) {
    }

    /**
     * Decides each signature from the newest back: the newest must cover the whole file; an earlier
     * one stays intact only if the next one is intact (so every later byte is vouched for) and the
     * later updates change nothing but signatures. One changed byte anywhere so breaks them all.
     */
    private static VerificationResult combine(byte[] bytes, PDDocument document, List<OneSignature> checked) {
        SignerResult[] results = new SignerResult[checked.size()];
        boolean laterIntact = true;
        for (int i = checked.size() - 1; i >= 0; i--) {
            OneSignature one = checked.get(i);
            SignerResult signer = one.signer();
            boolean last = i == checked.size() - 1;
            if (signer.intact()) {
                String problem = null;
                if (last && one.end() != bytes.length
                        && !ValidationDataUpdate.onlyValidationDataAfter(bytes, (int) one.end())) {
                    problem = Messages.tr("certificate.verify.changedAfterSigning");
                } else if (!last && !laterIntact) {
                    problem = Messages.tr("certificate.verify.laterSignatureBroken");
                } else if (!last && !SignedRevisions.onlySignaturesAddedAfter(bytes, document, (int) one.end())) {
                    problem = Messages.tr("certificate.verify.changedAfterSigning");
                }
                if (problem != null) {
                    signer = signer.broken(problem);
                }
            }
            results[i] = signer;
            laterIntact = signer.intact();
        }
        List<SignerResult> signers = List.of(results);
        SignerResult first = signers.get(0);
        SignerResult broken = signers.stream().filter(s -> !s.intact()).findFirst().orElse(null);
        String number = null;
        String reviewSha = null;
        PDDocumentInformation info = document.getDocumentInformation();
        if (info != null) {
            number = info.getCustomMetadataValue(CertificateRenderer.INFO_CERTIFICATE_NUMBER);
            reviewSha = info.getCustomMetadataValue(CertificateRenderer.INFO_REVIEW_SHA256);
        }
        boolean wholeFile = checked.get(checked.size() - 1).end() == bytes.length;
        return new VerificationResult(broken == null, broken == null ? first.reason() : broken.reason(), first.name(),
                first.signerSubject(), first.signingTime(), number, reviewSha, wholeFile, embeddedJson(document),
                signers);
    }

    /** Where a signature's signed bytes end, or -1 when its byte range is unusable. */
    private static long signedEnd(PDSignature signature) {
        int[] range = signature.getByteRange();
        return range.length == 4 ? (long) range[2] + range[3] : -1;
    }

    /** The name of the field each signature fills, by the signature's dictionary. */
    private static Map<COSDictionary, String> fieldNames(PDDocument document) throws IOException {
        Map<COSDictionary, String> names = new IdentityHashMap<>();
        for (PDSignatureField field : document.getSignatureFields()) {
            PDSignature signature = field.getSignature();
            if (signature != null) {
                names.put(signature.getCOSObject(), field.getPartialName());
            }
        }
        return names;
    }

    private static OneSignature check(byte[] bytes, PDSignature signature, String fieldName) {
        SignerRole role = SignerRole.ofField(fieldName);
        Instant signingTime = signature.getSignDate() == null ? null : signature.getSignDate().toInstant();
        String name = signature.getName();
        long end = signedEnd(signature);

        int[] range = signature.getByteRange();
        boolean wellFormedRange = range.length == 4 && range[0] == 0 && range[1] > 0 && range[2] > range[1]
                && range[3] >= 0 && (long) range[2] + range[3] <= bytes.length;
        if (!wellFormedRange) {
            return new OneSignature(new SignerResult(name, role, signingTime, false,
                    Messages.tr("certificate.verify.badRange"), null, null), end);
        }
        byte[] contents = hexBetween(bytes, range[1], range[2]);
        if (contents == null) {
            return new OneSignature(new SignerResult(name, role, signingTime, false,
                    Messages.tr("certificate.verify.badContents"), null, null), end);
        }
        String subFilter = signature.getSubFilter();
        byte[] signedBytes = new byte[range[1] + range[3]];
        System.arraycopy(bytes, 0, signedBytes, 0, range[1]);
        System.arraycopy(bytes, range[2], signedBytes, range[1], range[3]);
        if (CertificateExtension.DOC_TIMESTAMP_SUB_FILTER.equals(subFilter)) {
            return new OneSignature(documentTimestamp(contents, signedBytes), end);
        }
        if (!PdfSigner.SUB_FILTER.equals(subFilter) && !"adbe.pkcs7.detached".equals(subFilter)) {
            return new OneSignature(new SignerResult(name, role, signingTime, false,
                    Messages.tr("certificate.verify.unknownKind", String.valueOf(subFilter)), null, null), end);
        }

        SignatureCheck result = checkCms(contents, signedBytes);
        String subject = result.certificate == null ? null
                : DistinguishedNames.readable(result.certificate.getSubjectX500Principal());
        if (name == null && result.certificate != null) {
            name = subject;
        }
        boolean valid = result.problem == null;
        return new OneSignature(new SignerResult(name, role, signingTime, valid,
                valid ? Messages.tr("certificate.verify.intact") : result.problem, subject, result.certificate,
                result.timestamp), end);
    }

    /** A document timestamp: the server's token must verify and cover exactly the bytes before it. */
    private static SignerResult documentTimestamp(byte[] contents, byte[] signedBytes) {
        try {
            ContentInfo token = readPadded(contents);
            if (token == null) {
                return new SignerResult(null, SignerRole.TIMESTAMP, null, false,
                        Messages.tr("certificate.verify.badContents"), null, null);
            }
            TimestampTokens.Checked checked = TimestampTokens.check(
                    new TimeStampToken(new CMSSignedData(token)), signedBytes);
            SignatureTimestamp stamp = checked.timestamp();
            String authority = stamp == null ? null : stamp.authority();
            return new SignerResult(authority, SignerRole.TIMESTAMP, stamp == null ? null : stamp.time(),
                    checked.valid(), checked.valid() ? Messages.tr("certificate.verify.intact") : checked.problem(),
                    authority, null, stamp);
        } catch (CMSException | TSPException | IOException | RuntimeException e) {
            LOG.debug("Document timestamp cannot be read", RedactedFailure.of(e));
            return new SignerResult(null, SignerRole.TIMESTAMP, null, false,
                    Messages.tr("certificate.verify.badContents"), null, null);
        }
    }

    /** The one DER object at the start of a zero-padded /Contents; null when anything else is there. */
    private static ContentInfo readPadded(byte[] contents) {
        try (ASN1InputStream in = new ASN1InputStream(contents)) {
            ASN1Primitive object = in.readObject();
            if (object == null) {
                return null;
            }
            int length = object.getEncoded("DER").length;
            for (int i = length; i < contents.length; i++) {
                if (contents[i] != 0) {
                    return null;
                }
            }
            return ContentInfo.getInstance(object);
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * The signature value between the ByteRange's two parts: "<", hex digits, ">". Null when the
     * gap is anything else, which is how a changed byte there shows up.
     */
    private static byte[] hexBetween(byte[] bytes, int start, int end) {
        if (end - start < 2 || bytes[start] != '<' || bytes[end - 1] != '>' || (end - start - 2) % 2 != 0) {
            return null;
        }
        try {
            return HexFormat.of().parseHex(new String(bytes, start + 1, end - start - 2,
                    java.nio.charset.StandardCharsets.ISO_8859_1));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private record SignatureCheck(X509Certificate certificate, String problem, SignatureTimestamp timestamp) {
        SignatureCheck(X509Certificate certificate, String problem) {
            this(certificate, problem, null);
        }
    }

    private static SignatureCheck checkCms(byte[] contents, byte[] signedBytes) {
        // /Contents is zero-padded: read exactly one DER object, then insist the rest is padding.
        ContentInfo contentInfo = readPadded(contents);
        if (contentInfo == null) {
            return new SignatureCheck(null, Messages.tr("certificate.verify.badContents"));
        }
        try {
            CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signedBytes), contentInfo);
            Collection<SignerInformation> signers = cms.getSignerInfos().getSigners();
            if (signers.size() != 1) {
                return new SignatureCheck(null, Messages.tr("certificate.verify.badContents"));
            }
            SignerInformation signer = signers.iterator().next();
            @SuppressWarnings("unchecked")
            Collection<X509CertificateHolder> matches = cms.getCertificates().getMatches((Selector<X509CertificateHolder>) signer.getSID());
            if (matches.isEmpty()) {
                return new SignatureCheck(null, Messages.tr("certificate.verify.noSignerCertificate"));
            }
            X509CertificateHolder holder = matches.iterator().next();
            X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(holder);
            if (!signingCertificateMatches(signer, holder)) {
                return new SignatureCheck(certificate, Messages.tr("certificate.verify.signerMismatch"));
            }
            boolean valid;
            try {
                valid = signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(holder));
            } catch (CMSSignerDigestMismatchException e) {
                return new SignatureCheck(certificate, Messages.tr("certificate.verify.digestMismatch"));
            } catch (CMSException e) {
                return new SignatureCheck(certificate, Messages.tr("certificate.verify.signatureInvalid"));
            }
            if (!valid) {
                return new SignatureCheck(certificate, Messages.tr("certificate.verify.signatureInvalid"));
            }
            TimeStampToken token = TimestampTokens.onSignature(signer);
            if (token == null) {
                return new SignatureCheck(certificate, null);
            }
            // The timestamp must be over this very signature value (PAdES signature-time-stamp).
            TimestampTokens.Checked stamp = TimestampTokens.check(token, signer.getSignature());
            return new SignatureCheck(certificate, stamp.problem(), stamp.timestamp());
        } catch (CMSException | CertificateException | OperatorCreationException | IOException | RuntimeException e) {
            LOG.debug("Signature cannot be checked", RedactedFailure.of(e));
            return new SignatureCheck(null, Messages.tr("certificate.verify.badContents"));
        }
    }

    /** When the ESS signing-certificate-v2 attribute is present, it must name the signer's certificate. */
    private static boolean signingCertificateMatches(SignerInformation signer, X509CertificateHolder holder) {
        AttributeTable attributes = signer.getSignedAttributes();
        if (attributes == null || attributes.get(PKCSObjectIdentifiers.id_aa_signingCertificateV2) == null) {
            return true;
        }
        try {
            SigningCertificateV2 value = SigningCertificateV2.getInstance(
                    attributes.get(PKCSObjectIdentifiers.id_aa_signingCertificateV2).getAttrValues().getObjectAt(0));
            ESSCertIDv2 id = value.getCerts()[0];
            String algorithm = id.getHashAlgorithm().getAlgorithm().equals(org.bouncycastle.asn1.nist.NISTObjectIdentifiers.id_sha256)
                    ? "SHA-256" : id.getHashAlgorithm().getAlgorithm().getId();
            byte[] hash = MessageDigest.getInstance(algorithm).digest(holder.getEncoded());
            return Arrays.equals(hash, id.getCertHash());
        } catch (IOException | NoSuchAlgorithmException | RuntimeException e) {
            return false;
        }
    }

    /** The attached review summary, or null when there is none. */
    static byte[] embeddedJson(PDDocument document) {
        try {
            PDDocumentNameDictionary names = document.getDocumentCatalog().getNames();
            PDEmbeddedFilesNameTreeNode tree = names == null ? null : names.getEmbeddedFiles();
            Map<String, PDComplexFileSpecification> files = tree == null ? null : tree.getNames();
            PDComplexFileSpecification spec = files == null ? null : files.get(CertificateRenderer.EMBEDDED_JSON_NAME);
            PDEmbeddedFile file = spec == null ? null : spec.getEmbeddedFile();
            if (file == null) {
                return null;
            }
            try (InputStream in = file.createInputStream()) {
                return in.readAllBytes();
            }
        } catch (IOException e) {
            return null;
        }
    }
}
