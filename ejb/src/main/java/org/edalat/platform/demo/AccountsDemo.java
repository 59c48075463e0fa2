package org.edalat.platform.demo;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import org.edalat.accounts.domain.ChangeRecord;
import org.edalat.accounts.domain.Channel;
import org.edalat.accounts.domain.ContactChange;
import org.edalat.accounts.domain.ContactVersion;
import org.edalat.accounts.domain.LegalPersonId;
import org.edalat.accounts.domain.NationalCode;
import org.edalat.accounts.domain.Person;
import org.edalat.accounts.domain.PersonKind;
import org.edalat.accounts.domain.RepresentativeCapacity;
import org.edalat.accounts.domain.VerificationMethod;
import org.edalat.accounts.registry.CivilRegistryRecord;
import org.edalat.platform.security.Role;
import org.edalat.platform.security.UserAccount;

/**
 * The accounts part of the demo data (README.md lists it): SANA account holders with contact
 * histories, a pending self-registration, a prison and the company registry as special holders,
 * and records of the local civil registry for online verification (S0-48). Every account's
 * password is {@link DemoDataService#PASSWORD}.
 */
final class AccountsDemo {
    /** A verified citizen with three contact versions (S4-12). */
    static final String VERIFIED = "0013542419";
    /** A self-registered citizen, pending until verified online or at an office (S4-10). */
    static final String PENDING = "0028714393";
    /** A citizen with neither mobile nor e-mail: has the national judicial e-mail (S4-10.2). */
    static final String NO_CONTACT = "0034257861";
    /** In the civil registry only: can self-register and verify online (S0-48). */
    static final String[] REGISTRY_ONLY = {"0045123780", "0056392141"};

    static final String COMPANY = "10100123456";
    static final String PRISON = "14100987650";
    static final String COMPANY_REGISTRY = "14100543216";

    private final EntityManager em;
    private final Instant now;

    AccountsDemo(EntityManager em, Instant now) {
        this.em = em;
        this.now = now;
    }

    /** Whether the accounts demo data is there already (databases loaded before it existed get it later). */
    static boolean present(EntityManager em) {
        return !em.createQuery("select p.id from Person p where p.identityKey = :k")
                .setParameter("k", PRISON)
                .getResultList()
                .isEmpty();
    }

    void load() {
        civil(VERIFIED, "مریم", "احمدی‌نژاد", LocalDate.of(1982, 6, 21));
        civil(PENDING, "رضا", "محمدی", LocalDate.of(1990, 3, 11));
        civil(NO_CONTACT, "عباس", "قاسمی", LocalDate.of(1951, 9, 2));
        civil(REGISTRY_ONLY[0], "سارا", "جعفری", LocalDate.of(1995, 12, 30));
        civil(REGISTRY_ONLY[1], "کاظم", "صادقی", LocalDate.of(1976, 7, 7));

        ChangeRecord office = new ChangeRecord(Channel.OFFICE, "clerk", VERIFIED, "DEMO-REQ-1", null);
        Person maryam = natural(VERIFIED, LocalDate.of(1982, 6, 21), office, now.minus(Duration.ofDays(400)));
        maryam.verify(VerificationMethod.OFFICE_DOCUMENTS, "clerk", now.minus(Duration.ofDays(400)));
        ContactVersion v1 = version(
                maryam,
                null,
                new ContactChange(
                        "مریم",
                        "احمدی‌نژاد",
                        null,
                        "09121234567",
                        null,
                        null,
                        "23",
                        "تهران",
                        "1415914111",
                        "تهران، خیابان انقلاب، کوچهٔ بهار، پلاک ۱۲"),
                office,
                now.minus(Duration.ofDays(400)));
        ContactVersion v2 = version(
                maryam,
                v1,
                ContactChange.email("maryam.ahmadi@example.ir"),
                new ChangeRecord(Channel.SELF, VERIFIED, VERIFIED, null, null),
                now.minus(Duration.ofDays(120)));
        version(
                maryam,
                v2,
                ContactChange.address("10", "اصفهان", "8174673111", "اصفهان، خیابان چهارباغ، پلاک ۴۰"),
                new ChangeRecord(Channel.SELF, VERIFIED, VERIFIED, null, null),
                now.minus(Duration.ofDays(10)));
        account(maryam, Role.CITIZEN);

        ChangeRecord self = new ChangeRecord(Channel.SELF, "self", PENDING, null, null);
        Person reza = natural(PENDING, LocalDate.of(1990, 3, 11), self, now.minus(Duration.ofDays(2)));
        version(
                reza,
                null,
                new ContactChange("رضا", "محمدی", null, "09351112233", null, null, "23", "تهران", null, null),
                self,
                now.minus(Duration.ofDays(2)));
        account(reza, Role.CITIZEN);

        ChangeRecord unit = new ChangeRecord(Channel.UNIT, "branchclerk", null, "unit TEH-PRS; URGENT", null);
        Person abbas = natural(NO_CONTACT, LocalDate.of(1951, 9, 2), unit, now.minus(Duration.ofDays(30)));
        abbas.verify(VerificationMethod.JUDICIAL_UNIT, "branchclerk", now.minus(Duration.ofDays(30)));
        version(
                abbas,
                null,
                new ContactChange(
                        "عباس", "قاسمی", null, null, null, null, "23", "ورامین", "3371711111", "ورامین، خیابان امام"),
                unit,
                now.minus(Duration.ofDays(30)));
        account(abbas, Role.CITIZEN);

        ChangeRecord center = new ChangeRecord(Channel.ADMIN, "admin", null, null, null);
        special(PersonKind.PRISON, PRISON, "زندان مرکزی تهران بزرگ", Role.PRISON, center);
        special(
                PersonKind.STATE_BODY,
                COMPANY_REGISTRY,
                "ادارهٔ کل ثبت شرکت‌ها و مؤسسات غیرتجاری",
                Role.COMPANY_REGISTRY,
                center);

        ChangeRecord registry =
                new ChangeRecord(Channel.REGISTRY, COMPANY_REGISTRY, VERIFIED, "DEMO-REG-1", "company registry");
        Person company = Person.legalEntity(
                PersonKind.LEGAL,
                LegalPersonId.of(COMPANY),
                "412345",
                maryam,
                RepresentativeCapacity.HIGHEST_EXECUTIVE,
                registry,
                now.minus(Duration.ofDays(200)));
        company.verify(VerificationMethod.COMPANY_REGISTRY, COMPANY_REGISTRY, now.minus(Duration.ofDays(200)));
        em.persist(company);
        version(
                company,
                null,
                new ContactChange(
                        null,
                        null,
                        "شرکت صنایع نمونهٔ پارس",
                        "09129876543",
                        "info@pars-sample.example.ir",
                        "02188776655",
                        "23",
                        "تهران",
                        "1517613111",
                        "تهران، خیابان ولیعصر، پلاک ۲۰۰"),
                registry,
                now.minus(Duration.ofDays(200)));
        account(company, Role.CITIZEN);
    }

    private void civil(String code, String first, String last, LocalDate born) {
        em.persist(new CivilRegistryRecord(NationalCode.of(code), first, last, born));
    }

    private Person natural(String code, LocalDate born, ChangeRecord record, Instant at) {
        Person person = Person.natural(NationalCode.of(code), born, record, at);
        em.persist(person);
        return person;
    }

    private ContactVersion version(
            Person person, ContactVersion current, ContactChange change, ChangeRecord record, Instant at) {
        ContactVersion version = person.nextVersion(current, change, record, at);
        em.persist(version);
        return version;
    }

    private void special(PersonKind kind, String legalId, String name, Role role, ChangeRecord record) {
        Person holder = Person.legalEntity(kind, LegalPersonId.of(legalId), null, null, null, record, now);
        holder.verify(VerificationMethod.CENTER, "admin", now);
        em.persist(holder);
        version(
                holder,
                null,
                new ContactChange(null, null, name, null, null, null, "23", "تهران", null, null),
                record,
                now);
        account(holder, role);
    }

    private void account(Person person, Role role) {
        em.persist(UserAccount.open(
                person.username(), person.currentName(), DemoDataService.PASSWORD, EnumSet.of(role), now));
    }
}
