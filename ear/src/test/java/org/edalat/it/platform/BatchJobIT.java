package org.edalat.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.edalat.it.support.As;
import org.edalat.it.support.Deployments;
import org.edalat.platform.batch.JobControl;
import org.edalat.platform.batch.JobRun;
import org.edalat.platform.security.Role;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Jakarta Batch deployed for real: the audit-chain verification job runs with the starter's identity,
 * its history is in the JBeret JDBC job repository inside the application's database (so it
 * survives a restart), runs are listed newest first, and only ADMIN may start jobs.
 */
@ExtendWith(ArquillianExtension.class)
class BatchJobIT {
    static final String JOB = JobControl.AUDIT_VERIFICATION;

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final long POLL_MILLIS = 250;
    private static final Set<String> TERMINAL = Set.of("COMPLETED", "FAILED", "STOPPED", "ABANDONED");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Resource(lookup = "java:jboss/datasources/EdalatDS")
    DataSource dataSource;

    @EJB
    JobControl jobs;

    @Test
    void auditVerificationJobRunsAndItsHistoryIsInTheApplicationDatabase() throws Exception {
        As admin = As.role(Role.ADMIN);

        long id = admin.call(jobs::startAuditVerification);
        JobRun run = awaitEnd(admin, id);

        assertEquals("COMPLETED", run.status(), () -> "job failed (see server.log): " + run);
        assertEquals(JOB, run.jobName(), run::toString);
        assertNotNull(run.exitStatus(), run::toString);
        assertTrue(run.exitStatus().startsWith("INTACT"), run::toString);

        // The job repository is the application's database: the execution is a row there.
        try (Connection c = dataSource.getConnection()) {
            Repository repo = Repository.discover(c);
            System.out.println("BatchJobIT: JBeret tables in EdalatDS: " + repo.jberetTables());
            try (PreparedStatement s = c.prepareStatement("select e." + repo.col("JOB_EXECUTION", "BATCHSTATUS")
                    + ", e." + repo.col("JOB_EXECUTION", "EXITSTATUS")
                    + ", i." + repo.col("JOB_INSTANCE", "JOBNAME")
                    + " from " + repo.table("JOB_EXECUTION") + " e join " + repo.table("JOB_INSTANCE") + " i on i."
                    + repo.col("JOB_INSTANCE", "JOBINSTANCEID") + " = e." + repo.col("JOB_EXECUTION", "JOBINSTANCEID")
                    + " where e." + repo.col("JOB_EXECUTION", "JOBEXECUTIONID") + " = ?")) {
                s.setLong(1, id);
                try (ResultSet rs = s.executeQuery()) {
                    assertTrue(rs.next(), "execution " + id + " is in the application database");
                    assertEquals("COMPLETED", rs.getString(1));
                    assertEquals(run.exitStatus(), rs.getString(2));
                    assertEquals(JOB, rs.getString(3));
                    assertFalse(rs.next(), "one row per execution");
                }
            }
            try (PreparedStatement s = c.prepareStatement("select " + repo.col("STEP_EXECUTION", "STEPNAME") + ", "
                    + repo.col("STEP_EXECUTION", "BATCHSTATUS") + " from " + repo.table("STEP_EXECUTION")
                    + " where " + repo.col("STEP_EXECUTION", "JOBEXECUTIONID") + " = ?")) {
                s.setLong(1, id);
                try (ResultSet rs = s.executeQuery()) {
                    assertTrue(rs.next(), "the step of execution " + id + " is in the application database");
                    assertEquals("verify", rs.getString(1));
                    assertEquals("COMPLETED", rs.getString(2));
                    assertFalse(rs.next(), "the job has one step");
                }
            }
        }
    }

    @Test
    void recentRunsListsTheNewestFirst() throws Exception {
        As admin = As.role(Role.ADMIN);

        long first = admin.call(jobs::startAuditVerification);
        long second = admin.call(jobs::startAuditVerification);
        assertTrue(second > first, () -> first + " then " + second);
        assertEquals("COMPLETED", awaitEnd(admin, first).status());
        assertEquals("COMPLETED", awaitEnd(admin, second).status());

        List<JobRun> recent = admin.call(() -> jobs.recentRuns(JOB, 10));

        assertFalse(recent.isEmpty());
        assertTrue(recent.size() <= 10, recent::toString);
        assertEquals(second, recent.get(0).executionId(), recent::toString);
        assertEquals(first, recent.get(1).executionId(), recent::toString);
        for (int i = 1; i < recent.size(); i++) {
            assertTrue(recent.get(i).executionId() < recent.get(i - 1).executionId(), recent::toString);
        }
    }

    @Test
    void onlyAdminMayStartJobs_S4_28() throws Exception {
        assertThrows(EJBAccessException.class, () -> As.role(Role.JUDGE).call(jobs::startAuditVerification));
        assertThrows(EJBAccessException.class, () -> As.role(Role.JUDGE).call(() -> jobs.recentRuns(JOB, 10)));
    }

    private JobRun awaitEnd(As admin, long id) throws Exception {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (true) {
            JobRun run = admin.call(() -> jobs.run(id));
            if (TERMINAL.contains(run.status())) {
                return run;
            }
            if (System.nanoTime() > deadline) {
                fail("execution " + id + " did not end within " + TIMEOUT + ": " + run);
            }
            Thread.sleep(POLL_MILLIS);
        }
    }

    /**
     * The JBeret tables and columns as the running database stores them (H2 keeps unquoted names in
     * upper case, PostgreSQL in lower case), quoted for use in SQL.
     */
    static final class Repository {
        private final DatabaseMetaData meta;
        private final String quote;
        /** upper-case name -> [schema, stored name] */
        private final Map<String, String[]> tables;

        private Repository(DatabaseMetaData meta, Map<String, String[]> tables) throws SQLException {
            this.meta = meta;
            String q = meta.getIdentifierQuoteString();
            this.quote = q == null || q.isBlank() ? "" : q;
            this.tables = tables;
        }

        static Repository discover(Connection c) throws SQLException {
            DatabaseMetaData meta = c.getMetaData();
            String schema = c.getSchema();
            Map<String, String[]> tables = new TreeMap<>();
            try (ResultSet rs = meta.getTables(null, null, "%", null)) {
                while (rs.next()) {
                    String tableSchema = rs.getString("TABLE_SCHEM");
                    if (schema != null && tableSchema != null && !tableSchema.equalsIgnoreCase(schema)) {
                        continue;
                    }
                    String name = rs.getString("TABLE_NAME");
                    tables.putIfAbsent(name.toUpperCase(Locale.ROOT), new String[] {tableSchema, name});
                }
            }
            return new Repository(meta, tables);
        }

        /** The JBeret tables found, by their stored names. */
        List<String> jberetTables() {
            return tables.entrySet().stream()
                    .filter(e -> e.getKey().startsWith("JOB_")
                            || e.getKey().startsWith("STEP_")
                            || e.getKey().startsWith("PARTITION_"))
                    .map(e -> e.getValue()[1])
                    .toList();
        }

        String table(String name) {
            return quote + stored(name)[1] + quote;
        }

        String col(String table, String column) throws SQLException {
            String[] t = stored(table);
            String escape = meta.getSearchStringEscape();
            String pattern = escape == null ? t[1] : t[1].replace("_", escape + "_");
            List<String> seen = new ArrayList<>();
            try (ResultSet rs = meta.getColumns(null, t[0], pattern, "%")) {
                while (rs.next()) {
                    if (!rs.getString("TABLE_NAME").equals(t[1])) {
                        continue;
                    }
                    String name = rs.getString("COLUMN_NAME");
                    if (name.equalsIgnoreCase(column)) {
                        return quote + name + quote;
                    }
                    seen.add(name);
                }
            }
            throw new AssertionError("no column " + column + " in " + t[1] + " (columns: " + seen + ")");
        }

        private String[] stored(String name) {
            String[] t = tables.get(name.toUpperCase(Locale.ROOT));
            if (t == null) {
                throw new AssertionError(
                        "no table " + name + " in the application database; JBeret tables: " + jberetTables());
            }
            return t;
        }
    }
}
