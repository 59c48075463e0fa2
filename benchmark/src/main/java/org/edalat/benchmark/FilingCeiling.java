package org.edalat.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The database's ceiling for report submissions: {@code pgbench} running, in one transaction per
 * report, the statements {@code ReportIntake.submit} has the database execute for a report with two
 * documents (read in the code: {@code ReportIntake}, {@code FilingSteps}, {@code
 * DatabaseDocumentStore}, {@code AuditTrail}, {@code CaseIntake}), against copies of the tables in
 * a schema of its own ({@value #SCHEMA}, same columns, indexes and constraints, built with {@code
 * LIKE ... INCLUDING ALL} plus the foreign keys), so the application's data and audit chain stay
 * untouched:
 *
 * <ol>
 *   <li>the look-up of an earlier report with the request id, the check that the unit exists;
 *   <li>the filing row; an audit entry (every one: the chain head read {@code FOR UPDATE}, the entry
 *       with its SHA-256, the head updated; the head stays locked to the commit, as in the service);
 *   <li>per document: its SHA-256, the look-up in the store, the {@code stored_document} row with
 *       the content (unique per filing: a 10-byte prefix on one of 64 random 100 KB blocks, so
 *       incompressible like the benchmark's PNGs), the {@code filing_document} row, the filing's
 *       version, an audit entry;
 *   <li>fee computed (nothing due) and paid: two updates of the filing, two audit entries;
 *   <li>the tracking code: its look-up, the update with the access secret's hash, an audit entry;
 *   <li>sent: the update, the {@code registered_case} row (S4-6), an audit entry; commit.
 * </ol>
 *
 * That is 7 audit entries, 2 document and 2 content rows, 1 filing, 1 case, 6 updates of the filing,
 * as the service writes. What it leaves out is the application's own work (HTTP, JSON and base64,
 * authentication, the document inspection and the SHA-256 in Java, Hibernate) and the transfer of the
 * documents to the database: the content is put together inside PostgreSQL. It is the ceiling the
 * database sets on this machine, the same number of clients as the REST load.
 */
final class FilingCeiling {
    static final String SCHEMA = "bench_ceiling";
    private static final int BLOBS = 64;

    record Result(
            int clients,
            double seconds,
            long transactions,
            double tps,
            double latencyMillis,
            long failed,
            long filings,
            long documents,
            long auditEntries,
            String load,
            String cpu,
            String command) {}

    private final Settings settings;
    private final Database db;
    private final int documentBytes;

    FilingCeiling(Settings settings, Database db, int documentBytes) {
        this.settings = settings;
        this.db = db;
        this.documentBytes = documentBytes;
    }

    /** Builds the schema of copies and the random blocks; drops what an earlier run left. */
    void prepare() throws SQLException {
        try (Connection c = db.connect();
                Statement s = c.createStatement()) {
            s.execute("drop schema if exists " + SCHEMA + " cascade");
            s.execute("create schema " + SCHEMA);
            for (String table : List.of(
                    "stored_document",
                    "filing",
                    "filing_document",
                    "registered_case",
                    "audit_entry",
                    "audit_chain_head")) {
                s.execute("create table " + SCHEMA + "." + table + " (like public." + table + " including all)");
            }
            s.execute("alter table " + SCHEMA + ".filing_document add foreign key (filing_id) references " + SCHEMA
                    + ".filing (id)");
            s.execute("alter table " + SCHEMA + ".filing_document add foreign key (digest) references " + SCHEMA
                    + ".stored_document (digest)");
            s.execute("alter table " + SCHEMA + ".registered_case add foreign key (filing_id) references " + SCHEMA
                    + ".filing (id)");
            for (String sequence :
                    List.of("filing_seq", "filing_document_seq", "registered_case_seq", "audit_entry_seq")) {
                s.execute("create sequence " + SCHEMA + "." + sequence);
            }
            s.execute("insert into " + SCHEMA
                    + ".audit_chain_head (id, last_position, last_hash) values (1, 0, repeat('0', 64))");
            s.execute("create table " + SCHEMA + ".blob (id integer primary key, content bytea not null)");
            s.execute("insert into " + SCHEMA
                    + ".blob (id, content) select g, (select string_agg(decode(md5(random()::text"
                    + " || g || '-' || n), 'hex'), ''::bytea) from generate_series(1, " + (documentBytes / 16) + ") n)"
                    + " from generate_series(1, " + BLOBS + ") g");
            s.execute("vacuum analyze " + SCHEMA + ".blob");
        }
    }

    /** Runs pgbench for {@code warmupSeconds} (not counted), then {@code seconds}. */
    Result run(int clients, int warmupSeconds, int seconds) throws Exception {
        Path script = Files.createTempFile("filing-ceiling", ".sql");
        try {
            Files.writeString(script, script(documentBytes), StandardCharsets.UTF_8);
            if (warmupSeconds > 0) {
                pgbench(script, clients, warmupSeconds);
            }
            Cpu.Sample from = Cpu.sample();
            String out = pgbench(script, clients, seconds);
            Cpu.Sample to = Cpu.sample();
            long filings;
            long documents;
            long audits;
            try (Connection c = db.connect()) {
                filings = Database.count(c, "select count(*) from " + SCHEMA + ".filing where step = 'SENT'");
                documents = Database.count(c, "select count(*) from " + SCHEMA + ".stored_document");
                audits = Database.count(c, "select count(*) from " + SCHEMA + ".audit_entry");
            }
            return new Result(
                    clients,
                    seconds,
                    number(out, "number of transactions actually processed: ([0-9]+)")
                            .longValue(),
                    number(out, "tps = ([0-9.]+) \\(without initial connection time\\)")
                            .doubleValue(),
                    number(out, "latency average = ([0-9.]+) ms").doubleValue(),
                    failed(out),
                    filings,
                    documents,
                    audits,
                    from.load(),
                    Cpu.describe(from, to),
                    String.join(" ", command(Path.of("filing-ceiling.sql"), clients, seconds)));
        } finally {
            Files.deleteIfExists(script);
        }
    }

    private String pgbench(Path script, int clients, int seconds) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command(script, clients, seconds)).redirectErrorStream(true);
        builder.environment().put("PGPASSWORD", settings.dbPassword());
        Process process = builder.start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(seconds + 120L, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("pgbench did not finish");
        }
        String text = new String(output, StandardCharsets.UTF_8);
        if (process.exitValue() != 0) {
            throw new IllegalStateException("pgbench failed (" + process.exitValue() + "):\n" + text);
        }
        return text;
    }

    private List<String> command(Path script, int clients, int seconds) {
        Matcher m = Pattern.compile("jdbc:postgresql://([^:/]+)(?::([0-9]+))?/([^?]+).*")
                .matcher(settings.dbUrl());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a jdbc:postgresql://host:port/db URL: " + settings.dbUrl());
        }
        List<String> command = new ArrayList<>(List.of(
                "pgbench",
                "-h",
                m.group(1),
                "-p",
                m.group(2) == null ? "5432" : m.group(2),
                "-U",
                settings.dbUser(),
                "-n",
                "-M",
                "simple",
                "-c",
                String.valueOf(clients),
                "-j",
                String.valueOf(Math.min(clients, 2)),
                "-T",
                String.valueOf(seconds),
                "-f",
                script.toString(),
                m.group(3)));
        return command;
    }

    private static Number number(String out, String regex) {
        Matcher m = Pattern.compile(regex).matcher(out);
        if (!m.find()) {
            throw new IllegalStateException("no /" + regex + "/ in pgbench's output:\n" + out);
        }
        return Double.valueOf(m.group(1));
    }

    private static long failed(String out) {
        Matcher m = Pattern.compile("number of failed transactions: ([0-9]+)").matcher(out);
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }

    /** The pgbench script: one report with two documents per transaction. */
    static String script(int documentBytes) {
        String s = SCHEMA;
        StringBuilder sql = new StringBuilder();
        sql.append("\\set b1 random(1, ").append(BLOBS).append(")\n");
        sql.append("\\set b2 random(1, ").append(BLOBS).append(")\n");
        sql.append("BEGIN;\n");
        sql.append("SELECT nextval('").append(s).append(".filing_seq') AS fid \\gset\n");
        sql.append("SELECT f.id, f.tracking_code FROM ")
                .append(s)
                .append(".filing f WHERE f.filer_username = 'agency' AND f.client_request_id = 'bench-:fid';\n");
        sql.append("SELECT count(u.code) FROM judicial_unit u WHERE u.code = 'TEH-CIV';\n");
        sql.append("INSERT INTO ")
                .append(s)
                .append(".filing (id, kind, path, step, filer_username, unit_code, subject,"
                        + " body, classified, client_request_id, created_at, version) VALUES (:fid, 'OFFICER_REPORT', 'PORTAL',"
                        + " 'DRAFTED', 'agency', 'TEH-CIV', 'گزارش ضابط (سنجش کارایی)', 'گزارش ضابط دربارهٔ رویدادی که در سنجش"
                        + " کارایی ثبت می‌شود.', false, 'bench-:fid', now(), 0);\n");
        audit(sql, "filing.drafted", "S0-5", "OFFICER_REPORT PORTAL: request bench-:fid to unit TEH-CIV");
        for (int seq = 1; seq <= 2; seq++) {
            String blob = ":b" + seq;
            String content = "int8send(:fid::int8) || int2send(" + seq + "::int2) || b.content";
            sql.append("SELECT encode(sha256(")
                    .append(content)
                    .append("), 'hex') AS d")
                    .append(seq)
                    .append(" FROM ")
                    .append(s)
                    .append(".blob b WHERE b.id = ")
                    .append(blob)
                    .append(" \\gset\n");
            sql.append("SELECT count(d.digest) FROM ")
                    .append(s)
                    .append(".stored_document d WHERE d.digest = ':d")
                    .append(seq)
                    .append("';\n");
            sql.append("INSERT INTO ")
                    .append(s)
                    .append(".stored_document (digest, content, size_bytes, stored_at) SELECT ':d")
                    .append(seq)
                    .append("', ")
                    .append(content)
                    .append(", length(b.content) + 10, now() FROM ")
                    .append(s)
                    .append(".blob b WHERE b.id = ")
                    .append(blob)
                    .append(";\n");
            sql.append("INSERT INTO ")
                    .append(s)
                    .append(".filing_document (id, filing_id, seq, digest, file_name, media_type,"
                            + " size_bytes, pages) VALUES (nextval('")
                    .append(s)
                    .append(".filing_document_seq'), :fid, ")
                    .append(seq)
                    .append(", ':d")
                    .append(seq)
                    .append("', 'scan-")
                    .append(seq)
                    .append(".png', 'image/png', ")
                    .append(documentBytes + 10)
                    .append(", 1);\n");
            sql.append("UPDATE ").append(s).append(".filing SET version = version + 1 WHERE id = :fid;\n");
            audit(sql, "filing.document", "S0-5", "document " + seq + " PNG 1 page(s), sha256 :d" + seq);
        }
        sql.append("UPDATE ")
                .append(s)
                .append(".filing SET step = 'FEE_COMPUTED', judicial_fee = 0, fee_schedule_version ="
                        + " 'FS-1404', fee_basis = 'NO_FEE_REPORT', version = version + 1 WHERE id = :fid;\n");
        audit(sql, "filing.fee-computed", "S0-5", "OFFICER_REPORT PORTAL: no fee for a report");
        sql.append("UPDATE ")
                .append(s)
                .append(".filing SET step = 'PAID', payment_basis = 'NOTHING_DUE', version = version + 1"
                        + " WHERE id = :fid;\n");
        audit(sql, "filing.paid", "S0-13.1", "OFFICER_REPORT PORTAL: nothing due");
        String code = "(1000000000000000 + :fid)::text";
        sql.append("SELECT count(f.id) FROM ")
                .append(s)
                .append(".filing f WHERE f.tracking_code = ")
                .append(code)
                .append(";\n");
        sql.append("UPDATE ")
                .append(s)
                .append(".filing SET step = 'TRACKING_CODE_ISSUED', tracking_code = ")
                .append(code)
                .append(", access_secret_hash = encode(sha256(convert_to('secret-:fid', 'UTF8')), 'hex'), version ="
                        + " version + 1 WHERE id = :fid;\n");
        audit(sql, "filing.tracking-code-issued", "S0-5", "OFFICER_REPORT PORTAL: tracking code :fid");
        sql.append("UPDATE ")
                .append(s)
                .append(".filing SET step = 'SENT', sent_at = now(), version = version + 1 WHERE id =" + " :fid;\n");
        sql.append("INSERT INTO ")
                .append(s)
                .append(".registered_case (id, filing_id, unit_code, kind, tracking_code, subject,"
                        + " classified, status, registered_at, version) VALUES (nextval('")
                .append(s)
                .append(".registered_case_seq'), :fid, 'TEH-CIV', 'OFFICER_REPORT', ")
                .append(code)
                .append(", 'گزارش ضابط (سنجش کارایی)', false, 'AWAITING_REFERRAL', now(), 0);\n");
        audit(sql, "filing.sent", "S4-6", "OFFICER_REPORT PORTAL: to unit TEH-CIV, awaiting referral");
        sql.append("COMMIT;\n");
        return sql.toString();
    }

    /** One audit entry as {@code AuditTrail.record} writes it: head locked, entry with its hash, head moved. */
    private static void audit(StringBuilder sql, String action, String rule, String detail) {
        String s = SCHEMA;
        sql.append("SELECT h.last_position AS pos, h.last_hash AS prev FROM ")
                .append(s)
                .append(".audit_chain_head h WHERE h.id = 1 FOR UPDATE \\gset\n");
        sql.append("INSERT INTO ")
                .append(s)
                .append(".audit_entry (id, position, occurred_at, actor, actor_role, action,"
                        + " entity_type, entity_id, rule_id, detail, prev_hash, hash) VALUES (nextval('")
                .append(s)
                .append(".audit_entry_seq'), :pos + 1, now(), 'agency', 'AGENCY_API', '")
                .append(action)
                .append("', 'Filing', ':fid', '")
                .append(rule)
                .append("', '")
                .append(detail)
                .append("', ':prev', encode(sha256(convert_to(':prev|' || (:pos + 1) || '|agency|AGENCY_API|")
                .append(action)
                .append("|Filing|:fid|")
                .append(rule)
                .append("|")
                .append(detail)
                .append("', 'UTF8')), 'hex')) RETURNING hash AS h \\gset\n");
        sql.append("UPDATE ")
                .append(s)
                .append(".audit_chain_head SET last_position = :pos + 1, last_hash = ':h' WHERE id = 1;\n");
    }
}
