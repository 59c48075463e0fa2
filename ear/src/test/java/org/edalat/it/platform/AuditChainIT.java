package org.edalat.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.edalat.it.support.As;
import org.edalat.it.support.Deployments;
import org.edalat.it.support.ItUsers;
import org.edalat.platform.audit.AuditChainVerifier;
import org.edalat.platform.audit.AuditEntry;
import org.edalat.platform.audit.AuditTrail;
import org.edalat.platform.audit.ChainVerification;
import org.edalat.platform.security.Role;
import org.edalat.platform.security.UserAccountService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The audit hash chain deployed for real: linear under concurrent writers, tampering by hand in the
 * database is found, entries name actor, role, rule and time, and only ADMIN may verify.
 */
@ExtendWith(ArquillianExtension.class)
class AuditChainIT {
    private static final int WRITERS = 8;
    private static final int ENTRIES_PER_WRITER = 25;

    /** Eight different fixture users, one per role; each records in its own role. */
    private static final List<Role> WRITER_ROLES = List.of(
            Role.CITIZEN,
            Role.OFFICE_CLERK,
            Role.OFFICE_MANAGER,
            Role.REFERRAL_AUTHORITY,
            Role.BRANCH_CLERK,
            Role.JUDGE,
            Role.NOTICE_OFFICER,
            Role.INSPECTOR);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Resource(lookup = "java:jboss/datasources/EdalatDS")
    DataSource dataSource;

    @EJB
    AuditTrail audit;

    @EJB
    AuditChainVerifier verifier;

    @EJB
    UserAccountService accounts;

    @Test
    void concurrentWritersKeepTheChainLinear_S4_29() throws Exception {
        assertEquals(WRITERS, WRITER_ROLES.size());
        String batch = "concurrent-" + UUID.randomUUID();
        // Authenticate here, on the request thread: the worker threads only run as these identities.
        Map<Role, As> users = new EnumMap<>(Role.class);
        for (Role role : WRITER_ROLES) {
            users.put(role, As.role(role));
        }
        long before = headPosition();

        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        CyclicBarrier start = new CyclicBarrier(WRITERS);
        Map<Role, List<Long>> positionsByRole = new EnumMap<>(Role.class);
        try {
            Map<Role, Future<List<Long>>> futures = new EnumMap<>(Role.class);
            for (Role role : WRITER_ROLES) {
                As user = users.get(role);
                futures.put(role, pool.submit(() -> {
                    start.await(30, TimeUnit.SECONDS);
                    return user.call(() -> {
                        List<Long> positions = new ArrayList<>();
                        for (int i = 0; i < ENTRIES_PER_WRITER; i++) {
                            AuditEntry entry = audit.record(
                                    role, "it.concurrent", "AuditChainIT", batch, "S4-29", role + " #" + i);
                            positions.add(entry.getPosition());
                        }
                        return positions;
                    });
                }));
            }
            for (Map.Entry<Role, Future<List<Long>>> f : futures.entrySet()) {
                positionsByRole.put(f.getKey(), f.getValue().get(180, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
        long after = headPosition();

        int total = WRITERS * ENTRIES_PER_WRITER;
        assertEquals(total, after - before, "the head advanced by exactly the entries written");
        // each writer saw its own entries at increasing positions
        for (Map.Entry<Role, List<Long>> e : positionsByRole.entrySet()) {
            List<Long> positions = e.getValue();
            assertEquals(ENTRIES_PER_WRITER, positions.size(), e.getKey().name());
            for (int i = 1; i < positions.size(); i++) {
                assertTrue(positions.get(i) > positions.get(i - 1), e.getKey() + " positions " + positions);
            }
        }
        // the rows between the two heads: 200 distinct, consecutive positions, all ours
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("select count(*), count(distinct position), min(position),"
                        + " max(position) from audit_entry where position > ? and position <= ?")) {
            s.setLong(1, before);
            s.setLong(2, after);
            try (ResultSet rs = s.executeQuery()) {
                assertTrue(rs.next());
                assertEquals(total, rs.getLong(1), "rows between the heads");
                assertEquals(total, rs.getLong(2), "distinct positions between the heads");
                assertEquals(before + 1, rs.getLong(3), "first position");
                assertEquals(after, rs.getLong(4), "last position");
            }
        }
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(
                        "select position, count(*) from audit_entry group by position having count(*) > 1")) {
            assertFalse(rs.next(), "no duplicate position in the whole trail");
        }
        Map<String, Long> perActor = new HashMap<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "select actor, actor_role, count(*) from audit_entry where entity_id = ? group by actor, actor_role")) {
            s.setString(1, batch);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String actor = rs.getString(1);
                    Role role = Role.valueOf(rs.getString(2));
                    assertEquals(ItUsers.username(role), actor, "each entry names the user who wrote it");
                    perActor.put(actor, rs.getLong(3));
                }
            }
        }
        assertEquals(WRITERS, perActor.size(), "one actor per writer: " + perActor);
        perActor.forEach((actor, n) -> assertEquals(ENTRIES_PER_WRITER, n, actor));

        ChainVerification verification = As.role(Role.ADMIN).call(verifier::verify);
        assertTrue(verification.intact(), verification::toString);
        assertTrue(verification.entriesChecked() >= after, verification::toString);
    }

    @Test
    void verifierFindsARowChangedByHandInTheDatabase_S4_29() throws Exception {
        As admin = As.role(Role.ADMIN);
        String original = "tamper target " + UUID.randomUUID();
        AuditEntry entry = admin.call(
                () -> audit.record(Role.ADMIN, "it.tamper-target", "AuditChainIT", "tamper", "S4-29", original));
        long position = entry.getPosition();
        ChainVerification before = admin.call(verifier::verify);
        assertTrue(before.intact(), () -> "intact before the change: " + before);

        try {
            // as someone with database access would: a plain UPDATE, bypassing the application
            assertEquals(1, updateDetail(position, original + " (changed by hand)"));

            ChainVerification tampered = admin.call(verifier::verify);

            assertFalse(tampered.intact(), tampered::toString);
            assertEquals(Long.valueOf(position), tampered.firstBrokenPosition(), tampered::toString);
            assertNotNull(tampered.problem());
            assertTrue(tampered.problem().contains("hash mismatch"), tampered.problem());
            assertTrue(tampered.entriesChecked() <= position, tampered::toString);
        } finally {
            // other ITs share the database and expect an intact chain
            updateDetail(position, original);
        }

        ChainVerification restored = admin.call(verifier::verify);
        assertTrue(restored.intact(), () -> "intact again after restoring the value: " + restored);
    }

    @Test
    void auditEntriesNameActorRoleRuleAndTime_S4_28() throws Exception {
        As admin = As.role(Role.ADMIN);
        String username = "it-" + UUID.randomUUID().toString().substring(0, 8);

        admin.call(() -> accounts.open(username, "کاربر ممیزی", "Secret-2026", EnumSet.of(Role.INSPECTOR)));

        List<AuditEntry> latest = admin.call(() -> verifier.latest(0, 1));
        assertEquals(1, latest.size());
        AuditEntry entry = latest.get(0);
        Instant now = Instant.now();
        assertEquals(ItUsers.username(Role.ADMIN), entry.getActor(), entry::toString);
        assertEquals("ADMIN", entry.getActorRole(), entry::toString);
        assertEquals("user.open", entry.getAction(), entry::toString);
        assertEquals("UserAccount", entry.getEntityType(), entry::toString);
        assertEquals(username, entry.getEntityId(), entry::toString);
        assertEquals("S4-28", entry.getRuleId(), entry::toString);
        Instant occurredAt = entry.getOccurredAt();
        assertNotNull(occurredAt);
        assertFalse(occurredAt.isAfter(now), () -> occurredAt + " is after " + now);
        assertTrue(
                occurredAt.isAfter(now.minus(Duration.ofMinutes(1))),
                () -> occurredAt + " not within a minute of " + now + " (UTC): time zone handling of occurred_at?");
    }

    @Test
    void onlyAdminMayVerify_S4_28() {
        assertThrows(EJBAccessException.class, () -> As.role(Role.JUDGE).call(verifier::verify));
        assertThrows(EJBAccessException.class, () -> As.role(Role.INSPECTOR).call(verifier::verify));
        assertThrows(EJBAccessException.class, () -> As.role(Role.AGENCY_API).call(() -> verifier.latest(0, 1)));
    }

    private long headPosition() throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select last_position from audit_chain_head where id = 1")) {
            assertTrue(rs.next(), "chain head row present");
            return rs.getLong(1);
        }
    }

    private int updateDetail(long position, String detail) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("update audit_entry set detail = ? where position = ?")) {
            s.setString(1, detail);
            s.setLong(2, position);
            int updated = s.executeUpdate();
            if (!c.getAutoCommit()) {
                c.commit();
            }
            return updated;
        }
    }
}
