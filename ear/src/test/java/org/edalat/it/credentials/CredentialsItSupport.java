package org.edalat.it.credentials;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.edalat.platform.audit.AuditEntry;
import org.edalat.platform.security.LoginEvent;
import org.edalat.platform.security.Role;
import org.edalat.platform.security.UserAccount;

/**
 * Test-only access to the database for the credential ITs: each test opens its own accounts (so
 * locking them disturbs no other test) and reads the state the application wrote.
 */
@Stateless
public class CredentialsItSupport {
    static final String PASSWORD = "Cred-It-1405";

    @PersistenceContext(unitName = "edalat")
    private EntityManager em;

    /** A fresh CITIZEN account with {@link #PASSWORD}. */
    public String openAccount(String prefix) {
        String username = fresh(prefix);
        em.persist(UserAccount.open(username, "آزمون " + username, PASSWORD, EnumSet.of(Role.CITIZEN), Instant.now()));
        return username;
    }

    /** A fresh CITIZEN account with a generated password its holder must change. */
    public String openWithInitialPassword(String prefix, String initialPassword) {
        String username = fresh(prefix);
        em.persist(UserAccount.openWithInitialPassword(
                username, "آزمون " + username, EnumSet.of(Role.CITIZEN), initialPassword, Instant.now()));
        return username;
    }

    public UserAccount account(String username) {
        return em.createQuery("select u from UserAccount u where u.username = :u", UserAccount.class)
                .setParameter("u", username)
                .getSingleResult();
    }

    /** Moves the end of the lock into the past, as if its fifteen minutes had gone by. */
    public void letTheLockRunOut(String username) {
        int updated = em.createQuery("update UserAccount u set u.lockedUntil = :t where u.username = :u")
                .setParameter("t", Instant.now().minusSeconds(1))
                .setParameter("u", username)
                .executeUpdate();
        if (updated != 1) {
            throw new IllegalStateException("no account " + username);
        }
    }

    /** The account's login events, newest first. */
    public List<LoginEvent> events(String username) {
        return em.createQuery(
                        "select e from LoginEvent e where e.username = :u order by e.occurredAt desc, e.id desc",
                        LoginEvent.class)
                .setParameter("u", username)
                .getResultList();
    }

    /** Audit entries about this account with this action. */
    public List<AuditEntry> audit(String username, String action) {
        return em.createQuery(
                        "select a from AuditEntry a where a.entityId = :u and a.action = :a order by a.position",
                        AuditEntry.class)
                .setParameter("u", username)
                .setParameter("a", action)
                .getResultList();
    }

    private static String fresh(String prefix) {
        return "cr-" + prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
