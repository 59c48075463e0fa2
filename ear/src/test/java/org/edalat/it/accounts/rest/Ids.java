package org.edalat.it.accounts.rest;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Fresh valid identifiers for tests that run repeatedly against one database: national codes and
 * legal-person national ids with their check digits (algorithms as in {@code NationalCode} and
 * {@code LegalPersonId}), random enough never to repeat within a run.
 */
final class Ids {
    private static final int[] LEGAL_COEFFICIENTS = {29, 27, 23, 19, 17, 29, 27, 23, 19, 17};

    private Ids() {}

    /** A random valid national code (10 digits, check digit last, not one repeated digit). */
    static String nationalCode() {
        while (true) {
            String nine = digits(9);
            String code = nine + nationalCheckDigit(nine);
            if (!code.chars().allMatch(c -> c == code.charAt(0))) {
                return code;
            }
        }
    }

    /** A national code with the wrong check digit. */
    static String badNationalCode() {
        String valid = nationalCode();
        int last = valid.charAt(9) - '0';
        return valid.substring(0, 9) + ((last + 1) % 10);
    }

    static int nationalCheckDigit(String nine) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (nine.charAt(i) - '0') * (10 - i);
        }
        int r = sum % 11;
        return r < 2 ? r : 11 - r;
    }

    /** A random valid legal-person national id. */
    static String legalId() {
        while (true) {
            String id = legalId(digits(10));
            if (!id.chars().allMatch(c -> c == id.charAt(0))) {
                return id;
            }
        }
    }

    /** The legal-person national id with these first ten digits. */
    static String legalId(String ten) {
        int t = ten.charAt(9) - '0' + 2;
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            sum += (ten.charAt(i) - '0' + t) * LEGAL_COEFFICIENTS[i];
        }
        int r = sum % 11;
        return ten + (r == 10 ? 0 : r);
    }

    /** A random valid Iranian mobile number. */
    static String mobile() {
        return "0912" + digits(7);
    }

    private static String digits(int n) {
        StringBuilder s = new StringBuilder(n);
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < n; i++) {
            s.append((char) ('0' + random.nextInt(10)));
        }
        return s.toString();
    }
}
