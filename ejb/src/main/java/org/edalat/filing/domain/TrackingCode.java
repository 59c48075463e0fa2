package org.edalat.filing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;
import org.edalat.filing.domain.InvalidTrackingCodeException.Reason;
import org.edalat.platform.text.PersianDigits;

/**
 * The tracking code (کد رهگیری) every filing receives when it is submitted through the portal or an
 * office (S0-3) and every report of an officer, expert or other body receives when it is registered
 * (S0-5): the one number a person reads over the phone or types on the public status page.
 *
 * <p><b>Form.</b> Sixteen decimal digits: fifteen random ones, the first of them never zero, then a
 * check digit by the Damm algorithm. Sixteen digits in four groups of four read like a bank card
 * number, which people in Iran are used to dictating and typing; a first digit other than zero keeps
 * the code sixteen digits long wherever it is taken for a number (spreadsheets, SMS, numeric columns)
 * and lets it be kept in a {@code BIGINT}. Digits only: no letters to confuse (O/0, I/1) or to spell
 * out across Persian and Latin keyboards.
 *
 * <p><b>Check digit.</b> Damm's quasigroup of order 10 (weakly totally anti-symmetric) catches
 * every single-digit error and every transposition of two adjacent digits, the check digit
 * included, with one small table and no exceptions. A valid code run through {@link
 * #checkDigit(CharSequence)} in full gives 0.
 *
 * <p><b>Randomness.</b> The fifteen digits come from {@code SecureRandom} ({@link
 * TrackingCodeGenerator}), uniformly over the M = 9 × 10<sup>14</sup> possible bodies, so no code says
 * anything about another one (no sequence, date, office or unit in it); a guessed code is a valid one
 * with probability 1/10 and an issued one with probability N/M (below 2.3 × 10<sup>−7</sup> for the
 * N of the next paragraph); and the status page answers only the filer or the holder of the filing's
 * access secret in any case.
 *
 * <p><b>Collisions.</b> National volume assumed: 10 million filings and reports a year for 20
 * years, N = 2 × 10<sup>8</sup> codes. The birthday bound gives N² / 2M ≈ 22 expected pairs of equal
 * codes over the whole 20 years, i.e. a collision somewhere in that time is practically certain and
 * uniqueness cannot rest on randomness alone: the database keeps a unique constraint on the code and
 * the issuing service draws again on the rare conflict. Per issue the chance of meeting an existing
 * code is at most N / M ≈ 2.2 × 10<sup>−7</sup>, about one redraw in 4.5 million filings (about one a
 * year), so the retry costs nothing. For a million codes (the test) the chance of any collision is
 * 10<sup>12</sup> / 2M ≈ 5.6 × 10<sup>−4</sup>. Eighteen or nineteen digits would make collisions
 * rare even nationally but are markedly harder to dictate; with the unique constraint they buy
 * nothing.
 *
 * <p><b>Input.</b> Latin, Persian (۰-۹) or Arabic-Indic (٠-٩) digits, with spaces, dashes and
 * invisible direction marks anywhere between them; kept as sixteen Latin digits. {@link #formatted()}
 * writes the groups with hyphens: a hyphen between digits keeps them one left-to-right run inside
 * right-to-left text (Unicode bidi rule W4), where spaces would let the groups appear in reverse
 * order.
 */
@Embeddable
public final class TrackingCode implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Number of digits of a tracking code, check digit included. */
    public static final int LENGTH = 16;

    /** Damm's table: {@code interim = TABLE[interim][digit]}, starting from 0. */
    private static final int[][] DAMM = {
        {0, 3, 1, 7, 5, 9, 8, 6, 4, 2},
        {7, 0, 9, 2, 1, 5, 4, 8, 6, 3},
        {4, 2, 0, 6, 8, 7, 1, 3, 5, 9},
        {1, 7, 5, 0, 9, 8, 3, 4, 2, 6},
        {6, 1, 2, 3, 0, 4, 5, 9, 7, 8},
        {3, 6, 7, 4, 2, 0, 9, 5, 8, 1},
        {5, 8, 6, 9, 7, 2, 0, 1, 3, 4},
        {8, 9, 4, 5, 3, 6, 2, 0, 1, 7},
        {9, 4, 3, 8, 6, 1, 7, 2, 0, 5},
        {2, 5, 8, 1, 4, 3, 6, 7, 9, 0}
    };

    @Column(name = "tracking_code", length = LENGTH)
    private String value;

    /** For JPA only. */
    protected TrackingCode() {}

    private TrackingCode(String value) {
        this.value = value;
    }

    /** The tracking code written in {@code text}; refuses it with the reason when it is not valid. */
    public static TrackingCode of(String text) {
        String digits = normalise(text);
        Reason problem = problemWith(digits);
        if (problem != null) {
            throw new InvalidTrackingCodeException(problem);
        }
        return new TrackingCode(digits);
    }

    /** Whether {@link #of(String)} would accept {@code text}. */
    public static boolean isValid(String text) {
        return problemWith(normalise(text)) == null;
    }

    /**
     * The code whose first fifteen digits are {@code body} (a number from 10<sup>14</sup> to 10
     * <sup>15</sup> − 1), completed with its check digit; the generator makes codes this way.
     */
    static TrackingCode completing(long body) {
        if (body < 100_000_000_000_000L || body > 999_999_999_999_999L) {
            throw new InvalidTrackingCodeException(Reason.MALFORMED);
        }
        String digits = Long.toString(body);
        return new TrackingCode(digits + checkDigit(digits));
    }

    private static Reason problemWith(String digits) {
        if (digits == null || digits.length() != LENGTH || digits.charAt(0) == '0') {
            return Reason.MALFORMED;
        }
        for (int i = 0; i < LENGTH; i++) {
            char c = digits.charAt(i);
            if (c < '0' || c > '9') {
                return Reason.MALFORMED;
            }
        }
        return checkDigit(digits) == 0 ? null : Reason.CHECK_DIGIT;
    }

    /**
     * Damm's interim digit after {@code digits} (Latin digits only): the check digit to append to
     * them, and 0 when they already end with the right one.
     */
    static int checkDigit(CharSequence digits) {
        int interim = 0;
        for (int i = 0; i < digits.length(); i++) {
            interim = DAMM[interim][digits.charAt(i) - '0'];
        }
        return interim;
    }

    /**
     * The text with Persian and Arabic-Indic digits made Latin and separators (white space, dashes,
     * invisible format marks such as ZWNJ or RLM pasted from right-to-left text) dropped; any other
     * character is kept, so that the check refuses it.
     */
    private static String normalise(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length());
        PersianDigits.toLatin(text).codePoints().filter(c -> !isSeparator(c)).forEach(out::appendCodePoint);
        return out.toString();
    }

    private static boolean isSeparator(int c) {
        int type = Character.getType(c);
        return Character.isWhitespace(c)
                || Character.isSpaceChar(c)
                || type == Character.DASH_PUNCTUATION
                || c == '\u2212' // minus sign
                || type == Character.FORMAT;
    }

    /** The sixteen Latin digits, as stored. */
    public String value() {
        return value;
    }

    /**
     * For people: four groups of four Latin digits joined by hyphens ({@code 4929-1837-5520-6618});
     * screens show it with Persian digits (the hyphens keep the groups in order in RTL text).
     */
    public String formatted() {
        return value.substring(0, 4)
                + '-'
                + value.substring(4, 8)
                + '-'
                + value.substring(8, 12)
                + '-'
                + value.substring(12, 16);
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof TrackingCode other && Objects.equals(value, other.value));
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
