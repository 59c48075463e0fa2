package org.edalat.it.filing.fees;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import org.edalat.filing.fees.OfficeCharge;
import org.edalat.filing.fees.RecordedReimbursement;
import org.edalat.filing.fees.ReimbursementLedger;

/**
 * For the reimbursement ITs: a filing's exempt service entered in the ledger inside a transaction (as
 * the filing context will, {@link ReimbursementLedger#record}), and what no service shows: the office
 * charges of an office and the S0-14 audit trail.
 */
@Stateless
public class ReimbursementItStore {
    @PersistenceContext(unitName = "edalat")
    private EntityManager em;

    @EJB
    private ReimbursementLedger ledger;

    /** Enters {@code charge} of filing {@code filingId} at {@code at}, in this bean's transaction, as the caller. */
    public RecordedReimbursement recordFiling(OfficeCharge charge, long filingId, String by, Instant at) {
        return ledger.record(charge, filingId, by, at);
    }

    public long chargesOf(String office) {
        return em.createQuery("select count(c) from RecordedOfficeCharge c where c.subject.officeCode = :o", Long.class)
                .setParameter("o", office)
                .getSingleResult();
    }

    public long entriesOf(String office) {
        return em.createQuery(
                        "select count(e) from RecordedReimbursement e where e.subject.officeCode = :o", Long.class)
                .setParameter("o", office)
                .getSingleResult();
    }

    /** The actions audited with S0-14 about {@code entityType} {@code entityId}, in order. */
    public List<String> auditedActions(String entityType, String entityId) {
        return em.createQuery(
                        "select e.action from AuditEntry e where e.entityType = :t and e.entityId = :id"
                                + " and e.ruleId = 'S0-14' order by e.position",
                        String.class)
                .setParameter("t", entityType)
                .setParameter("id", entityId)
                .getResultList();
    }

    /** The details audited with S0-14 about {@code entityType} {@code entityId} since {@code since}, in order. */
    public List<String> auditedDetails(String entityType, String entityId, Instant since) {
        return em.createQuery(
                        "select concat(e.action, ': ', e.detail) from AuditEntry e where e.entityType = :t"
                                + " and e.entityId = :id and e.ruleId = 'S0-14' and e.occurredAt >= :since"
                                + " order by e.position",
                        String.class)
                .setParameter("t", entityType)
                .setParameter("id", entityId)
                .setParameter("since", since)
                .getResultList();
    }
}
