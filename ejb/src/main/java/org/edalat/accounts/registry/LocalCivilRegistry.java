package org.edalat.accounts.registry;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import org.edalat.accounts.domain.IdentityCheck;
import org.edalat.accounts.domain.IdentityRegistry;
import org.edalat.accounts.domain.IdentityServiceUnavailableException;
import org.edalat.accounts.domain.NationalCode;
import org.edalat.accounts.domain.PersianNames;
import org.edalat.platform.security.Role;

/**
 * LOCAL ADAPTER of the civil registry's identity inquiry (S0-48), for machines that cannot reach the
 * registry: it answers from its own table {@code civil_registry_record} exactly as the registry
 * answers (confirmed, mismatch, not found, deceased), and fails like it: while the system property
 * {@value #OUTAGE_PROPERTY} is {@code true} every inquiry throws {@link
 * IdentityServiceUnavailableException}, as a registry timeout does. Records are added by the demo
 * data and by tests through {@link #enrol}; in production the registry holds them.
 */
@Stateless
@LocalBean
@Local(IdentityRegistry.class)
public class LocalCivilRegistry implements IdentityRegistry {
    /** While this system property is {@code true}, the adapter behaves as an unreachable registry. */
    public static final String OUTAGE_PROPERTY = "edalat.civil-registry.outage";

    @PersistenceContext(unitName = "edalat")
    private EntityManager em;

    @Override
    @PermitAll
    public IdentityCheck check(NationalCode code, LocalDate birthDate, String firstName, String lastName) {
        if (Boolean.getBoolean(OUTAGE_PROPERTY)) {
            throw new IdentityServiceUnavailableException();
        }
        CivilRegistryRecord record = em.createQuery(
                        "select r from CivilRegistryRecord r where r.nationalCode = :code", CivilRegistryRecord.class)
                .setParameter("code", code.value())
                .getResultStream()
                .findFirst()
                .orElse(null);
        if (record == null) {
            return IdentityCheck.NOT_FOUND;
        }
        if (record.deceased()) {
            return IdentityCheck.DECEASED;
        }
        boolean matches = record.birthDate().equals(birthDate)
                && PersianNames.same(record.firstName(), firstName)
                && PersianNames.same(record.lastName(), lastName);
        return matches ? IdentityCheck.CONFIRMED : IdentityCheck.MISMATCH;
    }

    /** Adds a record to the local registry (demo data, tests, ops loading a registry extract). */
    @RolesAllowed(Role.Names.ADMIN)
    public void enrol(NationalCode code, String firstName, String lastName, LocalDate birthDate) {
        boolean present = !em.createQuery("select r from CivilRegistryRecord r where r.nationalCode = :code")
                .setParameter("code", code.value())
                .getResultList()
                .isEmpty();
        if (!present) {
            em.persist(new CivilRegistryRecord(code, firstName, lastName, birthDate));
        }
    }
}
