package org.edalat.platform.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import org.edalat.platform.security.Role;
import org.hibernate.jpa.HibernateHints;

/**
 * Reads the audit trail for the administrator: verifies the whole hash chain and lists entries
 * newest first.
 */
@Stateless
public class AuditChainVerifier {

    /** Entries read per page while verifying. */
    static final int PAGE_SIZE = 500;

    /** Largest page {@link #latest} returns. */
    public static final int MAX_PAGE = 500;

    /** Times the walk resumes for entries committed while it ran, before it settles. */
    private static final int MAX_ROUNDS = 5;

    @PersistenceContext(unitName = "edalat")
    private EntityManager em;

    /**
     * Walks every entry in position order (keyset pages of {@value #PAGE_SIZE}, persistence context
     * cleared between pages so memory stays flat), then checks the chain head.
     *
     * <p>Runs outside any transaction, so it never touches a caller's persistence context and has no
     * transaction timeout. Entries committed while it runs are picked up: if the head is ahead of
     * the last entry read, the walk resumes from there (a head still ahead after that means rows are
     * missing at the tail).
     */
    @RolesAllowed(Role.Names.ADMIN)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public ChainVerification verify() {
        AuditChain.Walker walker = AuditChain.walker();
        AuditChainHead head;
        int rounds = 0;
        while (true) {
            long before = walker.lastPosition();
            walk(walker);
            em.clear();
            head = em.find(AuditChainHead.class, AuditChainHead.ID);
            boolean caughtUp = head == null || head.getLastPosition() <= walker.lastPosition();
            boolean progressed = walker.lastPosition() > before;
            if (!walker.isIntactSoFar() || caughtUp || !progressed || ++rounds >= MAX_ROUNDS) {
                break;
            }
        }
        return walker.finish(head);
    }

    private void walk(AuditChain.Walker walker) {
        while (walker.isIntactSoFar()) {
            List<AuditEntry> page = em.createQuery(
                            "select e from AuditEntry e where e.position > :after order by e.position",
                            AuditEntry.class)
                    .setParameter("after", walker.lastPosition())
                    .setMaxResults(PAGE_SIZE)
                    .setHint(HibernateHints.HINT_READ_ONLY, true)
                    .getResultList();
            for (AuditEntry entry : page) {
                if (!walker.accept(entry)) {
                    break;
                }
            }
            em.clear();
            if (page.size() < PAGE_SIZE) {
                return;
            }
        }
    }

    /**
     * A page of entries, newest first.
     *
     * @param first index of the first entry (0 = newest)
     * @param max page size, 1 to {@value #MAX_PAGE}
     */
    @RolesAllowed(Role.Names.ADMIN)
    public List<AuditEntry> latest(int first, int max) {
        return latest(null, first, max);
    }

    /**
     * Like {@link #latest(int, int)}, only entries that occurred at or after {@code since} (all
     * when null).
     */
    @RolesAllowed(Role.Names.ADMIN)
    public List<AuditEntry> latest(Instant since, int first, int max) {
        if (first < 0) {
            throw new IllegalArgumentException("first must not be negative");
        }
        if (max < 1 || max > MAX_PAGE) {
            throw new IllegalArgumentException("max must be between 1 and " + MAX_PAGE);
        }
        return em.createQuery(
                        "select e from AuditEntry e where e.occurredAt >= :since order by e.position desc",
                        AuditEntry.class)
                .setParameter("since", since == null ? Instant.EPOCH : since)
                .setFirstResult(first)
                .setMaxResults(max)
                .setHint(HibernateHints.HINT_READ_ONLY, true)
                .getResultList();
    }

    /** Number of entries in the trail. */
    @RolesAllowed(Role.Names.ADMIN)
    public long count() {
        return count(null);
    }

    /** How many entries occurred at or after {@code since} (all when null). */
    @RolesAllowed(Role.Names.ADMIN)
    public long count(Instant since) {
        return em.createQuery("select count(e) from AuditEntry e where e.occurredAt >= :since", Long.class)
                .setParameter("since", since == null ? Instant.EPOCH : since)
                .getSingleResult();
    }
}
