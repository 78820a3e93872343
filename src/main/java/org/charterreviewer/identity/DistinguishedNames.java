package org.charterreviewer.identity;

import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;

/** Certificate names as people read them ("CN=…, T=…, O=…"), with the title shown by name, not as an OID. */
public final class DistinguishedNames {

    private DistinguishedNames() {
    }

    public static String readable(X500Principal principal) {
        return X500Name.getInstance(BCStyle.INSTANCE, principal.getEncoded()).toString();
    }
}
