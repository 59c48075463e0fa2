package org.edalat.it.accounts.service;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.concurrent.ThreadLocalRandom;
import org.edalat.accounts.domain.ChangeRecord;
import org.edalat.accounts.domain.Channel;
import org.edalat.accounts.domain.ContactChange;
import org.edalat.accounts.domain.LegalPersonId;
import org.edalat.accounts.domain.NationalCode;
import org.edalat.accounts.domain.Person;
import org.edalat.accounts.domain.PersonKind;
import org.edalat.accounts.domain.VerificationMethod;
import org.edalat.accounts.registry.CivilRegistryRecord;
import org.edalat.it.support.Identities;
import org.edalat.it.support.ItUsers;
import org.edalat.licensing.domain.ServiceOffice;
import org.edalat.platform.security.Role;
import org.edalat.platform.security.UserAccount;
import org.edalat.referral.domain.JudicialUnit;
import org.edalat.referral.domain.Province;
import org.edalat.referral.domain.UnitKind;

/**
 * Test-only setup of the accounts context (IT deployments only): judicial units in cities with and
 * without an office, prisons and the company registry as account holders with the fixture
 * password, and records of the local civil registry.
 */
@Stateless
@PermitAll
public class AccountsFixture {
    @PersistenceContext(unitName = "edalat")
    private EntityManager em;

    /** A new judicial unit in a new city; with an office in that city when asked. Returns its code. */
    public String unitInNewCity(boolean withOffice) {
        Province province = em.createQuery("select p from Province p", Province.class)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .orElseGet(() -> {
                    Province p = new Province("IT" + ThreadLocalRandom.current().nextInt(1000, 9999), "استان آزمون");
                    em.persist(p);
                    return p;
                });
        String suffix = Long.toString(ThreadLocalRandom.current().nextLong(1_000_000L, 9_999_999L));
        String city = "شهر آزمون " + suffix;
        String code = "IT-" + suffix;
        em.persist(new JudicialUnit(code, "دادگاه آزمون " + suffix, UnitKind.COURT, province, city));
        if (withOffice) {
            em.persist(new ServiceOffice("OF-IT-" + suffix, "دفتر آزمون " + suffix, province, city, "مدیر آزمون"));
        }
        return code;
    }

    /**
     * A verified special account holder (prison or state body) whose account holds {@code role}
     * and the fixture password. Returns its username (= legal id).
     */
    public String specialHolder(PersonKind kind, Role role, String name) {
        Instant now = Instant.now();
        ChangeRecord record = new ChangeRecord(Channel.ADMIN, "it-fixture", null, null, null);
        Person holder = Person.legalEntity(kind, LegalPersonId.of(Identities.legalId()), null, null, null, record, now);
        holder.verify(VerificationMethod.CENTER, "it-fixture", now);
        em.persist(holder);
        em.persist(holder.nextVersion(
                null,
                new ContactChange(null, null, name, "09120000000", null, null, null, null, null, null),
                record,
                now));
        em.persist(UserAccount.open(holder.username(), name, ItUsers.PASSWORD, EnumSet.of(role), now));
        return holder.username();
    }

    /** Adds a record to the local civil registry (the adapter's own enrol needs ADMIN). */
    public void civilRecord(
            String nationalCode, String firstName, String lastName, LocalDate birthDate, boolean deceased) {
        CivilRegistryRecord record =
                new CivilRegistryRecord(NationalCode.of(nationalCode), firstName, lastName, birthDate);
        if (deceased) {
            record.recordDeath();
        }
        em.persist(record);
    }

    /** Number of person rows and of user-account rows with this identity key. */
    public long[] rows(String identityKey) {
        long persons = em.createQuery("select count(p) from Person p where p.identityKey = :k", Long.class)
                .setParameter("k", identityKey)
                .getSingleResult();
        long accounts = em.createQuery("select count(u) from UserAccount u where u.username = :k", Long.class)
                .setParameter("k", identityKey)
                .getSingleResult();
        return new long[] {persons, accounts};
    }

    /** Audit entries with this action about this entity id. */
    public long auditCount(String action, String entityId) {
        return em.createQuery("select count(e) from AuditEntry e where e.action = :a and e.entityId = :id", Long.class)
                .setParameter("a", action)
                .setParameter("id", entityId)
                .getSingleResult();
    }
}
