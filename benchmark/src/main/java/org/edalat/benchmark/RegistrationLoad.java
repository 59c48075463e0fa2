package org.edalat.benchmark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

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

    /** One run: {@code window().counted()} persons created (201). */
    record Result(String label, Kind kind, String auth, int clients, double seconds, TimedPosts.Window window)
            implements TimedPosts.Measured {}

    private final Api api;

    RegistrationLoad(Api api) {
        this.api = api;
    }

    Result run(String label, Kind kind, Api.Auth auth, int clients, int warmupSeconds, int seconds)
            throws InterruptedException {
        TimedPosts.Window window = TimedPosts.run(
                api, kind.path, auth, "registration", clients, warmupSeconds, seconds, new TimedPosts.Scenario() {
                    @Override
                    public String body() {
                        return RegistrationLoad.body(kind);
                    }

                    /** Created: 201. */
                    @Override
                    public boolean counts(int status, String answer) {
                        return status == 201;
                    }
                });
        return new Result(label, kind, auth.description(), clients, seconds, window);
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
