package org.edalat.benchmark;

import java.time.Duration;
import java.time.Instant;

/**
 * The seeded persons, person number {@code g} = 1..N, as functions of {@code g}: the same formulas
 * as the seeding SQL in {@link Database#seed}, so the load client knows each person's national code
 * and the instants its three contact-data versions took effect, and can tell which version a lookup
 * at instant T must answer.
 *
 * <p>National codes are {@code 800000000 + g} completed with the check digit (the range no demo or
 * test identity uses; self-registrations of the load use other prefixes). Version 1 took effect in
 * 2022–2023, version 2 30–330 days later, version 3 30–330 days after that: all before 2026.
 */
final class Seeded {
    /** First nine digits of person 1's national code, less one. */
    static final long CODE_BASE = 800_000_000L;

    /** Version 1 of person g took effect {@code g % 730} days (and some seconds) after this. */
    static final Instant EPOCH = Instant.parse("2022-01-01T00:00:00Z");

    /** The marker in {@code person.registered_by} that tells seeded rows from others. */
    static final String MARKER = "benchmark-seed";

    private Seeded() {}

    static String nationalCode(long g) {
        return NationalCodes.complete(CODE_BASE + g);
    }

    /** When version {@code seq} (1, 2 or 3) of person {@code g} took effect. */
    static Instant effectiveFrom(long g, int seq) {
        Instant t1 = EPOCH.plus(Duration.ofDays(g % 730)).plusSeconds((g * 7919) % 86400);
        if (seq == 1) {
            return t1;
        }
        Instant t2 = t1.plus(Duration.ofDays(30 + g % 300)).plusSeconds((g * 104729) % 86400);
        if (seq == 2) {
            return t2;
        }
        if (seq == 3) {
            return t2.plus(Duration.ofDays(30 + (g * 31) % 300)).plusSeconds((g * 15485863) % 86400);
        }
        throw new IllegalArgumentException("seq " + seq);
    }

    /** The version in force for person g at {@code at}, 0 when none had taken effect yet. */
    static int versionAt(long g, Instant at) {
        for (int seq = 3; seq >= 1; seq--) {
            if (!effectiveFrom(g, seq).isAfter(at)) {
                return seq;
            }
        }
        return 0;
    }

    /**
     * SQL: {@code t1}, {@code t2}, {@code t3} of person {@code g} (a bigint column named g), the
     * same as {@link #effectiveFrom}.
     */
    static String sqlTimes() {
        String t1 = "timestamptz '2022-01-01 00:00:00+00' + make_interval(days => (g % 730)::int,"
                + " secs => ((g * 7919) % 86400)::int)";
        String t2 = "(" + t1 + ") + make_interval(days => (30 + g % 300)::int, secs => ((g * 104729) % 86400)::int)";
        String t3 = "(" + t2 + ") + make_interval(days => (30 + (g * 31) % 300)::int,"
                + " secs => ((g * 15485863) % 86400)::int)";
        return t1 + " as t1, " + t2 + " as t2, " + t3 + " as t3";
    }

    /** SQL: the national code of person {@code g} (a bigint column), check digit computed in SQL. */
    static String sqlNationalCode() {
        String v = "(" + CODE_BASE + " + g)";
        StringBuilder sum = new StringBuilder();
        long divisor = 100_000_000L;
        for (int i = 0; i < 9; i++) { // digit i (from the left) weighs 10 - i
            if (i > 0) {
                sum.append(" + ");
            }
            sum.append("((")
                    .append(v)
                    .append(" / ")
                    .append(divisor)
                    .append(") % 10) * ")
                    .append(10 - i);
            divisor /= 10;
        }
        String r = "((" + sum + ") % 11)";
        return v + "::text || (case when " + r + " < 2 then " + r + " else 11 - " + r + " end)::text";
    }
}
