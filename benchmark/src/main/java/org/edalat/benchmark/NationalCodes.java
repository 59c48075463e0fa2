package org.edalat.benchmark;

/**
 * Valid national codes for the load: nine digits completed with their check digit, as the javadoc of
 * {@code org.edalat.accounts.domain.NationalCode} defines it: with digits d0..d8, {@code s = Σ d_i ×
 * (10 − i)}, {@code r = s mod 11}, the check digit is {@code r} when {@code r < 2}, else {@code 11 −
 * r}.
 */
final class NationalCodes {
    private NationalCodes() {}

    /** The ten-digit national code whose first nine digits are {@code nineDigits} (0..999,999,999). */
    static String complete(long nineDigits) {
        if (nineDigits < 0 || nineDigits > 999_999_999L) {
            throw new IllegalArgumentException("not nine digits: " + nineDigits);
        }
        String digits = String.format("%09d", nineDigits);
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (digits.charAt(i) - '0') * (10 - i);
        }
        int r = sum % 11;
        return digits + (r < 2 ? r : 11 - r);
    }
}
