package org.edalat.benchmark;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Concurrent clients registering new persons through REST for a fixed time, after a warm-up: each
 * client sends one registration after the other with a fresh valid national code. Counts the
 * registrations completed inside the measured window (201), the answers by status, and the latency
 * of the created ones. Every registration hashes a password with bcrypt (cost 10): the self one the
 * person's own, the office one a generated initial password.
 */
final class RegistrationLoad {
    private static final String[] FIRST = {"علی", "مریم", "حسین", "زهرا", "محمد", "فاطمه", "رضا", "سارا", "مهدی", "نرگس"
    };
    private static final String[] LAST = {"احمدی", "رضایی", "کریمی", "موسوی", "حسینی", "جعفری", "صادقی", "نوری"};

    /** Codes handed out in this run (the load never registers one identity twice on purpose). */
    private static final Set<String> USED = ConcurrentHashMap.newKeySet();

    enum Kind {
        /** {@code POST /api/v1/registrations}, anonymous: the person's own password is hashed. */
        SELF("/api/v1/registrations"),
        /** {@code POST /api/v1/office/registrations} by a clerk: a generated initial password is hashed. */
        OFFICE("/api/v1/office/registrations");

        final String path;

        Kind(String path) {
            this.path = path;
        }
    }

    record Result(
            String label,
            Kind kind,
            String auth,
            int clients,
            double seconds,
            long created,
            Map<Integer, Long> statuses,
            long errors,
            Latencies.Summary latency,
            String load,
            String cpu) {
        double perSecond() {
            return created / seconds;
        }
    }

    private final Api api;

    RegistrationLoad(Api api) {
        this.api = api;
    }

    Result run(String label, Kind kind, Api.Auth auth, int clients, int warmupSeconds, int seconds)
            throws InterruptedException {
        long start = System.nanoTime();
        long measureFrom = start + warmupSeconds * 1_000_000_000L;
        long measureTo = measureFrom + seconds * 1_000_000_000L;
        Latencies latencies = new Latencies();
        Map<Integer, AtomicLong> statuses = new ConcurrentHashMap<>();
        AtomicLong created = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        Cpu.Sample[] cpu = new Cpu.Sample[2];
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Thread thread = new Thread(
                    () -> {
                        while (System.nanoTime() < measureTo) {
                            String body = body(kind);
                            long sent = System.nanoTime();
                            int status;
                            try {
                                HttpResponse<String> response = api.send(
                                        api.postJson(kind.path, body, auth).build());
                                status = response.statusCode();
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                                return;
                            } catch (Exception e) {
                                status = -1;
                            }
                            long done = System.nanoTime();
                            if (sent >= measureFrom && done <= measureTo) {
                                if (status < 0) {
                                    errors.incrementAndGet();
                                } else {
                                    statuses.computeIfAbsent(status, s -> new AtomicLong())
                                            .incrementAndGet();
                                }
                                if (status == 201) {
                                    created.incrementAndGet();
                                    latencies.add(done - sent);
                                }
                            }
                        }
                    },
                    "registration-" + c);
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
        Map<Integer, Long> counts = new java.util.TreeMap<>();
        statuses.forEach((s, n) -> counts.put(s, n.get()));
        return new Result(
                label,
                kind,
                auth.description(),
                clients,
                seconds,
                created.get(),
                counts,
                errors.get(),
                latencies.summary(),
                cpu[0].load(),
                Cpu.describe(cpu[0], cpu[1]));
    }

    private static void sleepUntil(long nanoTime) throws InterruptedException {
        long left;
        while ((left = nanoTime - System.nanoTime()) > 0) {
            Thread.sleep(Math.max(1, left / 1_000_000));
        }
    }

    /** A valid registration body with an identity not used before (prefixes 1..7: not the seeded 8). */
    static String body(Kind kind) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String code;
        do {
            long nine = random.nextLong(100_000_000L, 800_000_000L);
            code = NationalCodes.complete(nine);
        } while (oneDigit(code) || !USED.add(code));
        LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(random.nextInt(50 * 365));
        String mobile = "0912" + String.format("%07d", random.nextInt(10_000_000));
        List<String[]> members = new ArrayList<>();
        members.add(new String[] {"nationalCode", code});
        members.add(new String[] {"birthDate", birth.toString()});
        members.add(new String[] {"firstName", FIRST[random.nextInt(FIRST.length)]});
        members.add(new String[] {"lastName", LAST[random.nextInt(LAST.length)]});
        members.add(new String[] {"mobile", mobile});
        if (kind == Kind.SELF) {
            members.add(new String[] {"password", "Bench-" + random.nextInt(1_000_000) + "x"});
        } else {
            members.add(new String[] {"requesterKey", code});
            members.add(new String[] {"requestReference", "bench-" + code});
        }
        return Api.object(members);
    }

    private static boolean oneDigit(String code) {
        return code.chars().allMatch(c -> c == code.charAt(0));
    }
}
