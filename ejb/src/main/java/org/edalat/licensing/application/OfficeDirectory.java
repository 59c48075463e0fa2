package org.edalat.licensing.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.edalat.licensing.domain.ServiceOffice;
import org.edalat.platform.security.Role;

/** Read access to the licensed offices (supervision, inspection, association screens). */
@Stateless
@RolesAllowed({
    Role.Names.ADMIN,
    Role.Names.SERVICES_DEPUTY,
    Role.Names.INSPECTOR,
    Role.Names.BOARD_MEMBER,
    Role.Names.CENTER_HEAD,
    Role.Names.ASSOCIATION
})
public class OfficeDirectory {
    @PersistenceContext(unitName = "edalat")
    private EntityManager em;

    public List<ServiceOffice> offices(int first, int max) {
        return em.createQuery(
                        "select o from ServiceOffice o join fetch o.province order by o.province.name, o.name, o.id",
                        ServiceOffice.class)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    public long countOffices() {
        return em.createQuery("select count(o) from ServiceOffice o", Long.class)
                .getSingleResult();
    }
}
