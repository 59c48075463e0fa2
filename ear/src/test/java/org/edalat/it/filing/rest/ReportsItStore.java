package org.edalat.it.filing.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** What the report ITs read back from the database, in the container. */
@Stateless
@PermitAll
public class ReportsItStore {
    @PersistenceContext(unitName = "edalat")
    private EntityManager em;

    /** Number of filings {@code sender} registered under {@code requestId} (S0-5: one at most). */
    public long reports(String sender, String requestId) {
        return em.createQuery(
                        "select count(f) from Filing f where f.filerUsername = :s and f.clientRequestId = :r",
                        Long.class)
                .setParameter("s", sender)
                .setParameter("r", requestId)
                .getSingleResult();
    }

    /** The audited actions about filing {@code id}, in order. */
    public List<String> auditedActions(long id) {
        return em.createQuery(
                        "select e.action from AuditEntry e where e.entityType = 'Filing' and e.entityId = :id order by e.position",
                        String.class)
                .setParameter("id", String.valueOf(id))
                .getResultList();
    }

    /** The status of the case registered for filing {@code id} (S4-6), or null. */
    public String caseStatus(long id) {
        return em.createQuery("select c.status from RegisteredCase c where c.filingId = :f", Object.class)
                .setParameter("f", id)
                .getResultStream()
                .findFirst()
                .map(String::valueOf)
                .orElse(null);
    }
}
