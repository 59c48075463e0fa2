package org.edalat.accounts.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;
import java.util.regex.Pattern;
import org.edalat.accounts.domain.InvalidLegalPersonIdException.Reason;

/**
 * The national id of a legal person (شناسه ملی اشخاص حقوقی): eleven digits, the last a check digit.
 * It keys the account a legal person's highest executive or legal representative requests
 * (S4-10.1) and the company registration office keeps up to date (S4-21).
 *
 * <p>Input is normalised by {@link IdentifierText}. Refused: anything that is not then exactly
 * eleven digits; the ten ids of one repeated digit; a wrong check digit. With digits d0..d10,
 * {@code t = d9 + 2}, coefficients {@code c = 29, 27, 23, 19, 17, 29, 27, 23, 19, 17}, {@code s =
 * Σ_{i=0..9} (d_i + t) × c_i} and {@code r = s mod 11} (10 becomes 0), the check digit d10 must be
 * {@code r}.
 */
@Embeddable
public final class LegalPersonId implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final Pattern ELEVEN_DIGITS = Pattern.compile("[0-9]{11}");
    private static final int[] COEFFICIENTS = {29, 27, 23, 19, 17, 29, 27, 23, 19, 17};

    @Column(name = "legal_person_id", length = 11)
    private String value;

    /** For JPA only. */
    protected LegalPersonId() {}

    private LegalPersonId(String value) {
        this.value = value;
    }

    /** The legal-person national id written in {@code text}; refuses it with the reason when not valid. */
    public static LegalPersonId of(String text) {
        String digits = IdentifierText.normalise(text);
        Reason problem = problemWith(digits);
        if (problem != null) {
            throw new InvalidLegalPersonIdException(problem);
        }
        return new LegalPersonId(digits);
    }

    /**
     * The legal-person national id whose first ten digits are {@code tenDigits}, completed with the
     * check digit they call for (demo data, load generators and tests make valid ids this way).
     */
    public static LegalPersonId completing(String tenDigits) {
        if (tenDigits == null || !tenDigits.matches("[0-9]{10}")) {
            throw new InvalidLegalPersonIdException(Reason.MALFORMED);
        }
        return of(tenDigits + checkDigit(tenDigits + "0"));
    }

    /** Whether {@link #of(String)} would accept {@code text}. */
    public static boolean isValid(String text) {
        return problemWith(IdentifierText.normalise(text)) == null;
    }

    private static Reason problemWith(String digits) {
        if (digits == null || !ELEVEN_DIGITS.matcher(digits).matches()) {
            return Reason.MALFORMED;
        }
        if (NationalCode.oneRepeatedDigit(digits)) {
            return Reason.REPEATED_DIGITS;
        }
        if (digits.charAt(10) - '0' != checkDigit(digits)) {
            return Reason.CHECK_DIGIT;
        }
        return null;
    }

    /** The check digit the first ten of {@code digits} call for. */
    private static int checkDigit(String digits) {
        int t = digits.charAt(9) - '0' + 2;
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            sum += (digits.charAt(i) - '0' + t) * COEFFICIENTS[i];
        }
        int remainder = sum % 11;
        return remainder == 10 ? 0 : remainder;
    }

    /** The eleven Latin digits. */
    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof LegalPersonId other && Objects.equals(value, other.value));
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
