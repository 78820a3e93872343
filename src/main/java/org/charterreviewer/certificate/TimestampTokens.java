package org.charterreviewer.certificate;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateException;
import java.util.Arrays;
import java.util.Collection;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.SignerInformationStore;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampToken;
import org.bouncycastle.util.Selector;
import org.charterreviewer.i18n.Messages;
import org.charterreviewer.identity.DistinguishedNames;

/**
 * RFC 3161 tokens in certificate signatures: puts a token over a signer's signature value into its
 * unsigned attributes (the PAdES signature-time-stamp), and checks a token against the bytes it
 * claims to cover, with the server's own certificate carried inside it.
 */
final class TimestampTokens {

    private TimestampTokens() {
    }

    /** {@code signed} with a timestamp over its one signer's signature value added as an unsigned attribute. */
    static CMSSignedData stampSignature(CMSSignedData signed, TimestampAuthority authority) throws IOException {
        SignerInformation signer = signed.getSignerInfos().getSigners().iterator().next();
        TimeStampToken token = authority.stamp(signer.getSignature());
        ASN1EncodableVector attributes = new ASN1EncodableVector();
        attributes.add(new Attribute(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken,
                new DERSet(token.toCMSSignedData().toASN1Structure())));
        SignerInformation stamped = SignerInformation.replaceUnsignedAttributes(signer, new AttributeTable(attributes));
        return CMSSignedData.replaceSigners(signed, new SignerInformationStore(stamped));
    }

    /** The signature-time-stamp token on {@code signer}, or null when it carries none. */
    static TimeStampToken onSignature(SignerInformation signer) throws IOException {
        AttributeTable unsigned = signer.getUnsignedAttributes();
        Attribute attribute = unsigned == null ? null : unsigned.get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken);
        if (attribute == null) {
            return null;
        }
        ASN1Encodable value = attribute.getAttrValues().getObjectAt(0);
        try {
            return new TimeStampToken(new CMSSignedData(ContentInfo.getInstance(value)));
        } catch (CMSException | TSPException | IllegalArgumentException e) {
            throw new IOException("Not a timestamp token", e);
        }
    }

    /** What checking a token found: the time it vouches for, or a plain-words problem. */
    record Checked(SignatureTimestamp timestamp, String problem) {
        boolean valid() {
            return problem == null;
        }
    }

    /**
     * Checks that {@code token} is signed by the timestamp server certificate it carries (which must
     * be meant for timestamping and valid at the time given) and that its message imprint is the
     * hash of {@code covered}.
     */
    static Checked check(TimeStampToken token, byte[] covered) {
        @SuppressWarnings("unchecked")
        Collection<X509CertificateHolder> matches = token.getCertificates().getMatches((Selector<X509CertificateHolder>) token.getSID());
        if (matches.isEmpty()) {
            return new Checked(null, Messages.tr("certificate.verify.timestampNoCertificate"));
        }
        X509CertificateHolder holder = matches.iterator().next();
        SignatureTimestamp timestamp;
        try {
            timestamp = new SignatureTimestamp(token.getTimeStampInfo().getGenTime().toInstant(),
                    DistinguishedNames.readable(new JcaX509CertificateConverter().getCertificate(holder)
                            .getSubjectX500Principal()));
            token.validate(new JcaSimpleSignerInfoVerifierBuilder().build(holder));
        } catch (TSPException | CertificateException | OperatorCreationException | RuntimeException e) {
            return new Checked(null, Messages.tr("certificate.verify.timestampInvalid"));
        }
        try {
            byte[] expected = MessageDigest.getInstance(digestName(token.getTimeStampInfo().getMessageImprintAlgOID()))
                    .digest(covered);
            if (!Arrays.equals(expected, token.getTimeStampInfo().getMessageImprintDigest())) {
                return new Checked(timestamp, Messages.tr("certificate.verify.timestampMismatch"));
            }
        } catch (NoSuchAlgorithmException e) {
            return new Checked(timestamp, Messages.tr("certificate.verify.timestampInvalid"));
        }
        return new Checked(timestamp, null);
    }

    /** The digests a timestamp server may use today; older ones (SHA-1) count as not checkable. */
    private static String digestName(ASN1ObjectIdentifier oid) throws NoSuchAlgorithmException {
        if (NISTObjectIdentifiers.id_sha256.equals(oid)) {
            return "SHA-256";
        }
        if (NISTObjectIdentifiers.id_sha384.equals(oid)) {
            return "SHA-384";
        }
        if (NISTObjectIdentifiers.id_sha512.equals(oid)) {
            return "SHA-512";
        }
        throw new NoSuchAlgorithmException(oid.getId());
    }
}
