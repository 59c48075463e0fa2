package org.edalat.benchmark;

import java.util.Arrays;

/** Latencies of one measurement, in nanoseconds, and their nearest-rank percentiles. */
final class Latencies {
    private long[] nanos = new long[1024];
    private int count;

    synchronized void add(long latencyNanos) {
        if (count == nanos.length) {
            nanos = Arrays.copyOf(nanos, count * 2);
        }
        nanos[count++] = latencyNanos;
    }

    void addAll(Latencies other) {
        long[] values;
        synchronized (other) {
            values = Arrays.copyOf(other.nanos, other.count);
        }
        for (long value : values) {
            add(value);
        }
    }

    synchronized Summary summary() {
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        return new Summary(
                count,
                percentile(sorted, 0.50),
                percentile(sorted, 0.95),
                percentile(sorted, 0.99),
                count == 0 ? 0 : sorted[count - 1],
                count == 0 ? 0 : Arrays.stream(sorted).average().orElse(0));
    }

    /** Nearest rank: the smallest value with at least {@code q} of all values at or below it. */
    static long percentile(long[] sorted, double q) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(q * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)];
    }

    /** Count and percentiles, in nanoseconds. */
    record Summary(int count, long p50, long p95, long p99, long max, double mean) {
        String ms(long nanos) {
            return String.format(java.util.Locale.ROOT, "%.2f", nanos / 1_000_000.0);
        }
    }
}
