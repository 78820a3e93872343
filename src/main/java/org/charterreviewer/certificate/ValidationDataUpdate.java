package org.charterreviewer.certificate;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Whether what was saved after the newest signature only adds validation data (PAdES B-LT): no
 * signer vouches for such an update, so it may do nothing but give the catalog a /DSS entry and
 * add new objects. Every object that was already there stays exactly where and what it was, the
 * catalog keeps every other entry, and the trailer names the same catalog and information.
 */
final class ValidationDataUpdate {

    private static final COSName DSS = COSName.getPDFName("DSS");

    private ValidationDataUpdate() {
    }

    static boolean onlyValidationDataAfter(byte[] whole, int revisionLength) {
        try (PDDocument before = Loader.loadPDF(Arrays.copyOf(whole, revisionLength));
                PDDocument after = Loader.loadPDF(whole)) {
            COSDocument old = before.getDocument();
            COSDocument now = after.getDocument();
            COSObjectKey root = key(old.getTrailer(), COSName.ROOT);
            if (root == null || !root.equals(key(now.getTrailer(), COSName.ROOT))
                    || !Objects.equals(key(old.getTrailer(), COSName.INFO), key(now.getTrailer(), COSName.INFO))
                    || now.getTrailer().containsKey(COSName.ENCRYPT) != old.getTrailer().containsKey(COSName.ENCRYPT)) {
                return false;
            }
            Map<COSObjectKey, Long> oldObjects = old.getXrefTable();
            boolean added = false;
            for (Map.Entry<COSObjectKey, Long> entry : now.getXrefTable().entrySet()) {
                Long was = oldObjects.get(entry.getKey());
                if (was != null && !was.equals(entry.getValue()) && !entry.getKey().equals(root)) {
                    return false;
                }
                added |= entry.getValue() >= revisionLength;
            }
            // Anything else appended (even a comment) is not validation data.
            return added && endsWithEof(whole) && after.getDocumentCatalog().getCOSObject().containsKey(DSS)
                    && sameExceptDss(before.getDocumentCatalog().getCOSObject(), after.getDocumentCatalog().getCOSObject());
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static boolean endsWithEof(byte[] whole) {
        int end = whole.length;
        while (end > 0 && Character.isWhitespace(whole[end - 1])) {
            end--;
        }
        return end >= 5 && new String(whole, end - 5, 5, java.nio.charset.StandardCharsets.ISO_8859_1).equals("%%EOF");
    }

    private static COSObjectKey key(COSDictionary trailer, COSName name) {
        COSBase item = trailer.getItem(name);
        return item instanceof COSObject object ? object.getKey() : null;
    }

    private static boolean sameExceptDss(COSDictionary before, COSDictionary after) {
        Set<COSName> keys = new HashSet<>(before.keySet());
        keys.addAll(after.keySet());
        keys.remove(DSS);
        for (COSName name : keys) {
            if (!same(before.getItem(name), after.getItem(name))) {
                return false;
            }
        }
        return true;
    }

    /** Same value: the same indirect object, or equal direct values all the way down. */
    private static boolean same(COSBase a, COSBase b) {
        if (a instanceof COSObject x && b instanceof COSObject y) {
            return Objects.equals(x.getKey(), y.getKey());
        }
        if (a instanceof COSObject || b instanceof COSObject || a == null || b == null) {
            return a == b;
        }
        if (a instanceof COSDictionary x && b instanceof COSDictionary y) {
            if (!x.keySet().equals(y.keySet())) {
                return false;
            }
            return x.keySet().stream().allMatch(k -> same(x.getItem(k), y.getItem(k)));
        }
        if (a instanceof COSArray x && b instanceof COSArray y) {
            if (x.size() != y.size()) {
                return false;
            }
            for (int i = 0; i < x.size(); i++) {
                if (!same(x.get(i), y.get(i))) {
                    return false;
                }
            }
            return true;
        }
        return a.equals(b) || a.toString().equals(b.toString());
    }
}
