package org.edalat.it.accounts.rest;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.edalat.licensing.domain.ServiceOffice;
import org.edalat.platform.audit.AuditEntry;
import org.edalat.platform.security.UserAccount;
import org.edalat.referral.domain.JudicialUnit;
import org.edalat.referral.domain.Province;
import org.edalat.referral.domain.UnitKind;

/** Data access the accounts ITs need that no service offers: fixtures and reading the audit trail. */
@Stateless
public class AccountsItStore {
    static final String PROVINCE = "IT-ACC";
    static final String CITY_WITH_OFFICE = "it-acc-office-city";
    static final String CITY_WITHOUT_OFFICE = "it-acc-no-office-city";

    @PersistenceContext(unitName = "edalat")
    private EntityManager em;

    public boolean personExists(String identityKey) {
        return em.createQuery("select count(p) from Person p where p.identityKey = :k", Long.class)
                        .setParameter("k", identityKey)
                        .getSingleResult()
                > 0;
    }

    /**
     * Gives a freshly opened account a known password (which ends the forced change of its generated
     * one); an account whose password was set so before is left alone.
     */
    public void ensureKnownPassword(String username, String password) {
        UserAccount account = em.createQuery("select u from UserAccount u where u.username = :u", UserAccount.class)
                .setParameter("u", username)
                .getSingleResult();
        if (account.isPasswordChangeRequired()) {
            account.changePassword(password);
        }
    }

    /** A unit in a city with an office, and one in a city without. */
    public void ensureUnits(String unitWithOffice, String unitWithoutOffice) {
        Province province = em.createQuery("select p from Province p where p.code = :c", Province.class)
                .setParameter("c", PROVINCE)
                .getResultStream()
                .findFirst()
                .orElseGet(() -> {
                    Province p = new Province(PROVINCE, "استان آزمون");
                    em.persist(p);
                    return p;
                });
        if (count("select count(u) from JudicialUnit u where u.code = :c", unitWithOffice) == 0) {
            em.persist(new JudicialUnit(unitWithOffice, "دادگاه آزمون", UnitKind.COURT, province, CITY_WITH_OFFICE));
        }
        if (count("select count(u) from JudicialUnit u where u.code = :c", unitWithoutOffice) == 0) {
            em.persist(new JudicialUnit(
                    unitWithoutOffice, "دادگاه بی‌دفتر آزمون", UnitKind.COURT, province, CITY_WITHOUT_OFFICE));
        }
        if (count("select count(o) from ServiceOffice o where o.code = :c", "IT-ACC-OFF") == 0) {
            em.persist(new ServiceOffice("IT-ACC-OFF", "دفتر آزمون", province, CITY_WITH_OFFICE, "مدیر آزمون"));
        }
    }

    /** The audit entries about a record, oldest first. */
    public List<AuditEntry> auditOf(String entityId) {
        return em.createQuery("select e from AuditEntry e where e.entityId = :id order by e.position", AuditEntry.class)
                .setParameter("id", entityId)
                .getResultList();
    }

    private long count(String jpql, String code) {
        return em.createQuery(jpql, Long.class).setParameter("c", code).getSingleResult();
    }
}
