package org.edalat.benchmark;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * The benchmark of issue 3, run by {@code mvn -Pbenchmark verify} (docs/benchmark.md): measures and
 * reports, never asserts. Ensures the PostgreSQL database, starts the private server copy with the
 * EAR (Flyway migrates at deployment), seeds the persons, measures registrations per second through
 * REST and the latency of "contact data at T" over HTTP and over JDBC, writes
 * benchmark/target/benchmark-report.md, and stops the server.
 */
public final class Benchmark {
    private Benchmark() {}

    public static void main(String[] args) throws Exception {
        Settings settings = Settings.fromSystemProperties();
        long started = System.nanoTime();
        Report report = new Report(settings, Instant.now());
        say("database " + settings.dbUrl() + " as " + settings.dbUser());
        Database db = new Database(settings.dbUrl(), settings.dbUser(), settings.dbPassword());
        if (db.ensureExists()) {
            say("created the database");
        }
        report.machine(Machine.describe(settings.server()));
        say("timing bcrypt (cost 10) on one core");
        report.bcryptMillis(Machine.bcryptMillis(20));

        WildFly server = new WildFly(settings);
        server.usePostgresql();
        try (server) {
            say("starting " + server.home() + " with port offset " + settings.portOffset() + " (log " + server.log()
                    + ")");
            long t = System.nanoTime();
            server.start();
            report.serverStartSeconds((System.nanoTime() - t) / 1e9);
            Cpu.watch("server", server::pids);
            Cpu.watch("PostgreSQL", db::backendPids);
            Cpu.watch(
                    "load client",
                    () -> java.util.Set.of(ProcessHandle.current().pid()));
            say("server up at " + settings.base());

            Api api = new Api(settings.base());
            if (settings.runs("lookups")) {
                say("seeding " + settings.persons() + " persons with 3 contact-data versions each");
                Database.SeedResult seed = db.seed(settings.persons(), settings.reseed());
                say(
                        seed.reused()
                                ? "seeded data reused"
                                : String.format(Locale.ROOT, "seeded in %.0f s", seed.seconds()));
                report.seed(seed);
            }
            if (settings.runs("registrations")) {
                measureRegistrations(settings, api, report);
            }
            if (settings.runs("lookups")) {
                measureLookups(settings, api, db, report);
            }
            if (settings.runs("filings")) {
                measureFilings(settings, api, db, report);
            }
            report.database(db.describe());
        }
        report.totalSeconds((System.nanoTime() - started) / 1e9);
        String markdown = report.markdown();
        Files.createDirectories(settings.report().toAbsolutePath().getParent());
        Files.writeString(settings.report(), markdown, StandardCharsets.UTF_8);
        System.out.println();
        System.out.println(markdown);
        say("report written to " + settings.report());
    }

    private static void measureRegistrations(Settings settings, Api api, Report report) throws Exception {
        RegistrationLoad load = new RegistrationLoad(api);
        int clients = settings.registrationClients();
        int warmup = settings.registrationWarmupSeconds();
        int seconds = settings.registrationSeconds();
        say("self-registration, 1 client");
        report.registration(load.run(
                "self-registration, one client",
                RegistrationLoad.Kind.SELF,
                Api.Auth.NONE,
                1,
                3,
                Math.min(10, seconds)));
        say("self-registration, " + clients + " clients, " + seconds + " s");
        report.registration(
                load.run("self-registration", RegistrationLoad.Kind.SELF, Api.Auth.NONE, clients, warmup, seconds));
        Optional<Api.Auth> clerk = api.formLogin(Settings.CLERK_USER, Settings.DEMO_PASSWORD);
        if (clerk.isPresent()) {
            say("office registration with the clerk's session cookie, " + clients + " clients");
            report.registration(load.run(
                    "office registration", RegistrationLoad.Kind.OFFICE, clerk.get(), clients, warmup, seconds));
        } else {
            report.note(
                    "The clerk's form login gave no session cookie: office registrations with a session not measured.");
        }
        say("office registration with HTTP Basic, " + clients + " clients");
        report.registration(load.run(
                "office registration",
                RegistrationLoad.Kind.OFFICE,
                Api.Auth.basic(Settings.CLERK_USER, Settings.DEMO_PASSWORD),
                clients,
                warmup,
                seconds));
    }

    private static void measureLookups(Settings settings, Api api, Database db, Report report) throws Exception {
        LookupLoad load = new LookupLoad(api, settings.persons());
        Api.Auth basic = Api.Auth.basic(Settings.AGENCY_USER, Settings.DEMO_PASSWORD);
        Optional<Api.Auth> session = api.formLogin(Settings.AGENCY_USER, Settings.DEMO_PASSWORD);
        String probe = Lookup.random(settings.persons(), Instant.now()).path();
        if (session.isPresent()) {
            HttpResponse<String> answer = api.send(api.get(probe, session.get()).build());
            report.sessionProbe(answer.statusCode(), session.get().description());
            if (answer.statusCode() != 200 && answer.statusCode() != 404) {
                session = Optional.empty();
            }
        } else {
            report.sessionProbe(-1, "form login of " + Settings.AGENCY_USER + " gave no session cookie");
        }
        if (session.isPresent()) {
            say("contact at T over HTTP with the agency's session cookie: " + settings.lookups()
                    + " lookups, one client");
            report.lookup(load.run("HTTP, one client", session.get(), 1, settings.lookupWarmup(), settings.lookups()));
            say("the same with " + settings.lookupClients() + " clients (half as many lookups)");
            report.lookup(load.run(
                    "HTTP, " + settings.lookupClients() + " clients",
                    session.get(),
                    settings.lookupClients(),
                    settings.lookupWarmup(),
                    settings.lookups() / 2));
        }
        say("HTTP baseline: GET /api/v1/health");
        report.lookup(LookupLoad.health(api)
                .run("HTTP baseline: GET /api/v1/health, one client", Api.Auth.NONE, 1, 500, 3000));
        say("contact at T over HTTP with HTTP Basic: " + settings.basicLookups() + " lookups, one client");
        report.lookup(load.run("HTTP Basic, one client", basic, 1, 20, settings.basicLookups()));
        say("contact at T over JDBC: " + settings.lookups() + " lookups");
        report.jdbc(db.lookups(settings.persons(), settings.lookupWarmup(), settings.lookups()));
        report.explain(db.explain(settings.persons()));
    }

    /**
     * Issue 4: reports with two documents of 100 KB per second through REST, and in the same run the
     * ceiling pgbench reaches doing the same writes in the database alone (FilingCeiling).
     */
    private static void measureFilings(Settings settings, Api api, Database db, Report report) throws Exception {
        int clients = settings.filingClients();
        FilingLoad load = new FilingLoad(api, settings.filingDocumentBytes());
        Optional<Api.Auth> session = api.formLogin(Settings.AGENCY_USER, Settings.DEMO_PASSWORD);
        Api.Auth auth = session.orElse(Api.Auth.basic(Settings.AGENCY_USER, Settings.DEMO_PASSWORD));
        if (session.isEmpty()) {
            report.note("The agency's form login gave no session cookie: reports sent with HTTP Basic (a bcrypt"
                    + " check per request).");
        }
        say("reports with two documents through REST, one client, " + Math.min(10, settings.filingSeconds()) + " s");
        report.filing(load.run("report with 2 × PNG, one client", auth, 1, 3, Math.min(10, settings.filingSeconds())));
        say("reports with two documents through REST, " + clients + " clients, " + settings.filingSeconds() + " s");
        report.filing(load.run(
                "report with 2 × PNG", auth, clients, settings.filingWarmupSeconds(), settings.filingSeconds()));
        say("the ceiling: pgbench doing the same writes, " + clients + " clients");
        FilingCeiling ceiling = new FilingCeiling(settings, db, settings.filingDocumentBytes());
        ceiling.prepare();
        report.filingCeiling(ceiling.run(clients, settings.filingWarmupSeconds(), settings.filingSeconds()));
        report.filingScript(FilingCeiling.script(settings.filingDocumentBytes()));
    }

    static void say(String line) {
        System.out.println("[benchmark] " + line);
    }
}
