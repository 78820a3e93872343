package org.charterreviewer.certificate;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.tsp.TimeStampToken;
import org.charterreviewer.protection.RedactedFailure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The validation data that keeps a signature checkable after its certificates expire (PAdES
 * B-LT): every certificate the signatures and their timestamps carry, and the revocation lists
 * their issuers publish where they can be fetched, in the document security store (DSS). Added as
 * an incremental update, so every signature's signed bytes stay exactly as they were.
 */
final class ValidationData {

    private static final Logger LOG = LoggerFactory.getLogger(ValidationData.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final int MAX_CRL_BYTES = 4 * 1024 * 1024;
    private static final COSName DSS = COSName.getPDFName("DSS");
    private static final COSName CERTS = COSName.getPDFName("Certs");
    private static final COSName CRLS = COSName.getPDFName("CRLs");

    private ValidationData() {
    }

    /** {@code pdf} with a DSS holding the validation data of all its signatures appended. */
    static byte[] appendTo(byte[] pdf) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 16 * 1024);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            Map<String, X509Certificate> certificates = new LinkedHashMap<>();
            for (PDSignature signature : document.getSignatureDictionaries()) {
                collect(signature.getContents(), certificates);
            }
            List<X509CRL> crls = revocationLists(certificates);
            write(document, certificates.values(), crls);
            document.saveIncremental(out);
        }
        LOG.info("Validation data added");
        return out.toByteArray();
    }

    private static void write(PDDocument document, Iterable<X509Certificate> certificates, List<X509CRL> crls)
            throws IOException {
        COSDictionary catalog = document.getDocumentCatalog().getCOSObject();
        COSDictionary dss = catalog.getCOSDictionary(DSS);
        if (dss == null) {
            dss = new COSDictionary();
            dss.setDirect(false);
            catalog.setItem(DSS, dss);
        }
        COSArray certs = array(dss, CERTS);
        COSArray crlArray = array(dss, CRLS);
        try {
            for (X509Certificate certificate : certificates) {
                addStream(document, certs, certificate.getEncoded());
            }
            for (X509CRL crl : crls) {
                addStream(document, crlArray, crl.getEncoded());
            }
        } catch (GeneralSecurityException e) {
            throw new IOException("Cannot encode validation data", e);
        }
        catalog.setNeedToBeUpdated(true);
        dss.setNeedToBeUpdated(true);
        certs.setNeedToBeUpdated(true);
        crlArray.setNeedToBeUpdated(true);
    }

    private static COSArray array(COSDictionary dss, COSName name) {
        COSArray array = dss.getCOSArray(name);
        if (array == null) {
            array = new COSArray();
            array.setDirect(false);
            dss.setItem(name, array);
        }
        return array;
    }

    /** Adds {@code data} unless the array already holds the same bytes (a second extension adds only what is new). */
    private static void addStream(PDDocument document, COSArray array, byte[] data) throws IOException {
        for (COSBase item : array) {
            COSBase value = item instanceof org.apache.pdfbox.cos.COSObject object ? object.getObject() : item;
            if (value instanceof COSStream existing) {
                try (var in = existing.createInputStream()) {
                    if (Arrays.equals(in.readAllBytes(), data)) {
                        return;
                    }
                }
            }
        }
        COSStream stream = document.getDocument().createCOSStream();
        try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
            out.write(data);
        }
        stream.setNeedToBeUpdated(true);
        array.add(stream);
    }

    /** The certificates in a signature value: the CMS's own and those in any timestamp token on it. */
    private static void collect(byte[] contents, Map<String, X509Certificate> into) {
        try (ASN1InputStream in = new ASN1InputStream(contents)) {
            ASN1Primitive object = in.readObject();
            if (object == null) {
                return;
            }
            CMSSignedData cms = new CMSSignedData(ContentInfo.getInstance(object));
            addAll(cms, into);
            for (SignerInformation signer : cms.getSignerInfos().getSigners()) {
                TimeStampToken token = TimestampTokens.onSignature(signer);
                if (token != null) {
                    addAll(token.toCMSSignedData(), into);
                }
            }
        } catch (Exception e) {
            // A signature we cannot read contributes nothing; the verifier reports it.
            LOG.debug("Signature skipped for validation data", RedactedFailure.of(e));
        }
    }

    private static void addAll(CMSSignedData cms, Map<String, X509Certificate> into) throws GeneralSecurityException {
        JcaX509CertificateConverter converter = new JcaX509CertificateConverter();
        for (X509CertificateHolder holder : cms.getCertificates().getMatches(null)) {
            X509Certificate certificate = converter.getCertificate(holder);
            into.putIfAbsent(certificate.getSubjectX500Principal().getName() + "#" + certificate.getSerialNumber(),
                    certificate);
        }
    }

    /**
     * The revocation lists named in the certificates' distribution points that can be fetched and
     * are signed by the issuer we hold. One that cannot be had is left out: the data is "where
     * available", and the signature itself is no less valid for it.
     */
    private static List<X509CRL> revocationLists(Map<String, X509Certificate> certificates) {
        List<X509CRL> crls = new ArrayList<>();
        HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
        for (X509Certificate certificate : certificates.values()) {
            X509Certificate issuer = certificates.values().stream()
                    .filter(c -> c.getSubjectX500Principal().equals(certificate.getIssuerX500Principal()))
                    .findFirst().orElse(null);
            if (issuer == null || certificate.getSubjectX500Principal().equals(certificate.getIssuerX500Principal())) {
                continue;
            }
            for (URI url : distributionPoints(certificate)) {
                X509CRL crl = fetch(http, url, issuer);
                if (crl != null && crls.stream().noneMatch(crl::equals)) {
                    crls.add(crl);
                    break;
                }
            }
        }
        return crls;
    }

    private static List<URI> distributionPoints(X509Certificate certificate) {
        List<URI> urls = new ArrayList<>();
        byte[] extension = certificate.getExtensionValue(Extension.cRLDistributionPoints.getId());
        if (extension == null) {
            return urls;
        }
        try {
            CRLDistPoint points = CRLDistPoint.getInstance(
                    org.bouncycastle.asn1.ASN1OctetString.getInstance(extension).getOctets());
            for (DistributionPoint point : points.getDistributionPoints()) {
                DistributionPointName name = point.getDistributionPoint();
                if (name == null || name.getType() != DistributionPointName.FULL_NAME) {
                    continue;
                }
                for (GeneralName general : GeneralNames.getInstance(name.getName()).getNames()) {
                    if (general.getTagNo() == GeneralName.uniformResourceIdentifier) {
                        String url = general.getName().toString();
                        if (url.toLowerCase(Locale.ROOT).startsWith("http")) {
                            urls.add(URI.create(url));
                        }
                    }
                }
            }
        } catch (RuntimeException e) {
            LOG.debug("Unreadable distribution point", RedactedFailure.of(e));
        }
        return urls;
    }

    private static X509CRL fetch(HttpClient http, URI url, X509Certificate issuer) {
        try {
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(url).timeout(TIMEOUT).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200 || response.body().length > MAX_CRL_BYTES) {
                return null;
            }
            X509CRL crl = (X509CRL) CertificateFactory.getInstance("X.509")
                    .generateCRL(new ByteArrayInputStream(response.body()));
            crl.verify(issuer.getPublicKey());
            return crl;
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            LOG.debug("Revocation list not available", RedactedFailure.of(e));
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
