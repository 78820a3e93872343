package org.charterreviewer.bundle;

import static org.charterreviewer.i18n.Messages.tr;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.Locale;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.charterreviewer.identity.DetachedSignature;
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
        return DetachedSignature.sign(manifest, identity);
    }

    /** Checks the signature over {@code manifest}; a plain {@link BundleException} when it does not hold. */
    public static Signer verify(byte[] manifest, byte[] signature) {
        X509Certificate certificate;
        try {
            certificate = DetachedSignature.verify(manifest, signature);
        } catch (DetachedSignature.Failed e) {
            throw new BundleException(tr(switch (e.problem()) {
                case NO_CERTIFICATE -> "bundle.problem.signerCertificateMissing";
                case INVALID -> "bundle.problem.signatureInvalid";
                default -> "bundle.problem.signatureUnreadable";
            }));
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
