package org.edalat.benchmark;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

/**
 * One random lookup: a random seeded person and a random instant from 60 days before its first
 * version up to now, so most lookups find version 1, 2 or 3 and a few find none yet; with the
 * version the answer must carry (0 = none in force).
 */
record Lookup(long g, String nationalCode, Instant at, int expectedVersion) {
    static Lookup random(int persons, Instant now) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long g = 1 + random.nextLong(persons);
        Instant from = Seeded.effectiveFrom(g, 1).minus(Duration.ofDays(60));
        long spanMillis = now.toEpochMilli() - from.toEpochMilli();
        Instant at = from.plusMillis(random.nextLong(spanMillis));
        return new Lookup(g, Seeded.nationalCode(g), at, Seeded.versionAt(g, at));
    }

    String path() {
        return "/api/v1/persons/" + nationalCode + "/contact?at=" + at;
    }
}
