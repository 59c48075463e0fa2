package org.edalat.referral.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import org.edalat.platform.security.Postings;
import org.edalat.platform.security.Role;
import org.edalat.referral.domain.CaseStatus;
import org.edalat.referral.domain.RegisteredCase;

/**
 * Where filings from SAKHA arrive in SAMP (S4-6): each sent filing is registered as a case awaiting
 * referral in its unit, in the sender's transaction ({@code MANDATORY}: the filing's sending and the
 * case's registration commit together or not at all). The unit's staff list what awaits referral in
 * order of arrival (S4-8); a classified report (S0-5 note, S0-5.1) is listed only to the staff of the unit it
 * is addressed to, and to nobody else, the administrator included.
 */
@Stateless
public class CaseIntake {
    @PersistenceContext(unitName = "edalat")
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private Postings postings;

    /** S4-6: registers a sent filing as a case awaiting referral; only inside the sender's transaction. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public RegisteredCase register(RegisteredCase arrived) {
        em.persist(arrived);
        return arrived;
    }

    /**
     * What awaits referral, oldest first: for staff posted at a unit, their unit's cases (classified
     * ones included); for the administrator, every unit's cases but the classified ones.
     */
    @RolesAllowed({Role.Names.REFERRAL_AUTHORITY, Role.Names.JUDGE, Role.Names.BRANCH_CLERK, Role.Names.ADMIN})
    public List<AwaitingCase> awaiting(int first, int max) {
        return query(RegisteredCase.class, "select c")
                .setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(1, Math.min(max, 200)))
                .getResultStream()
                .map(AwaitingCase::of)
                .toList();
    }

    /** How many cases {@link #awaiting} lists in all. */
    @RolesAllowed({Role.Names.REFERRAL_AUTHORITY, Role.Names.JUDGE, Role.Names.BRANCH_CLERK, Role.Names.ADMIN})
    public long countAwaiting() {
        return query(Long.class, "select count(c)").getSingleResult();
    }

    private <T> TypedQuery<T> query(Class<T> type, String select) {
        String unit = postings.myUnit().orElse(null);
        boolean count = type == Long.class;
        String order = count ? "" : " order by c.registeredAt, c.id";
        if (unit != null) {
            return em.createQuery(
                            select + " from RegisteredCase c where c.status = :s and c.unitCode = :u" + order, type)
                    .setParameter("s", CaseStatus.AWAITING_REFERRAL)
                    .setParameter("u", unit);
        }
        if (context.isCallerInRole(Role.Names.ADMIN)) {
            return em.createQuery(
                            select + " from RegisteredCase c where c.status = :s and c.classified = false" + order,
                            type)
                    .setParameter("s", CaseStatus.AWAITING_REFERRAL);
        }
        // unit staff without a recorded unit see nothing
        return em.createQuery(select + " from RegisteredCase c where 1 = 0" + order, type);
    }
}
