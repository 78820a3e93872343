package org.charterreviewer.bundle;

import static org.charterreviewer.i18n.Messages.tr;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Locale;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.charterreviewer.identity.DistinguishedNames;
import org.charterreviewer.identity.SigningIdentity;

/** The detached CMS (PKCS#7) signature of manifest.json's exact bytes, with the signer's certificate inside. */
public final class ManifestSignature {

    /** Who signed a manifest, from the certificate inside the signature. */
    public record Signer(String name, String council, String subject, String sha256Fingerprint) {
    }

    private ManifestSignature() {
    }

    /** Signs {@code manifest} with the officer's key; the certificate chain goes inside. */
    public static byte[] sign(byte[] manifest, SigningIdentity identity) {
        try {
            String algorithm = "SHA256with" + ("EC".equals(identity.privateKey().getAlgorithm()) ? "ECDSA" : "RSA");
            ContentSigner signer = new JcaContentSignerBuilder(algorithm).build(identity.privateKey());
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(
                    new JcaDigestCalculatorProviderBuilder().build()).build(signer, identity.certificate()));
            generator.addCertificates(new JcaCertStore(identity.chain()));
            return generator.generate(new CMSProcessableByteArray(manifest), false).getEncoded("DER");
        } catch (OperatorCreationException | GeneralSecurityException | CMSException | IOException e) {
            throw new IllegalStateException("Cannot sign the bundle manifest", e);
        }
    }

    /** Checks the signature over {@code manifest}; a plain {@link BundleException} when it does not hold. */
    public static Signer verify(byte[] manifest, byte[] signature) {
        CMSSignedData signed;
        try {
            signed = new CMSSignedData(new CMSProcessableByteArray(manifest), signature);
        } catch (CMSException | RuntimeException e) {
            throw new BundleException(tr("bundle.problem.signatureUnreadable"));
        }
        Collection<SignerInformation> signers = signed.getSignerInfos().getSigners();
        if (signers.size() != 1) {
            throw new BundleException(tr("bundle.problem.signatureUnreadable"));
        }
        SignerInformation info = signers.iterator().next();
        @SuppressWarnings("unchecked")
        Collection<X509CertificateHolder> matches = signed.getCertificates().getMatches(info.getSID());
        if (matches.isEmpty()) {
            throw new BundleException(tr("bundle.problem.signerCertificateMissing"));
        }
        X509Certificate certificate;
        boolean valid;
        try {
            certificate = new JcaX509CertificateConverter().getCertificate(matches.iterator().next());
            valid = info.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate));
        } catch (CMSException e) {
            valid = false;
            certificate = null;
        } catch (GeneralSecurityException | OperatorCreationException | RuntimeException e) {
            throw new BundleException(tr("bundle.problem.signatureUnreadable"));
        }
        if (!valid) {
            throw new BundleException(tr("bundle.problem.signatureInvalid"));
        }
        X500Principal subject = certificate.getSubjectX500Principal();
        X500Name name = X500Name.getInstance(BCStyle.INSTANCE, subject.getEncoded());
        return new Signer(first(name, BCStyle.CN), first(name, BCStyle.O), DistinguishedNames.readable(subject),
                fingerprint(certificate));
    }

    private static String first(X500Name name, ASN1ObjectIdentifier type) {
        RDN[] rdns = name.getRDNs(type);
        if (rdns.length == 0) {
            return "";
        }
        return rdns[0].getFirst().getValue() instanceof ASN1String text ? text.getString()
                : IETFUtils.valueToString(rdns[0].getFirst().getValue());
    }

    /** The certificate's SHA-256 fingerprint as {@code identity show} prints it. */
    static String fingerprint(X509Certificate certificate) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
            return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest).toUpperCase(Locale.ROOT);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
