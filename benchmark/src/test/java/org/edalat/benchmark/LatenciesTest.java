package org.edalat.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LatenciesTest {
    @Test
    void nearestRankPercentiles() {
        Latencies latencies = new Latencies();
        for (int i = 100; i >= 1; i--) { // 1..100 in reverse order
            latencies.add(i);
        }
        Latencies.Summary s = latencies.summary();
        assertEquals(100, s.count());
        assertEquals(50, s.p50());
        assertEquals(95, s.p95());
        assertEquals(99, s.p99());
        assertEquals(100, s.max());
        assertEquals(50.5, s.mean(), 1e-9);
    }

    @Test
    void oneValueIsEveryPercentile() {
        Latencies latencies = new Latencies();
        latencies.add(7);
        Latencies.Summary s = latencies.summary();
        assertEquals(7, s.p50());
        assertEquals(7, s.p99());
    }

    @Test
    void addAllTakesTheOthersValues() {
        Latencies a = new Latencies();
        Latencies b = new Latencies();
        for (int i = 1; i <= 2000; i++) {
            (i % 2 == 0 ? a : b).add(i);
        }
        a.addAll(b);
        assertEquals(2000, a.summary().count());
        assertEquals(1980, a.summary().p99());
    }
}
