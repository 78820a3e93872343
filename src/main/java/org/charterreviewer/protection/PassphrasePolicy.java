package org.charterreviewer.protection;

import java.util.Locale;
import java.util.Set;
import org.charterreviewer.InvalidInputException;
import org.charterreviewer.i18n.Messages;

/**
 * What makes a passphrase acceptable (at least {@value #MINIMUM_LENGTH} characters, not a well-known
 * one) and a rough strength hint in plain words, from an estimate of how many guesses it would take.
 */
public final class PassphrasePolicy {

    public static final int MINIMUM_LENGTH = 10;

    /** How strong a passphrase looks; only {@link #TOO_WEAK} is refused. */
    public enum Strength { TOO_WEAK, FAIR, GOOD, STRONG }

    private static final Set<String> COMMON = Set.of(
            "password", "password1", "password12", "password123", "password1234", "passw0rd",
            "123456789", "1234567890", "12345678910", "0123456789", "qwertyuiop", "qwerty123",
            "qwerty1234", "1q2w3e4r5t", "1qaz2wsx3edc", "abc1234567", "abcdefghij", "iloveyou12",
            "letmein123", "welcome123", "welcome1234", "sunshine12", "football12", "baseball12",
            "monkey1234", "dragon1234", "trustno1234", "changeme123", "administrator", "charterreviewer",
            "charter123", "council123", "school1234", "aaaaaaaaaa", "1111111111", "0000000000",
            "princess12", "superman12", "starwars12", "computer12");

    private PassphrasePolicy() {
    }

    /** A rough estimate of the bits of guessing needed: length times the alphabet the characters use. */
    public static double entropyBits(char[] passphrase) {
        boolean lower = false;
        boolean upper = false;
        boolean digit = false;
        boolean other = false;
        int distinct = (int) new String(passphrase).chars().distinct().count();
        for (char c : passphrase) {
            if (Character.isLowerCase(c)) {
                lower = true;
            } else if (Character.isUpperCase(c)) {
                upper = true;
            } else if (Character.isDigit(c)) {
                digit = true;
            } else {
                other = true;
            }
        }
        int alphabet = (lower ? 26 : 0) + (upper ? 26 : 0) + (digit ? 10 : 0) + (other ? 33 : 0);
        if (alphabet == 0) {
            return 0;
        }
        // Repeated characters add little: count each beyond the distinct ones at a quarter.
        double effectiveLength = distinct + (passphrase.length - distinct) / 4.0;
        return effectiveLength * (Math.log(alphabet) / Math.log(2));
    }

    public static Strength strength(char[] passphrase) {
        if (passphrase.length < MINIMUM_LENGTH || isCommon(passphrase)) {
            return Strength.TOO_WEAK;
        }
        double bits = entropyBits(passphrase);
        if (bits < 40) {
            return Strength.TOO_WEAK;
        }
        if (bits < 55) {
            return Strength.FAIR;
        }
        return bits < 75 ? Strength.GOOD : Strength.STRONG;
    }

    /** The hint shown under the field, in plain words. */
    public static String hint(char[] passphrase) {
        if (passphrase.length == 0) {
            return Messages.tr("protection.hint.empty", MINIMUM_LENGTH);
        }
        if (passphrase.length < MINIMUM_LENGTH) {
            return Messages.tr("protection.hint.short", MINIMUM_LENGTH, MINIMUM_LENGTH - passphrase.length);
        }
        if (isCommon(passphrase)) {
            return Messages.tr("protection.hint.common");
        }
        return switch (strength(passphrase)) {
            case TOO_WEAK -> Messages.tr("protection.hint.weak");
            case FAIR -> Messages.tr("protection.hint.fair");
            case GOOD -> Messages.tr("protection.hint.good");
            case STRONG -> Messages.tr("protection.hint.strong");
        };
    }

    /** Refuses a passphrase that is too weak, with the hint as the message. */
    public static void requireAcceptable(char[] passphrase) {
        if (strength(passphrase) == Strength.TOO_WEAK) {
            throw new InvalidInputException(hint(passphrase));
        }
    }

    /** Refuses a weak passphrase or a confirmation that does not match. */
    public static void requireAcceptable(char[] passphrase, char[] confirmation) {
        requireAcceptable(passphrase);
        if (!java.util.Arrays.equals(passphrase, confirmation)) {
            throw new InvalidInputException(Messages.tr("protection.mismatch"));
        }
    }

    private static boolean isCommon(char[] passphrase) {
        return COMMON.contains(new String(passphrase).toLowerCase(Locale.ROOT));
    }
}
