package org.edalat.referral.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.edalat.platform.security.Role;
import org.edalat.referral.domain.JudicialUnit;

/** Read access to judicial units and their branches (organisation screens, referral). */
@Stateless
@RolesAllowed({
    Role.Names.ADMIN,
    Role.Names.REFERRAL_AUTHORITY,
    Role.Names.BRANCH_CLERK,
    Role.Names.JUDGE,
    Role.Names.NOTICE_OFFICER
})
public class UnitDirectory {
    @PersistenceContext(unitName = "edalat")
    private EntityManager em;

    /** A page of units ordered by province and name, with province and branches loaded. */
    public List<JudicialUnit> units(int first, int max) {
        List<Long> ids = em.createQuery(
                        "select u.id from JudicialUnit u order by u.province.name, u.name, u.id", Long.class)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "select distinct u from JudicialUnit u join fetch u.province left join fetch u.branches"
                                + " where u.id in :ids order by u.province.name, u.name, u.id",
                        JudicialUnit.class)
                .setParameter("ids", ids)
                .getResultList();
    }

    public long countUnits() {
        return em.createQuery("select count(u) from JudicialUnit u", Long.class).getSingleResult();
    }
}
