package org.edalat.it.filing.payment;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Reading what no service shows, for the payment ITs: the audit trail of a payment. */
@Stateless
public class PaymentItStore {
    @PersistenceContext(unitName = "edalat")
    private EntityManager em;

    /** The actions recorded for a payment with rule S0-13.1, in order. */
    public List<String> auditedActions(long paymentId) {
        return em.createQuery(
                        "select e.action from AuditEntry e where e.entityType = 'Payment' and e.entityId = :id"
                                + " and e.ruleId = 'S0-13.1' order by e.position",
                        String.class)
                .setParameter("id", String.valueOf(paymentId))
                .getResultList();
    }
}
