package org.edalat.licensing.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.edalat.licensing.domain.ServiceOffice;

/**
 * The one call other contexts make to ask whether an office may give services (issue 4: "an office
 * whose license is suspended or revoked cannot file; keep the check behind one call"). The licensing
 * context owns the standing; this answers from it.
 */
@Stateless
@PermitAll
public class LicenseStanding {
    @PersistenceContext(unitName = "edalat")
    private EntityManager em;

    /** Whether the office {@code officeCode} exists and its license is active. */
    public boolean mayServe(String officeCode) {
        if (officeCode == null) {
            return false;
        }
        return em.createQuery("select o from ServiceOffice o where o.code = :c", ServiceOffice.class)
                .setParameter("c", officeCode)
                .getResultStream()
                .findFirst()
                .map(ServiceOffice::mayServe)
                .orElse(false);
    }
}
