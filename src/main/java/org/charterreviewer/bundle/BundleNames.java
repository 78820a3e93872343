package org.charterreviewer.bundle;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Entry names: evidence file names made safe to extract on Windows (and everywhere else) while
 * staying readable, with clashes numbered like a file manager does; and the check that refuses
 * entry paths that could escape a folder when extracted (zip slip).
 */
public final class BundleNames {

    /** Longest file name kept (Windows allows 255; this leaves room for the folder and a clash number). */
    static final int MAX_NAME_LENGTH = 120;

    private static final Pattern RESERVED = Pattern.compile("(?i)(CON|PRN|AUX|NUL|COM[0-9¹²³]|LPT[0-9¹²³])");
    private static final String FORBIDDEN = "\\/:*?\"<>|";

    private final Set<String> used = new HashSet<>();

    /** A safe, readable name for {@code original}, unique among the names this instance gave (ignoring case). */
    public String unique(String original) {
        String safe = safe(original);
        String stem = stem(safe);
        String extension = safe.substring(stem.length());
        String candidate = safe;
        for (int n = 2; !used.add(candidate.toLowerCase(Locale.ROOT)); n++) {
            candidate = stem + " (" + n + ")" + extension;
        }
        return candidate;
    }

    /** {@code original} with characters Windows refuses replaced, trailing dots and spaces dropped, reserved names avoided, shortened. */
    public static String safe(String original) {
        StringBuilder out = new StringBuilder();
        String text = original == null ? "" : original;
        text.codePoints().forEach(c -> {
            if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) || FORBIDDEN.indexOf(c) >= 0) {
                out.append('_');
            } else {
                out.appendCodePoint(c);
            }
        });
        String name = stripTrailing(out.toString().strip());
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            name = "evidence";
        }
        String base = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
        if (RESERVED.matcher(base.strip()).matches()) {
            name = "_" + name;
        }
        if (name.length() > MAX_NAME_LENGTH) {
            String stem = stem(name);
            String extension = name.substring(stem.length());
            if (extension.length() > 20) {
                extension = "";
            }
            int keep = MAX_NAME_LENGTH - extension.length();
            // Do not cut a surrogate pair in two.
            if (Character.isHighSurrogate(name.charAt(keep - 1))) {
                keep--;
            }
            name = stripTrailing(name.substring(0, keep)) + extension;
        }
        return name;
    }

    private static String stripTrailing(String name) {
        int end = name.length();
        while (end > 0 && (name.charAt(end - 1) == '.' || name.charAt(end - 1) == ' ')) {
            end--;
        }
        return name.substring(0, end);
    }

    private static String stem(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /**
     * Why an entry path read from a bundle is unsafe, or null when it is a plain relative path: no
     * {@code ..} or {@code .} segments, not absolute, no backslash, no drive letter, no control
     * characters, no empty segments.
     */
    public static String unsafeReason(String path) {
        if (path.isEmpty()) {
            return "empty";
        }
        if (path.startsWith("/")) {
            return "absolute";
        }
        if (path.indexOf('\\') >= 0) {
            return "backslash";
        }
        if (path.length() >= 2 && path.charAt(1) == ':') {
            return "drive";
        }
        if (path.indexOf(':') >= 0) {
            return "colon";
        }
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                return "control";
            }
        }
        for (String segment : path.split("/", -1)) {
            if (segment.equals("..") || segment.equals(".")) {
                return "parent";
            }
            if (segment.isEmpty()) {
                return "empty";
            }
        }
        return null;
    }
}
