package org.edalat.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The benchmark's PostgreSQL database: created when missing, seeded with set-based SQL, queried directly. */
final class Database {
    private static final Pattern URL = Pattern.compile("jdbc:postgresql://([^/]+)/([^?]+)(\\?.*)?");

    /**
     * The two statements {@code ContactDirectory.contactAt} has Hibernate issue (PersonStore#find,
     * PersonStore#versionAt), as Hibernate 6 renders them for PostgreSQL.
     */
    static final String PERSON_BY_KEY = "select p1_0.id,p1_0.birth_date,p1_0.contact_seq,p1_0.current_name,"
            + "p1_0.foreign_id,p1_0.identity_key,p1_0.judicial_email,p1_0.kind,p1_0.legal_id,p1_0.national_code,"
            + "p1_0.nationality,p1_0.passport_number,p1_0.registered_at,p1_0.registered_by,p1_0.registering_unit_code,"
            + "p1_0.registration_channel,p1_0.registration_number,p1_0.representative_id,p1_0.representative_capacity,"
            + "p1_0.status,p1_0.unit_registration_reason,p1_0.username,p1_0.verification_method,p1_0.verified_at,"
            + "p1_0.verified_by,p1_0.version from person p1_0 where p1_0.identity_key=?";

    static final String VERSION_AT = "select cv1_0.id,cv1_0.channel,cv1_0.recorded_by,cv1_0.request_reference,"
            + "cv1_0.requester_key,cv1_0.source,cv1_0.address_line,cv1_0.city,cv1_0.email,cv1_0.fax,cv1_0.first_name,"
            + "cv1_0.last_name,cv1_0.legal_name,cv1_0.mobile,cv1_0.postal_code,cv1_0.province_code,"
            + "cv1_0.effective_from,cv1_0.person_id,cv1_0.seq from contact_version cv1_0"
            + " where cv1_0.person_id=? and cv1_0.effective_from<=? order by cv1_0.effective_from desc"
            + " fetch first ? rows only";

    private final String url;
    private final String user;
    private final String password;

    Database(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    /** Creates the database when it does not exist (connecting to the server's {@code postgres} database). */
    boolean ensureExists() throws SQLException {
        Matcher m = URL.matcher(url);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a jdbc:postgresql://host:port/db URL: " + url);
        }
        String name = m.group(2);
        String admin = "jdbc:postgresql://" + m.group(1) + "/postgres" + (m.group(3) == null ? "" : m.group(3));
        try (Connection c = DriverManager.getConnection(admin, user, password);
                PreparedStatement exists = c.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, name);
            try (ResultSet rs = exists.executeQuery()) {
                if (rs.next()) {
                    return false;
                }
            }
            if (!name.matches("[A-Za-z0-9_]+")) {
                throw new IllegalArgumentException("database name must be letters, digits and _: " + name);
            }
            try (Statement create = c.createStatement()) {
                create.execute("create database " + name);
            }
            return true;
        }
    }

    /** What the seeding did: rows, time, or that the data were already there. */
    record SeedResult(long persons, long versions, boolean reused, double seconds, List<String> steps) {}

    /**
     * {@code persons} persons with three contact-data versions each, after the schema was migrated by
     * the deployment. Kept between runs: when exactly these seeded rows are there already they are
     * reused (unless {@code reseed}); otherwise earlier seeded rows are deleted and seeded again.
     */
    SeedResult seed(int persons, boolean reseed) throws SQLException {
        long started = System.nanoTime();
        List<String> steps = new ArrayList<>();
        try (Connection c = connect()) {
            long present = count(c, "select count(*) from person where registered_by = '" + Seeded.MARKER + "'");
            if (!reseed
                    && present == persons
                    && exists(c, Seeded.nationalCode(1))
                    && exists(c, Seeded.nationalCode(persons))) {
                long versions = count(
                        c,
                        "select count(*) from contact_version v join person p on p.id = v.person_id"
                                + " where p.registered_by = '" + Seeded.MARKER + "'");
                return new SeedResult(present, versions, true, 0, List.of("seeded rows of an earlier run reused"));
            }
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                if (present > 0) {
                    timed(steps, "delete earlier seeded rows", () -> {
                        s.execute("delete from contact_version where person_id in"
                                + " (select id from person where registered_by = '" + Seeded.MARKER + "')");
                        // person.representative_id references person and has no index: without this
                        // temporary one, each deleted row would scan the table to check the reference.
                        s.execute("create index bench_tmp_representative on person (representative_id)");
                        s.execute("delete from person where registered_by = '" + Seeded.MARKER + "'");
                        s.execute("drop index bench_tmp_representative");
                    });
                }
                // Ids above both the sequences and every existing id; the sequences are advanced after.
                long personBase = count(
                                c,
                                "select greatest((select last_value from person_seq),"
                                        + " (select coalesce(max(id), 0) from person)) + 1000")
                        - 1;
                long versionBase = count(
                                c,
                                "select greatest((select last_value from contact_version_seq),"
                                        + " (select coalesce(max(id), 0) from contact_version)) + 1000")
                        - 1;
                timed(
                        steps,
                        "seed table (national codes with check digit, version times)",
                        () -> s.execute(
                                "create temp table bench_seed on commit drop as select g, " + Seeded.sqlNationalCode()
                                        + " as nc, " + Seeded.sqlTimes()
                                        + " from generate_series(1::bigint, " + persons + "::bigint) g"));
                timed(
                        steps,
                        "insert " + persons + " persons",
                        () -> s.execute("insert into person (id, kind, identity_key, national_code, birth_date,"
                                + " status, registration_channel, registered_by, registered_at, verified_at,"
                                + " verification_method, verified_by, username, current_name, contact_seq, version)"
                                + " select " + personBase + " + g, 'NATURAL', nc, nc,"
                                + " date '1940-01-01' + (g % 25000)::int, 'VERIFIED', 'OFFICE', '"
                                + Seeded.MARKER + "', t1, t1, 'OFFICE_DOCUMENTS', '" + Seeded.MARKER + "', nc, "
                                + firstName() + " || ' ' || " + lastName(3) + ", 3, 0 from bench_seed order by g"));
                // One statement per version number: version 1 of everyone, then 2, then 3, as time
                // would have written them (a person's versions are not next to each other on disk).
                for (int seq = 1; seq <= 3; seq++) {
                    int v = seq;
                    timed(
                            steps,
                            "insert version " + seq + " of each person",
                            () -> s.execute(versionInsert(v, personBase, versionBase)));
                }
                timed(steps, "advance person_seq and contact_version_seq past the seeded ids", () -> {
                    s.execute("select setval('person_seq', " + (personBase + persons + 1000) + ")");
                    s.execute("select setval('contact_version_seq', " + (versionBase + 3L * persons + 1000) + ")");
                });
            }
            timed(steps, "commit", c::commit);
            c.setAutoCommit(true);
            try (Statement s = c.createStatement()) {
                timed(
                        steps,
                        "vacuum analyze person, contact_version",
                        () -> s.execute("vacuum (analyze) person, contact_version"));
            }
            long versions = count(
                    c,
                    "select count(*) from contact_version v join person p on p.id = v.person_id"
                            + " where p.registered_by = '" + Seeded.MARKER + "'");
            return new SeedResult(persons, versions, false, (System.nanoTime() - started) / 1e9, steps);
        }
    }

    private static String firstName() {
        return "(array['علی','مریم','حسین','زهرا','محمد','فاطمه','رضا','سارا','مهدی','نرگس'])[1 + (g % 10)::int]";
    }

    /** Version 3 is a change of last name (S4-12 keeps both). */
    private static String lastName(int seq) {
        return seq < 3 ? "'آزمون ' || g" : "'آزمونی ' || g";
    }

    private static String versionInsert(int seq, long personBase, long versionBase) {
        String channel = seq == 1 ? "'OFFICE'" : seq == 2 ? "'SELF'" : "'AGENCY'";
        String recordedBy = seq == 1 ? "'" + Seeded.MARKER + "'" : seq == 2 ? "nc" : "'benchmark-feed'";
        String requester = seq == 3 ? "null" : "nc";
        String reference = seq == 1 ? "'bench-' || g" : "null";
        String source = seq == 3 ? "'benchmark-feed'" : "null";
        return "insert into contact_version (id, person_id, seq, effective_from, first_name, last_name, mobile,"
                + " email, province_code, city, postal_code, address_line, channel, recorded_by, requester_key,"
                + " request_reference, source)"
                + " select " + versionBase + " + (g - 1) * 3 + " + seq + ", " + personBase + " + g, " + seq + ", t"
                + seq + ", " + firstName() + ", " + lastName(seq) + ","
                + " '0912' || lpad(((g * 3 + " + seq + ") % 10000000)::text, 7, '0'),"
                + (seq == 1 ? " null," : " 'p' || g || '.v" + seq + "@example.ir',")
                + " '23', 'تهران', (1000000000 + (g * 7 + " + seq + ") % 8999999999)::text,"
                + " 'تهران، خیابان آزمون، پلاک ' || g || '/" + seq + "', " + channel + ", " + recordedBy + ", "
                + requester + ", " + reference + ", " + source + " from bench_seed order by g";
    }

    private static boolean exists(Connection c, String identityKey) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select 1 from person where identity_key = ?")) {
            ps.setString(1, identityKey);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    interface SqlStep {
        void run() throws SQLException;
    }

    private static void timed(List<String> steps, String what, SqlStep step) throws SQLException {
        long t = System.nanoTime();
        step.run();
        String line = String.format(java.util.Locale.ROOT, "%s: %.1f s", what, (System.nanoTime() - t) / 1e9);
        steps.add(line);
        System.out.println("[benchmark] seed: " + line);
    }

    /** Result of the direct JDBC measurement of the service's two statements. */
    record JdbcResult(
            Latencies.Summary latency,
            long rightVersion,
            long noneYet,
            long wrong,
            double seconds,
            String load,
            String cpu) {}

    /**
     * The two statements of {@code contactAt} over one JDBC connection, in a transaction per lookup
     * like the service's, for random persons and instants: {@code warmup} unmeasured, then {@code
     * count} measured. Excludes HTTP, authentication, the EJB and Hibernate.
     */
    JdbcResult lookups(int persons, int warmup, int count) throws SQLException {
        Instant now = Instant.now();
        try (Connection c = connect()) {
            c.setAutoCommit(false);
            try (PreparedStatement person = c.prepareStatement(PERSON_BY_KEY);
                    PreparedStatement version = c.prepareStatement(VERSION_AT)) {
                for (int i = 0; i < warmup; i++) {
                    lookup(c, person, version, Lookup.random(persons, now));
                }
                Latencies latencies = new Latencies();
                long right = 0;
                long noneYet = 0;
                long wrong = 0;
                Cpu.Sample cpuFrom = Cpu.sample();
                long start = System.nanoTime();
                for (int i = 0; i < count; i++) {
                    Lookup lookup = Lookup.random(persons, now);
                    long sent = System.nanoTime();
                    int seq = lookup(c, person, version, lookup);
                    latencies.add(System.nanoTime() - sent);
                    if (seq == lookup.expectedVersion()) {
                        if (seq == 0) {
                            noneYet++;
                        } else {
                            right++;
                        }
                    } else {
                        wrong++;
                    }
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                Cpu.Sample cpuTo = Cpu.sample();
                return new JdbcResult(
                        latencies.summary(),
                        right,
                        noneYet,
                        wrong,
                        seconds,
                        cpuFrom.load(),
                        Cpu.describe(cpuFrom, cpuTo));
            }
        }
    }

    /** One lookup; the version number found, 0 for none, -1 for an unknown person. */
    private static int lookup(Connection c, PreparedStatement person, PreparedStatement version, Lookup lookup)
            throws SQLException {
        long personId;
        person.setString(1, lookup.nationalCode());
        try (ResultSet rs = person.executeQuery()) {
            if (!rs.next()) {
                c.commit();
                return -1;
            }
            personId = rs.getLong(1);
        }
        version.setLong(1, personId);
        version.setObject(2, OffsetDateTime.ofInstant(lookup.at(), ZoneOffset.UTC));
        version.setInt(3, 1);
        int seq = 0;
        try (ResultSet rs = version.executeQuery()) {
            if (rs.next()) {
                seq = rs.getInt("seq");
            }
        }
        c.commit();
        return seq;
    }

    /** EXPLAIN (ANALYZE, BUFFERS) of both statements for one random lookup. */
    List<String> explain(int persons) throws SQLException {
        Lookup lookup = Lookup.random(persons, Instant.now());
        List<String> out = new ArrayList<>();
        try (Connection c = connect()) {
            long personId;
            try (PreparedStatement ps = c.prepareStatement("select id from person where identity_key = ?")) {
                ps.setString(1, lookup.nationalCode());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    personId = rs.getLong(1);
                }
            }
            out.add("-- person by identity key (" + lookup.nationalCode() + ")");
            try (PreparedStatement ps = c.prepareStatement("explain (analyze, buffers) " + PERSON_BY_KEY)) {
                ps.setString(1, lookup.nationalCode());
                lines(ps, out);
            }
            out.add("-- version in force at " + lookup.at() + " (expected version " + lookup.expectedVersion() + ")");
            try (PreparedStatement ps = c.prepareStatement("explain (analyze, buffers) " + VERSION_AT)) {
                ps.setLong(1, personId);
                ps.setObject(2, OffsetDateTime.ofInstant(lookup.at(), ZoneOffset.UTC));
                ps.setInt(3, 1);
                lines(ps, out);
            }
        }
        return out;
    }

    private static void lines(PreparedStatement ps, List<String> out) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
    }

    /** The pids of PostgreSQL's backends serving this database (the server's pool, the client's connection). */
    java.util.Set<Long> backendPids() {
        java.util.Set<Long> pids = new java.util.HashSet<>();
        try (Connection c = connect();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select pid from pg_stat_activity where datname = current_database()")) {
            while (rs.next()) {
                pids.add(rs.getLong(1));
            }
        } catch (SQLException e) {
            // unknown this time
        }
        return pids;
    }

    /** Version, settings that matter for the figures, and table sizes. */
    Map<String, String> describe() throws SQLException {
        Map<String, String> info = new TreeMap<>();
        try (Connection c = connect();
                Statement s = c.createStatement()) {
            for (String[] q : new String[][] {
                {"version", "select version()"},
                {"shared_buffers", "show shared_buffers"},
                {"effective_cache_size", "show effective_cache_size"},
                {"random_page_cost", "show random_page_cost"},
                {"synchronous_commit", "show synchronous_commit"},
                {"persons (all)", "select count(*) from person"},
                {"contact versions (all)", "select count(*) from contact_version"},
                {"size of person", "select pg_size_pretty(pg_total_relation_size('person'))"},
                {"size of contact_version", "select pg_size_pretty(pg_total_relation_size('contact_version'))"},
                {
                    "indexes of contact_version",
                    "select string_agg(indexname || ': ' || indexdef, '; ' order by indexname) from pg_indexes"
                            + " where tablename = 'contact_version'"
                },
            }) {
                try (ResultSet rs = s.executeQuery(q[1])) {
                    rs.next();
                    info.put(q[0], rs.getString(1));
                }
            }
        }
        return info;
    }
}
