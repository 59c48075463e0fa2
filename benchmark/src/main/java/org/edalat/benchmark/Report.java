package org.edalat.benchmark;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The figures of one run as markdown (benchmark/target/benchmark-report.md, also printed). */
final class Report {
    private final Settings settings;
    private final Instant startedAt;
    private final Map<String, String> machine = new LinkedHashMap<>();
    private final List<RegistrationLoad.Result> registrations = new ArrayList<>();
    private final List<LookupLoad.Result> lookups = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final List<FilingLoad.Result> filings = new ArrayList<>();
    private FilingCeiling.Result filingCeiling;
    private String filingScript;
    private Map<String, String> database = Map.of();
    private List<String> explain = List.of();
    private Database.SeedResult seed;
    private Database.JdbcResult jdbc;
    private double bcryptMillis;
    private double serverStartSeconds;
    private double totalSeconds;
    private String sessionProbe = "not tried";

    Report(Settings settings, Instant startedAt) {
        this.settings = settings;
        this.startedAt = startedAt;
    }

    void machine(Map<String, String> info) {
        machine.putAll(info);
    }

    void bcryptMillis(double millis) {
        bcryptMillis = millis;
    }

    void serverStartSeconds(double seconds) {
        serverStartSeconds = seconds;
    }

    void seed(Database.SeedResult result) {
        seed = result;
    }

    void registration(RegistrationLoad.Result result) {
        registrations.add(result);
        say(result, "registrations");
    }

    void filing(FilingLoad.Result result) {
        filings.add(result);
        say(result, "reports");
    }

    /** One line on the console for a timed run; {@code counted} names what it counts per second. */
    private static void say(TimedPosts.Measured result, String counted) {
        Benchmark.say(String.format(
                Locale.ROOT,
                "%s (%s, %d clients): %.1f %s/s, p50 %.0f ms, p99 %.0f ms, answers %s; load %s, CPU %s",
                result.label(),
                result.auth(),
                result.clients(),
                result.perSecond(),
                counted,
                result.latency().p50() / 1e6,
                result.latency().p99() / 1e6,
                result.statuses(),
                result.load(),
                result.cpu()));
    }

    void filingCeiling(FilingCeiling.Result result) {
        filingCeiling = result;
        Benchmark.say(String.format(
                Locale.ROOT,
                "pgbench ceiling (%d clients): %.1f reports/s, latency average %.1f ms, %d failed; CPU %s",
                result.clients(),
                result.tps(),
                result.latencyMillis(),
                result.failed(),
                result.cpu()));
    }

    void filingScript(String script) {
        filingScript = script;
    }

    void sessionProbe(int status, String what) {
        sessionProbe = status < 0 ? what : what + ": GET …/contact answered " + status;
    }

    void lookup(LookupLoad.Result result) {
        lookups.add(result);
        Benchmark.say(String.format(
                Locale.ROOT,
                "%s (%s): %s; right %d, none yet %d, wrong %d; load %s, CPU %s",
                result.label(),
                result.auth(),
                percentiles(result.latency()),
                result.rightVersion(),
                result.noneYet(),
                result.wrong(),
                result.load(),
                result.cpu()));
    }

    void jdbc(Database.JdbcResult result) {
        jdbc = result;
        Benchmark.say(String.format(
                Locale.ROOT,
                "JDBC: %s; right %d, none yet %d, wrong %d",
                percentiles(result.latency()),
                result.rightVersion(),
                result.noneYet(),
                result.wrong()));
    }

    /** {@code p50 …, p95 …, p99 …, max … ms} of a lookup measurement, for the console. */
    private static String percentiles(Latencies.Summary latency) {
        return String.format(
                Locale.ROOT,
                "p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms",
                latency.p50() / 1e6,
                latency.p95() / 1e6,
                latency.p99() / 1e6,
                latency.max() / 1e6);
    }

    void explain(List<String> lines) {
        explain = lines;
    }

    void database(Map<String, String> info) {
        database = info;
    }

    void note(String note) {
        notes.add(note);
    }

    void totalSeconds(double seconds) {
        totalSeconds = seconds;
    }

    String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("# Benchmark report (issues 3 and 4)\n\n");
        md.append("Run at ").append(startedAt).append(String.format(Locale.ROOT, ", %.0f s in all", totalSeconds));
        md.append(String.format(
                Locale.ROOT,
                " (server start with deployment %.0f s). Measured, not asserted. How it runs: docs/benchmark.md.\n\n",
                serverStartSeconds));

        md.append("## Machine\n\n| | |\n|---|---|\n");
        machine.forEach(
                (k, v) -> md.append("| ").append(k).append(" | ").append(v).append(" |\n"));
        md.append("| PostgreSQL | ")
                .append(database.getOrDefault("version", "?"))
                .append(" |\n");
        md.append("| database | ").append(settings.dbUrl()).append(" |\n");
        md.append("| server | private copy of the provisioned WildFly, port offset ")
                .append(settings.portOffset())
                .append(", -Xms256m -Xmx1g, demo data on; load client, server and PostgreSQL share the machine |\n\n");

        if (!registrations.isEmpty()) {
            md.append("## 1. Registrations per second through REST\n\n");
            int cores = Runtime.getRuntime().availableProcessors();
            md.append(String.format(
                    Locale.ROOT,
                    "Every registration hashes a password with bcrypt at cost 10 (`Passwords`): one hash took"
                            + " **%.0f ms** on one core of this machine, so %d cores can do at most about **%.0f"
                            + " hashes per second**, whatever else a registration does. Self-registration hashes the"
                            + " person's password; office registration hashes a generated initial password, and with"
                            + " HTTP Basic the realm also checks the clerk's bcrypt hash on every request (two hashes"
                            + " per registration). Each client sends one registration after the other; counted are"
                            + " those sent and answered inside the measured window, after a warm-up of %d s.\n\n",
                    bcryptMillis,
                    cores,
                    cores * 1000 / bcryptMillis,
                    settings.registrationWarmupSeconds()));
            md.append("| scenario | authentication | clients | measured | registrations/s | p50 ms | p95 ms | p99 ms"
                    + " | max ms | answers |\n");
            md.append("|---|---|---:|---:|---:|---:|---:|---:|---:|---|\n");
            for (RegistrationLoad.Result r : registrations) {
                md.append(timedCells(r))
                        .append(String.format(Locale.ROOT, " %s%s |\n", r.statuses(), transportErrors(r)));
            }
        }
        if (!lookups.isEmpty() || jdbc != null) {
            md.append("\n## 2. Contact data at instant T\n\n");
            if (seed != null) {
                md.append(String.format(
                        Locale.ROOT,
                        "Data: %d seeded persons with %d contact-data versions (3 each), inserted with set-based SQL"
                                + " after Flyway migrated the schema at deployment; %s.\n\n",
                        seed.persons(),
                        seed.versions(),
                        seed.reused()
                                ? "reused from an earlier run"
                                : String.format(Locale.ROOT, "seeding took %.0f s", seed.seconds())));
                if (!seed.steps().isEmpty() && !seed.reused()) {
                    seed.steps().forEach(s -> md.append("- ").append(s).append('\n'));
                    md.append('\n');
                }
            }
            md.append("Each lookup: a random seeded person, a random instant from 60 days before its first version"
                    + " to now; the answer is checked against the version the seed formulas say was in force (404"
                    + " no-contact-data-at-time when none was yet). Latency is the client's, from sending to having"
                    + " read the whole answer; warm-up lookups are not counted. Target: p99 under 5 ms.\n\n");
            md.append("Agency authentication once through the form login, then the session cookie on `/api/*`: ")
                    .append(sessionProbe)
                    .append(".\n\n");
            md.append("| path | what it includes | clients | n | p50 ms | p95 ms | p99 ms | max ms | lookups/s | right"
                    + " | none yet | wrong |\n");
            md.append("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
            for (LookupLoad.Result r : lookups) {
                Latencies.Summary l = r.latency();
                md.append(String.format(
                        Locale.ROOT,
                        "| %s | %s | %d | %s\n",
                        r.label(),
                        r.label().startsWith("HTTP baseline")
                                ? "HTTP, JAX-RS, one `select` of the database, JSON; no session, no lookup"
                                : r.auth().startsWith("HTTP Basic")
                                        ? "HTTP, Basic authentication (bcrypt check per request), JAX-RS, EJB, Hibernate,"
                                                + " JSON"
                                        : "HTTP, session lookup, JAX-RS, EJB, Hibernate, JSON",
                        r.clients(),
                        lookupCells(l, r.perSecond(), r.rightVersion(), r.noneYet(), r.wrong())));
            }
            if (jdbc != null) {
                Latencies.Summary l = jdbc.latency();
                md.append("| JDBC, one client | the service's two statements (person by key, version at T) in one"
                                + " transaction over one connection | 1 | ")
                        .append(lookupCells(
                                l, l.count() / jdbc.seconds(), jdbc.rightVersion(), jdbc.noneYet(), jdbc.wrong()))
                        .append('\n');
            }
            md.append("\nStatements (as Hibernate issues them for `ContactDirectory.contactAt`):\n\n```sql\n")
                    .append(Database.PERSON_BY_KEY)
                    .append(";\n")
                    .append(Database.VERSION_AT)
                    .append(";\n```\n\n");
            if (!explain.isEmpty()) {
                md.append("EXPLAIN (ANALYZE, BUFFERS) of one lookup:\n\n```\n");
                explain.forEach(line -> md.append(line).append('\n'));
                md.append("```\n\n");
            }
        }
        if (!filings.isEmpty() || filingCeiling != null) {
            filingsSection(md);
        }
        if (!notes.isEmpty()) {
            md.append("## Notes\n\n");
            notes.forEach(n -> md.append("- ").append(n).append('\n'));
            md.append('\n');
        }
        md.append("## Where the CPU went\n\n");
        md.append("Shares of the whole machine (all cores) during each measured window, from /proc; \"other"
                + " processes\" are everything else running on the machine at the time (on a shared machine, other"
                + " people's builds and tests), which the figures above suffer from. Load is the 1-minute load"
                + " average when the window began.\n\n");
        md.append("| measurement | load | CPU |\n|---|---:|---|\n");
        for (RegistrationLoad.Result r : registrations) {
            cpuRow(
                    md,
                    "registrations: " + r.label() + ", " + r.auth() + ", " + r.clients() + " clients",
                    r.load(),
                    r.cpu());
        }
        for (LookupLoad.Result r : lookups) {
            cpuRow(md, "contact at T: " + r.label(), r.load(), r.cpu());
        }
        if (jdbc != null) {
            cpuRow(md, "contact at T: JDBC, one client", jdbc.load(), jdbc.cpu());
        }
        for (FilingLoad.Result r : filings) {
            cpuRow(md, "filings: " + r.label() + ", " + r.clients() + " clients", r.load(), r.cpu());
        }
        if (filingCeiling != null) {
            cpuRow(
                    md,
                    "filings: pgbench ceiling, " + filingCeiling.clients() + " clients",
                    filingCeiling.load(),
                    filingCeiling.cpu()
                            + " (pgbench and its backends started after the first sample: they count as other"
                            + " processes)");
        }
        md.append('\n');
        md.append("## PostgreSQL\n\n| | |\n|---|---|\n");
        database.forEach(
                (k, v) -> md.append("| ").append(k).append(" | ").append(v).append(" |\n"));
        return md.toString();
    }

    private void filingsSection(StringBuilder md) {
        md.append("\n## 3. Filings per second (issue 4)\n\n");
        md.append(String.format(
                Locale.ROOT,
                "Reports of an officer (S0-5) through `POST /api/v1/reports` by the demo agency, each with a new"
                        + " request id and two documents of %d random bytes wrapped in a valid PNG (new content"
                        + " every time, base64 in the JSON). Each report is registered, its documents inspected and"
                        + " stored, a tracking code issued and the report sent to the unit as a case awaiting"
                        + " referral, in one transaction with 7 audit entries. Counted: 201 answers with a tracking"
                        + " code sent and answered inside the measured window, after a warm-up of %d s. In the same"
                        + " run, pgbench does the same writes in PostgreSQL alone (the ceiling): see the script"
                        + " below.%n%n",
                settings.filingDocumentBytes(),
                settings.filingWarmupSeconds()));
        md.append("| scenario | authentication | clients | measured | reports/s | p50 ms | p95 ms | p99 ms | max ms"
                + " | request size | answers |\n");
        md.append("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
        for (FilingLoad.Result r : filings) {
            md.append(timedCells(r))
                    .append(String.format(
                            Locale.ROOT,
                            " %d KB | %s%s%s |%n",
                            r.requestBytes() / 1024,
                            r.statuses(),
                            transportErrors(r),
                            r.withoutCode() > 0 ? ", " + r.withoutCode() + " without tracking code" : ""));
        }
        if (filingCeiling != null) {
            FilingCeiling.Result c = filingCeiling;
            md.append(String.format(
                    Locale.ROOT,
                    "| **ceiling: pgbench**, the same writes in one transaction | — | %d | %.0f s | **%.1f** | avg %.1f"
                            + " | | | | | %d transactions, %d failed |%n",
                    c.clients(),
                    c.seconds(),
                    c.tps(),
                    c.latencyMillis(),
                    c.transactions(),
                    c.failed()));
            FilingLoad.Result same = filings.stream()
                    .filter(r -> r.clients() == c.clients())
                    .reduce((first, second) -> second)
                    .orElse(null);
            if (same != null && c.tps() > 0) {
                md.append(String.format(
                        Locale.ROOT,
                        "%nWith %d clients the REST path reaches **%.0f %%** of the ceiling (%.1f of %.1f reports per"
                                + " second; target 60 %%).%n",
                        c.clients(),
                        100 * same.perSecond() / c.tps(),
                        same.perSecond(),
                        c.tps()));
            }
            md.append(String.format(
                    Locale.ROOT,
                    "%nThe ceiling's tables after the run (schema `%s`, copies of the application's): %d filings sent,"
                            + " %d stored documents, %d audit entries. Command: `%s`.%n",
                    FilingCeiling.SCHEMA,
                    c.filings(),
                    c.documents(),
                    c.auditEntries(),
                    c.command()));
        }
        if (filingScript != null) {
            md.append("\n<details><summary>pgbench script</summary>\n\n```sql\n")
                    .append(filingScript)
                    .append("```\n\n</details>\n\n");
        }
    }

    /**
     * The cells a timed run's row begins with: scenario, authentication, clients, measured, per
     * second, p50, p95, p99 and max ms; the caller adds its own cells and the row's end.
     */
    private static String timedCells(TimedPosts.Measured r) {
        Latencies.Summary l = r.latency();
        return String.format(
                Locale.ROOT,
                "| %s | %s | %d | %.0f s | **%.1f** | %s | %s | %s | %s |",
                r.label(),
                r.auth(),
                r.clients(),
                r.seconds(),
                r.perSecond(),
                l.ms(l.p50()),
                l.ms(l.p95()),
                l.ms(l.p99()),
                l.ms(l.max()));
    }

    private static String transportErrors(TimedPosts.Measured r) {
        return r.errors() > 0 ? ", " + r.errors() + " transport errors" : "";
    }

    /** The cells of a lookup row from n on: n, p50, p95, p99 (bold), max ms, lookups/s, right, none yet, wrong. */
    private static String lookupCells(Latencies.Summary l, double perSecond, long right, long noneYet, long wrong) {
        return String.format(
                Locale.ROOT,
                "%d | %s | %s | **%s** | %s | %.0f | %d | %d | %d |",
                l.count(),
                l.ms(l.p50()),
                l.ms(l.p95()),
                l.ms(l.p99()),
                l.ms(l.max()),
                perSecond,
                right,
                noneYet,
                wrong);
    }

    /** A row of the CPU table. */
    private static void cpuRow(StringBuilder md, String measurement, String load, String cpu) {
        md.append("| ")
                .append(measurement)
                .append(" | ")
                .append(load)
                .append(" | ")
                .append(cpu)
                .append(" |\n");
    }
}
