package org.charterreviewer.certificate;

import java.security.SecureRandom;
import java.time.Year;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Certificate numbers people can read aloud and type: {@code CR-2026-7K4M-Q9XD}. The alphabet
 * leaves out 0, 1, I, L and O so nothing can be misread; the last character is a check character
 * (a weighted sum modulo 31, the alphabet's size, which is prime), so every single mistyped
 * character and every swap of two neighbours is caught.
 */
public final class CertificateNumbers {

    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    private static final Pattern FORMAT = Pattern.compile("CR-(\\d{4})-([" + ALPHABET + "]{4})-([" + ALPHABET + "]{4})");

    private final SecureRandom random;

    public CertificateNumbers() {
        this(new SecureRandom());
    }

    CertificateNumbers(SecureRandom random) {
        this.random = random;
    }

    /** A fresh random number for a certificate issued in {@code year}. */
    public String next(Year year) {
        if (year.getValue() < 1000 || year.getValue() > 9999) {
            throw new IllegalArgumentException("Year out of range: " + year);
        }
        StringBuilder body = new StringBuilder(7);
        for (int i = 0; i < 7; i++) {
            body.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        String yearText = Integer.toString(year.getValue());
        char check = checkCharacter(yearText + body);
        return "CR-" + yearText + "-" + body.substring(0, 4) + "-" + body.substring(4) + check;
    }

    /**
     * The number in its standard form if {@code typed} is a valid certificate number (case, spaces
     * and missing dashes forgiven), else empty.
     */
    public static Optional<String> normalise(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String compact = typed.toUpperCase(Locale.ROOT).replaceAll("[\\s\\-]", "");
        if (!compact.startsWith("CR") || compact.length() != 2 + 4 + 8) {
            return Optional.empty();
        }
        String candidate = "CR-" + compact.substring(2, 6) + "-" + compact.substring(6, 10) + "-" + compact.substring(10);
        Matcher matcher = FORMAT.matcher(candidate);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String payload = matcher.group(1) + matcher.group(2) + matcher.group(3).substring(0, 3);
        return checkCharacter(payload) == matcher.group(3).charAt(3) ? Optional.of(candidate) : Optional.empty();
    }

    public static boolean isValid(String typed) {
        return normalise(typed).isPresent();
    }

    /**
     * Weighted sum (weights 1, 2, 3, ...) of the characters' values modulo 31: the four year digits
     * count as 0-9, the rest as their place in the alphabet.
     */
    static char checkCharacter(String payload) {
        int sum = 0;
        for (int i = 0; i < payload.length(); i++) {
            char c = payload.charAt(i);
            int value = i < 4 ? c - '0' : ALPHABET.indexOf(c);
            sum += (i + 1) * value;
        }
        return ALPHABET.charAt(sum % ALPHABET.length());
    }
}
