package org.charterreviewer.charter;

import java.math.BigInteger;
import java.util.Comparator;

/**
 * Orders charter versions as people read them: "1.10" after "1.9", "2.0" after "1.9". Parts are
 * compared as numbers when both are digits, otherwise as text.
 */
public final class VersionOrder implements Comparator<String> {

    public static final VersionOrder INSTANCE = new VersionOrder();

    private VersionOrder() {
    }

    @Override
    public int compare(String left, String right) {
        String[] a = left.split("[-_.]");
        String[] b = right.split("[-_.]");
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            int order;
            if (a[i].matches("\\d+") && b[i].matches("\\d+")) {
                order = new BigInteger(a[i]).compareTo(new BigInteger(b[i]));
            } else {
                order = a[i].compareTo(b[i]);
            }
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(a.length, b.length);
    }
}
