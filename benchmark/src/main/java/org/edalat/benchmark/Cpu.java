package org.edalat.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Where the machine's CPU went during a measured window (Linux /proc): the whole machine, and the
 * server, PostgreSQL's backends of the benchmark database, the load client, and everything else
 * (other processes on a shared machine disturb the figures; the report says how much).
 */
final class Cpu {
    private static final Map<String, Supplier<Set<Long>>> GROUPS = new LinkedHashMap<>();

    private Cpu() {}

    /** The processes to account for by name, e.g. "server" → the WildFly JVM's pid. */
    static synchronized void watch(String name, Supplier<Set<Long>> pids) {
        GROUPS.put(name, pids);
    }

    /** CPU time so far: the machine's busy and total jiffies, each group's jiffies, the 1-minute load. */
    record Sample(long busy, long total, Map<String, Long> groups, String load) {}

    static synchronized Sample sample() {
        long busy = -1;
        long total = -1;
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            total = 0;
            for (int i = 1; i < Math.min(f.length, 9); i++) { // user nice system idle iowait irq softirq steal
                total += Long.parseLong(f[i]);
            }
            busy = total - Long.parseLong(f[4]) - Long.parseLong(f[5]);
        } catch (IOException | RuntimeException e) {
            // unknown
        }
        Map<String, Long> groups = new LinkedHashMap<>();
        GROUPS.forEach((name, pids) -> {
            long sum = 0;
            try {
                for (long pid : pids.get()) {
                    sum += jiffies(pid);
                }
            } catch (RuntimeException e) {
                sum = -1;
            }
            groups.put(name, sum);
        });
        String load = "?";
        try {
            load = Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            // unknown
        }
        return new Sample(busy, total, groups, load);
    }

    /** User + system jiffies of one process (all its threads), 0 when it is gone. */
    private static long jiffies(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime, stime (fields 14, 15)
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /**
     * "100% busy: server 60%, postgres 10%, client 5%, others 25%": shares of the whole machine
     * (all cores) between two samples. A group sampled only once (its processes came or went) counts
     * what it used in between as far as it was seen.
     */
    static String describe(Sample from, Sample to) {
        if (from.total() < 0 || to.total() <= from.total()) {
            return "?";
        }
        double all = to.total() - from.total();
        double busy = (to.busy() - from.busy()) / all;
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%.0f%% busy", busy * 100));
        double accounted = 0;
        for (var e : to.groups().entrySet()) {
            Long before = from.groups().get(e.getKey());
            if (before == null || before < 0 || e.getValue() < 0) {
                continue;
            }
            double share = Math.max(0, e.getValue() - before) / all;
            accounted += share;
            out.append(String.format(Locale.ROOT, ", %s %.0f%%", e.getKey(), share * 100));
        }
        out.append(String.format(Locale.ROOT, ", other processes %.0f%%", Math.max(0, busy - accounted) * 100));
        return out.toString();
    }
}
