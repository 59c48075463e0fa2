package org.edalat.it.filing.service;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.edalat.accounts.domain.ChangeRecord;
import org.edalat.accounts.domain.Channel;
import org.edalat.accounts.domain.ContactChange;
import org.edalat.accounts.domain.NationalCode;
import org.edalat.accounts.domain.Person;
import org.edalat.accounts.domain.VerificationMethod;
import org.edalat.filing.fees.OfficeService;
import org.edalat.filing.fees.TariffBook;
import org.edalat.filing.fees.TariffState;
import org.edalat.filing.fees.TariffVersion;
import org.edalat.it.support.Identities;
import org.edalat.it.support.ItUsers;
import org.edalat.licensing.domain.ServiceOffice;
import org.edalat.platform.demo.FilingDemo;
import org.edalat.platform.security.Role;
import org.edalat.platform.security.StaffPosting;
import org.edalat.platform.security.UserAccount;
import org.edalat.referral.domain.JudicialUnit;
import org.edalat.referral.domain.Province;
import org.edalat.referral.domain.UnitKind;

/**
 * Test-only setup of the filing context (IT deployments only): a judicial unit and an office of
 * their own per test, postings of staff users, verified citizens with accounts, and a fee schedule
 * and ratified tariff in force today (the filing demo's, when no other is).
 */
@Stateless
@PermitAll
public class FilingFixture {
    @PersistenceContext(unitName = "edalat")
    private EntityManager em;

    /** Makes sure a fee schedule and a ratified tariff are in force today. */
    public void feesInForce() {
        if (!FilingDemo.present(em)) {
            new FilingDemo(em, Instant.now()).load();
        }
    }

    /** A new judicial unit; returns its code. */
    public String unit() {
        Province province = province();
        String code = "FU-" + suffix();
        em.persist(new JudicialUnit(code, "دادگاه آزمون " + code, UnitKind.COURT, province, "تهران"));
        return code;
    }

    /** A new office with an active license; returns its code. */
    public String office() {
        String code = "FO-" + suffix();
        em.persist(new ServiceOffice(code, "دفتر آزمون " + code, province(), "تهران", "مدیر آزمون"));
        return code;
    }

    /** Suspends the office's license (the licensing context's act; here directly). */
    public void suspend(String officeCode) {
        em.createQuery("select o from ServiceOffice o where o.code = :c", ServiceOffice.class)
                .setParameter("c", officeCode)
                .getSingleResult()
                .suspendLicense();
    }

    /** A new staff user holding {@code role}, posted at a unit or an office; returns the username. */
    public String staff(Role role, String unitCode, String officeCode) {
        String username = "f-" + role.name().toLowerCase(Locale.ROOT) + "-" + suffix();
        Instant now = Instant.now();
        em.persist(UserAccount.open(username, "IT " + role, ItUsers.PASSWORD, EnumSet.of(role), now));
        em.persist(
                unitCode != null
                        ? StaffPosting.atUnit(username, unitCode, "it-fixture", now)
                        : StaffPosting.atOffice(username, officeCode, "it-fixture", now));
        return username;
    }

    /**
     * A natural person with a SANA account ({@code CITIZEN}, fixture password), verified or not, with
     * the given national code (a new one when null). Returns the username (= national code).
     */
    public String citizen(String nationalCode, boolean verified) {
        String code = nationalCode == null ? Identities.nationalCode() : nationalCode;
        Person existing = em.createQuery("select p from Person p where p.identityKey = :k", Person.class)
                .setParameter("k", code)
                .getResultStream()
                .findFirst()
                .orElse(null);
        if (existing != null) { // a fixed code another test registered already (the bodies' covered persons)
            return existing.username();
        }
        Instant now = Instant.now();
        ChangeRecord record = new ChangeRecord(Channel.ADMIN, "it-fixture", null, null, null);
        Person person = Person.natural(NationalCode.of(code), LocalDate.of(1980, 1, 1), record, now);
        if (verified) {
            person.verify(VerificationMethod.CENTER, "it-fixture", now);
        }
        em.persist(person);
        em.persist(person.nextVersion(
                null,
                new ContactChange("شهروند", "آزمون", null, "09120000000", null, null, null, null, null, null),
                record,
                now));
        em.persist(UserAccount.open(person.username(), "IT citizen", ItUsers.PASSWORD, EnumSet.of(Role.CITIZEN), now));
        return person.username();
    }

    /** The ratified tariff in force today. */
    public TariffVersion tariffToday() {
        return new TariffBook(em.createQuery("select t from TariffVersion t where t.state = :s", TariffVersion.class)
                        .setParameter("s", TariffState.RATIFIED)
                        .getResultList())
                .inForceAt(LocalDate.now(TariffVersion.TEHRAN));
    }

    /** The tariff in force today for {@code quantity} units of {@code service}, in Rials. */
    public long tariffFor(OfficeService service, int quantity) {
        return tariffToday().tariffFor(service, quantity).value();
    }

    /** Entries of the Association's reimbursement ledger for filing {@code id} (S0-14). */
    public long ledgerEntries(long id) {
        return em.createQuery("select count(r) from RecordedReimbursement r where r.filingId = :f", Long.class)
                .setParameter("f", id)
                .getSingleResult();
    }

    /** Possible S0-38.k violations recorded for {@code officeCode}. */
    public long possibleViolations(String officeCode) {
        return em.createQuery("select count(v) from RecordedViolation v where v.subject.officeCode = :o", Long.class)
                .setParameter("o", officeCode)
                .getSingleResult();
    }

    /** Number of audit entries with {@code action} about filing {@code id}, with {@code ruleId}. */
    public long audits(String action, long id, String ruleId) {
        return em.createQuery(
                        "select count(e) from AuditEntry e where e.action = :a and e.entityId = :id and e.ruleId = :r",
                        Long.class)
                .setParameter("a", action)
                .setParameter("id", String.valueOf(id))
                .setParameter("r", ruleId)
                .getSingleResult();
    }

    /** Number of cases registered for filing {@code id} (S4-6). */
    public long cases(long id) {
        return em.createQuery("select count(c) from RegisteredCase c where c.filingId = :f", Long.class)
                .setParameter("f", id)
                .getSingleResult();
    }

    private Province province() {
        return em.createQuery("select p from Province p", Province.class)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .orElseGet(() -> {
                    Province p = new Province("F" + ThreadLocalRandom.current().nextInt(100, 999), "استان آزمون");
                    em.persist(p);
                    return p;
                });
    }

    private static String suffix() {
        return Long.toString(ThreadLocalRandom.current().nextLong(1_000_000L, 9_999_999L));
    }
}
