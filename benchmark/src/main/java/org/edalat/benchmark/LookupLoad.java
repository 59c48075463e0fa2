package org.edalat.benchmark;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * "Contact data at T" through REST: {@code GET /api/v1/persons/{key}/contact?at=T} for random
 * seeded persons at random instants, by one or more clients one request after the other. Latency is
 * the client's, from sending the request to having read the whole answer. Each answer is checked:
 * 200 must carry the version in force at T (known from the seed formulas), 404 must mean none was.
 */
final class LookupLoad {
    record Result(
            String label,
            String auth,
            int clients,
            double seconds,
            Latencies.Summary latency,
            long rightVersion,
            long noneYet,
            long wrong,
            Map<Integer, Long> statuses,
            String load,
            String cpu) {
        double perSecond() {
            return latency.count() / seconds;
        }
    }

    private final Api api;
    private final int persons;

    /** Lookups of random persons among the {@code persons} seeded. */
    LookupLoad(Api api, int persons) {
        this.api = api;
        this.persons = persons;
    }

    /**
     * The floor of the HTTP path on this machine: {@code GET /api/v1/health} (anonymous, one {@code
     * select} of the database), sent and counted the same way; 200 counts as right.
     */
    static LookupLoad health(Api api) {
        return new LookupLoad(api, 0);
    }

    /** Sends {@code warmup} lookups unmeasured, then {@code count} measured ones split over the clients. */
    Result run(String label, Api.Auth auth, int clients, int warmup, int count) throws InterruptedException {
        Instant now = Instant.now();
        runClients(auth, clients, warmup, now, null, null, null);
        Latencies latencies = new Latencies();
        AtomicLong right = new AtomicLong();
        AtomicLong noneYet = new AtomicLong();
        AtomicLong wrong = new AtomicLong();
        Map<Integer, AtomicLong> statuses = new ConcurrentHashMap<>();
        Cpu.Sample cpuFrom = Cpu.sample();
        long start = System.nanoTime();
        runClients(auth, clients, count, now, latencies, new AtomicLong[] {right, noneYet, wrong}, statuses);
        double seconds = (System.nanoTime() - start) / 1e9;
        Cpu.Sample cpuTo = Cpu.sample();
        Map<Integer, Long> counts = new TreeMap<>();
        statuses.forEach((s, n) -> counts.put(s, n.get()));
        return new Result(
                label,
                auth.description(),
                clients,
                seconds,
                latencies.summary(),
                right.get(),
                noneYet.get(),
                wrong.get(),
                counts,
                cpuFrom.load(),
                Cpu.describe(cpuFrom, cpuTo));
    }

    private void runClients(
            Api.Auth auth,
            int clients,
            int count,
            Instant now,
            Latencies latencies,
            AtomicLong[] outcomes,
            Map<Integer, AtomicLong> statuses)
            throws InterruptedException {
        AtomicInteger left = new AtomicInteger(count);
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Thread thread = new Thread(
                    () -> {
                        while (left.getAndDecrement() > 0) {
                            Lookup lookup = persons == 0 ? null : Lookup.random(persons, now);
                            String path = lookup == null ? "/api/v1/health" : lookup.path();
                            long sent = System.nanoTime();
                            int status;
                            String body;
                            try {
                                HttpResponse<String> response =
                                        api.send(api.get(path, auth).build());
                                status = response.statusCode();
                                body = response.body();
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                                return;
                            } catch (Exception e) {
                                status = -1;
                                body = "";
                            }
                            long took = System.nanoTime() - sent;
                            if (latencies == null) {
                                continue;
                            }
                            latencies.add(took);
                            statuses.computeIfAbsent(status, s -> new AtomicLong())
                                    .incrementAndGet();
                            if (lookup == null) {
                                outcomes[status == 200 ? 0 : 2].incrementAndGet();
                            } else if (status == 200 && Api.intMember(body, "version") == lookup.expectedVersion()) {
                                outcomes[0].incrementAndGet();
                            } else if (status == 404 && lookup.expectedVersion() == 0) {
                                outcomes[1].incrementAndGet();
                            } else {
                                outcomes[2].incrementAndGet();
                            }
                        }
                    },
                    "lookup-" + c);
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
    }
}
