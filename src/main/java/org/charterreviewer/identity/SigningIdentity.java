package org.charterreviewer.identity;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;

/**
 * The officer's unlocked signing identity: who signs (name, role, council), the certificate chain
 * (the officer's own certificate first) and the private key. Lives only in memory while signing.
 */
public record SigningIdentity(String officerName, String role, String councilName,
        List<X509Certificate> chain, PrivateKey privateKey, Optional<byte[]> councilLogo) {

    public SigningIdentity {
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("A signing identity needs its certificate");
        }
        chain = List.copyOf(chain);
    }

    /** The officer's own certificate, the one that verifies the signature. */
    public X509Certificate certificate() {
        return chain.get(0);
    }

    @Override
    public String toString() {
        // Never print the key.
        return "SigningIdentity[" + officerName + ", " + role + ", " + councilName + "]";
    }
}
