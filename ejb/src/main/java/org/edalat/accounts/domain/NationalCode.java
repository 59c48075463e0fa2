package org.edalat.accounts.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;
import java.util.regex.Pattern;
import org.edalat.accounts.domain.InvalidNationalCodeException.Reason;

/**
 * The national code (کد ملی) of an Iranian natural person: ten digits, the last a check digit. It
 * keys the account everyone related to a case must hold (S4-9).
 *
 * <p>Input may use Latin, Persian (۰-۹) or Arabic-Indic (٠-٩) digits, with spaces, dashes and
 * invisible direction marks between them; it is kept as ten Latin digits. Refused: anything that is
 * not then exactly ten digits; the ten codes of one repeated digit (each passes the check digit);
 * a wrong check digit. With digits d0..d9, {@code s = Σ_{i=0..8} d_i × (10 − i)} and {@code r = s mod
 * 11}, the check digit d9 must be {@code r} when {@code r < 2} and {@code 11 − r} otherwise.
 */
@Embeddable
public final class NationalCode implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final Pattern TEN_DIGITS = Pattern.compile("[0-9]{10}");

    @Column(name = "national_code", length = 10)
    private String value;

    /** For JPA only. */
    protected NationalCode() {}

    private NationalCode(String value) {
        this.value = value;
    }

    /** The national code written in {@code text}; refuses it with the reason when it is not valid. */
    public static NationalCode of(String text) {
        String digits = IdentifierText.normalise(text);
        Reason problem = problemWith(digits);
        if (problem != null) {
            throw new InvalidNationalCodeException(problem);
        }
        return new NationalCode(digits);
    }

    /**
     * The national code whose first nine digits are {@code nineDigits}, completed with the check
     * digit they call for (demo data, load generators and tests make valid codes this way).
     */
    public static NationalCode completing(String nineDigits) {
        if (nineDigits == null || !nineDigits.matches("[0-9]{9}")) {
            throw new InvalidNationalCodeException(Reason.MALFORMED);
        }
        return of(nineDigits + checkDigit(nineDigits + "0"));
    }

    /** Whether {@link #of(String)} would accept {@code text}. */
    public static boolean isValid(String text) {
        return problemWith(IdentifierText.normalise(text)) == null;
    }

    private static Reason problemWith(String digits) {
        if (digits == null || !TEN_DIGITS.matcher(digits).matches()) {
            return Reason.MALFORMED;
        }
        if (oneRepeatedDigit(digits)) {
            return Reason.REPEATED_DIGITS;
        }
        if (digits.charAt(9) - '0' != checkDigit(digits)) {
            return Reason.CHECK_DIGIT;
        }
        return null;
    }

    /** The check digit the first nine of {@code digits} call for. */
    private static int checkDigit(String digits) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (digits.charAt(i) - '0') * (10 - i);
        }
        int remainder = sum % 11;
        return remainder < 2 ? remainder : 11 - remainder;
    }

    static boolean oneRepeatedDigit(String digits) {
        return digits.chars().allMatch(c -> c == digits.charAt(0));
    }

    /** The ten Latin digits. */
    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof NationalCode other && Objects.equals(value, other.value));
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
