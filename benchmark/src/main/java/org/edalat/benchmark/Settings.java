package org.edalat.benchmark;

import java.net.URI;
import java.nio.file.Path;
import java.util.Set;

/**
 * What one benchmark run uses, from system properties (set by benchmark/pom.xml) and the same
 * environment variables the server's PostgreSQL datasource reads ({@code DB_URL}, {@code DB_USER},
 * {@code DB_PASSWORD}), defaulting to a database {@code edalat_bench} on 127.0.0.1:5432.
 */
record Settings(
        Path server,
        Path ear,
        Path datasourceCli,
        Path report,
        int portOffset,
        String dbUrl,
        String dbUser,
        String dbPassword,
        int persons,
        boolean reseed,
        int lookups,
        int lookupWarmup,
        int lookupClients,
        int basicLookups,
        int registrationClients,
        int registrationSeconds,
        int registrationWarmupSeconds,
        Set<String> scenarios,
        int filingClients,
        int filingSeconds,
        int filingWarmupSeconds,
        int filingDocumentBytes) {

    /** The scenarios, by name: {@code registrations}, {@code lookups} (issue 3), {@code filings} (issue 4). */
    static final Set<String> SCENARIOS = Set.of("registrations", "lookups", "filings");

    static final String DEFAULT_DB_URL = "jdbc:postgresql://127.0.0.1:5432/edalat_bench";

    /** Demo users the server loads with {@code -Dedalat.demo=true} (README), password {@link #DEMO_PASSWORD}. */
    static final String AGENCY_USER = "agency";

    static final String CLERK_USER = "clerk";
    static final String DEMO_PASSWORD = "Demo@1405";

    static Settings fromSystemProperties() {
        return new Settings(
                Path.of(required("benchmark.server")),
                Path.of(required("benchmark.ear")),
                Path.of(required("benchmark.datasource.cli")),
                Path.of(System.getProperty("benchmark.report", "target/benchmark-report.md")),
                Integer.getInteger("benchmark.port.offset", 200),
                env("DB_URL", DEFAULT_DB_URL),
                env("DB_USER", "postgres"),
                env("DB_PASSWORD", "postgres"),
                Integer.getInteger("benchmark.persons", 1_000_000),
                Boolean.getBoolean("benchmark.reseed"),
                Integer.getInteger("benchmark.lookups", 20_000),
                Integer.getInteger("benchmark.lookup.warmup", 3_000),
                Integer.getInteger("benchmark.lookup.clients", 4),
                Integer.getInteger("benchmark.lookup.basic", 200),
                Integer.getInteger("benchmark.registration.clients", 8),
                Integer.getInteger("benchmark.registration.seconds", 20),
                Integer.getInteger("benchmark.registration.warmup.seconds", 5),
                scenarios(System.getProperty("benchmark.scenarios", "registrations,lookups,filings")),
                Integer.getInteger("benchmark.filing.clients", 4),
                Integer.getInteger("benchmark.filing.seconds", 20),
                Integer.getInteger("benchmark.filing.warmup.seconds", 5),
                Integer.getInteger("benchmark.filing.document.bytes", 100 * 1024));
    }

    /** Whether the scenario {@code name} is to be measured in this run. */
    boolean runs(String name) {
        return scenarios.contains(name);
    }

    private static Set<String> scenarios(String list) {
        Set<String> names = new java.util.LinkedHashSet<>();
        for (String name : list.split("[,\\s]+")) {
            if (name.isBlank()) {
                continue;
            }
            if (!SCENARIOS.contains(name.strip())) {
                throw new IllegalArgumentException("unknown scenario " + name + "; known: " + SCENARIOS);
            }
            names.add(name.strip());
        }
        return Set.copyOf(names);
    }

    /** Where the server answers HTTP: 127.0.0.1, port 8080 + offset. */
    URI base() {
        return URI.create("http://127.0.0.1:" + (8080 + portOffset) + "/");
    }

    int managementPort() {
        return 9990 + portOffset;
    }

    private static String required(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("system property " + name + " is required");
        }
        return value;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
