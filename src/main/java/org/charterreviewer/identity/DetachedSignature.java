package org.charterreviewer.identity;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.util.Collection;
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

/**
 * A detached CMS (PKCS#7) signature over exact bytes, with the signer's certificate chain inside:
 * what signs a bundle's manifest and a moderator's decision file. Verifying says which certificate
 * signed, so the caller can compare it with an identity it knows.
 */
public final class DetachedSignature {

    /** Why a signature does not hold. */
    public enum Problem { UNREADABLE, NO_CERTIFICATE, INVALID }

    /** Thrown by {@link #verify} with the reason; the caller turns it into its own plain message. */
    public static final class Failed extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final Problem problem;

        Failed(Problem problem) {
            super(problem.name());
            this.problem = problem;
        }

        public Problem problem() {
            return problem;
        }
    }

    private DetachedSignature() {
    }

    /** Signs {@code content} with the identity's key; the certificate chain goes inside. */
    public static byte[] sign(byte[] content, SigningIdentity identity) {
        try {
            String algorithm = "SHA256with" + ("EC".equals(identity.privateKey().getAlgorithm()) ? "ECDSA" : "RSA");
            ContentSigner signer = new JcaContentSignerBuilder(algorithm).build(identity.privateKey());
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(
                    new JcaDigestCalculatorProviderBuilder().build()).build(signer, identity.certificate()));
            generator.addCertificates(new JcaCertStore(identity.chain()));
            return generator.generate(new CMSProcessableByteArray(content), false).getEncoded("DER");
        } catch (OperatorCreationException | GeneralSecurityException | CMSException | IOException e) {
            throw new IllegalStateException("Cannot sign", e);
        }
    }

    /** The certificate whose key made {@code signature} over {@code content}; {@link Failed} when it does not hold. */
    public static X509Certificate verify(byte[] content, byte[] signature) {
        CMSSignedData signed;
        try {
            signed = new CMSSignedData(new CMSProcessableByteArray(content), signature);
        } catch (CMSException | RuntimeException e) {
            throw new Failed(Problem.UNREADABLE);
        }
        Collection<SignerInformation> signers = signed.getSignerInfos().getSigners();
        if (signers.size() != 1) {
            throw new Failed(Problem.UNREADABLE);
        }
        SignerInformation info = signers.iterator().next();
        @SuppressWarnings("unchecked")
        Collection<X509CertificateHolder> matches = signed.getCertificates().getMatches(info.getSID());
        if (matches.isEmpty()) {
            throw new Failed(Problem.NO_CERTIFICATE);
        }
        X509Certificate certificate;
        boolean valid;
        try {
            certificate = new JcaX509CertificateConverter().getCertificate(matches.iterator().next());
            valid = info.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate));
        } catch (CMSException e) {
            throw new Failed(Problem.INVALID);
        } catch (GeneralSecurityException | OperatorCreationException | RuntimeException e) {
            throw new Failed(Problem.UNREADABLE);
        }
        if (!valid) {
            throw new Failed(Problem.INVALID);
        }
        return certificate;
    }

    /** The certificate's SHA-256 fingerprint as {@code identity show} prints it. */
    public static String fingerprint(X509Certificate certificate) {
        return IdentityService.fingerprint(certificate);
    }
}
