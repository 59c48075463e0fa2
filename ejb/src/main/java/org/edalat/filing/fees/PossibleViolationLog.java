package org.edalat.filing.fees;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import org.edalat.platform.security.Role;

/**
 * The possible S0-38.k violations (an office asking more than the ratified tariff, S0-13.2) kept for
 * the discipline context: {@link #record} writes one in a transaction of its own ({@code
 * REQUIRES_NEW}, like {@link org.edalat.platform.audit.AuditTrail#recordRefusal}), so the row stays
 * when the refused charge rolls back; the discipline roles read them.
 */
@Stateless
public class PossibleViolationLog {
    @PersistenceContext(unitName = "edalat")
    private EntityManager em;

    @Resource
    private SessionContext context;

    /** Records {@code violation} as attempted by the caller, committed at once. */
    @RolesAllowed(Role.Names.OFFICE_CLERK)
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public RecordedViolation record(PossibleViolation violation) {
        RecordedViolation row =
                new RecordedViolation(violation, context.getCallerPrincipal().getName(), Instant.now());
        em.persist(row);
        return row;
    }

    /** The possible violations of an office, newest first. */
    @RolesAllowed({
        Role.Names.INSPECTOR,
        Role.Names.BOARD_MEMBER,
        Role.Names.SERVICES_DEPUTY,
        Role.Names.CENTER_HEAD,
        Role.Names.ADMIN
    })
    public List<RecordedViolation> ofOffice(String officeCode) {
        return em.createQuery(
                        "select v from RecordedViolation v where v.subject.officeCode = :o order by v.attemptedAt desc, v.id desc",
                        RecordedViolation.class)
                .setParameter("o", officeCode)
                .getResultList();
    }
}
