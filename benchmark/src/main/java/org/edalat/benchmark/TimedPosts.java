package org.edalat.benchmark;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Concurrent clients posting JSON one request after the other for a fixed time after a warm-up, as
 * the registration and filing loads measure: the answers sent and received inside the measured window
 * are counted by status (transport errors apart), and those the scenario counts also by latency; the
 * CPU is sampled when the window opens and when it closes.
 */
final class TimedPosts {
    /** What each client of one run posts, and which answers it counts. */
    interface Scenario {
        /** The next body to post, built before the request's clock starts. */
        String body();

        /**
         * Whether an answer received inside the window counts (and its latency with it); called for
         * every such answer that is not a transport error.
         */
        boolean counts(int status, String answer);
    }

    /** What one run saw inside its measured window. */
    record Window(
            long counted,
            Map<Integer, Long> statuses,
            long errors,
            Latencies.Summary latency,
            String load,
            String cpu) {}

    /** The result of one run of a scenario, as the report shows it. */
    interface Measured {
        String label();

        String auth();

        int clients();

        /** The measured window's length. */
        double seconds();

        Window window();

        /** The answers the scenario counts, per second of the window. */
        default double perSecond() {
            return window().counted() / seconds();
        }

        default Map<Integer, Long> statuses() {
            return window().statuses();
        }

        /** Transport errors: no answer. */
        default long errors() {
            return window().errors();
        }

        /** The latency of the answers counted. */
        default Latencies.Summary latency() {
            return window().latency();
        }

        /** The 1-minute load average when the window opened. */
        default String load() {
            return window().load();
        }

        /** Where the CPU went during the window. */
        default String cpu() {
            return window().cpu();
        }
    }

    private TimedPosts() {}

    /** Runs {@code clients} threads named {@code threadName-<n>} posting to {@code path} as {@code auth}. */
    static Window run(
            Api api,
            String path,
            Api.Auth auth,
            String threadName,
            int clients,
            int warmupSeconds,
            int seconds,
            Scenario scenario)
            throws InterruptedException {
        long start = System.nanoTime();
        long measureFrom = start + warmupSeconds * 1_000_000_000L;
        long measureTo = measureFrom + seconds * 1_000_000_000L;
        Latencies latencies = new Latencies();
        Map<Integer, AtomicLong> statuses = new ConcurrentHashMap<>();
        AtomicLong counted = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        Cpu.Sample[] cpu = new Cpu.Sample[2];
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Thread thread = new Thread(
                    () -> {
                        while (System.nanoTime() < measureTo) {
                            String body = scenario.body();
                            long sent = System.nanoTime();
                            int status;
                            String answer = "";
                            try {
                                HttpResponse<String> response =
                                        api.send(api.postJson(path, body, auth).build());
                                status = response.statusCode();
                                answer = response.body();
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                                return;
                            } catch (Exception e) {
                                status = -1;
                            }
                            long done = System.nanoTime();
                            if (sent < measureFrom || done > measureTo) {
                                continue;
                            }
                            if (status < 0) {
                                errors.incrementAndGet();
                                continue;
                            }
                            statuses.computeIfAbsent(status, s -> new AtomicLong())
                                    .incrementAndGet();
                            if (scenario.counts(status, answer)) {
                                counted.incrementAndGet();
                                latencies.add(done - sent);
                            }
                        }
                    },
                    threadName + "-" + c);
            threads.add(thread);
            thread.start();
        }
        sleepUntil(measureFrom);
        cpu[0] = Cpu.sample();
        sleepUntil(measureTo);
        cpu[1] = Cpu.sample();
        for (Thread thread : threads) {
            thread.join(120_000);
        }
        Map<Integer, Long> counts = new TreeMap<>();
        statuses.forEach((s, n) -> counts.put(s, n.get()));
        return new Window(
                counted.get(), counts, errors.get(), latencies.summary(), cpu[0].load(), Cpu.describe(cpu[0], cpu[1]));
    }

    private static void sleepUntil(long nanoTime) throws InterruptedException {
        long left;
        while ((left = nanoTime - System.nanoTime()) > 0) {
            Thread.sleep(Math.max(1, left / 1_000_000));
        }
    }
}
