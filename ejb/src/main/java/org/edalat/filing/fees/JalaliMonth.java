package org.edalat.filing.fees;

/**
 * A month of the Solar Hijri (Jalali) calendar, e.g. 1404/07: the period the Association reimburses
 * offices for (S0-14). The conversion from a date belongs to the Jalali calendar; this is only the
 * value.
 */
public record JalaliMonth(int year, int month) implements Comparable<JalaliMonth> {
    public JalaliMonth {
        if (year < 1300 || year > 1600 || month < 1 || month > 12) {
            throw new IllegalArgumentException("not a Jalali month: " + year + "/" + month);
        }
    }

    @Override
    public int compareTo(JalaliMonth other) {
        return year != other.year ? Integer.compare(year, other.year) : Integer.compare(month, other.month);
    }

    /** E.g. {@code 1404/07}. */
    @Override
    public String toString() {
        return year + "/" + (month < 10 ? "0" : "") + month;
    }
}
