package org.edalat.it.support;

import java.util.concurrent.ThreadLocalRandom;
import org.edalat.accounts.domain.LegalPersonId;
import org.edalat.accounts.domain.NationalCode;

/**
 * Fresh valid identifiers: the ITs run repeatedly against one database, so every test uses new ones.
 * The check digits come from {@link NationalCode#completing} and {@link LegalPersonId#completing}.
 */
public final class Identities {
    private Identities() {}

    /** A random valid national code (not one repeated digit). */
    public static String nationalCode() {
        return NationalCode.completing(digits(9)).value();
    }

    /** A national code whose check digit is wrong. */
    public static String badNationalCode() {
        String valid = nationalCode();
        int last = valid.charAt(9) - '0';
        return valid.substring(0, 9) + ((last + 1) % 10);
    }

    /** A random valid legal-person national id. */
    public static String legalId() {
        return legalId(digits(10));
    }

    /** The legal-person national id whose first ten digits are {@code tenDigits} (a fixture's fixed id). */
    public static String legalId(String tenDigits) {
        return LegalPersonId.completing(tenDigits).value();
    }

    /** A random foreign national's id (twelve digits). */
    public static String foreignId() {
        return digits(12);
    }

    /** A random valid Iranian mobile number. */
    public static String mobile() {
        return "0912" + digits(7);
    }

    /** {@code n} random digits, never all one digit (identifiers of one repeated digit are refused). */
    public static String digits(int n) {
        while (true) {
            StringBuilder s = new StringBuilder(n);
            for (int i = 0; i < n; i++) {
                s.append((char) ('0' + ThreadLocalRandom.current().nextInt(10)));
            }
            String text = s.toString();
            if (!text.chars().allMatch(c -> c == text.charAt(0))) {
                return text;
            }
        }
    }
}
