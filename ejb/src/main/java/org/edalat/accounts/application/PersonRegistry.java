package org.edalat.accounts.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.edalat.accounts.domain.AlreadyVerifiedException;
import org.edalat.accounts.domain.ChangeRecord;
import org.edalat.accounts.domain.Channel;
import org.edalat.accounts.domain.ContactChange;
import org.edalat.accounts.domain.IdentifierKeys;
import org.edalat.accounts.domain.IdentityCheck;
import org.edalat.accounts.domain.IdentityNotConfirmedException;
import org.edalat.accounts.domain.IdentityRegistry;
import org.edalat.accounts.domain.InvalidFieldException;
import org.edalat.accounts.domain.LegalPersonId;
import org.edalat.accounts.domain.NationalCode;
import org.edalat.accounts.domain.NotAPrisonAccountException;
import org.edalat.accounts.domain.NotVerifiedException;
import org.edalat.accounts.domain.Person;
import org.edalat.accounts.domain.PersonAlreadyRegisteredException;
import org.edalat.accounts.domain.PersonKind;
import org.edalat.accounts.domain.UnitRegistrationNotAllowedException;
import org.edalat.accounts.domain.UnitRegistrationReason;
import org.edalat.accounts.domain.UnknownPersonException;
import org.edalat.accounts.domain.UnrequestedChangeException;
import org.edalat.accounts.domain.VerificationMethod;
import org.edalat.platform.audit.AuditTrail;
import org.edalat.platform.security.Passwords;
import org.edalat.platform.security.Role;
import org.edalat.platform.security.UserAccount;

/**
 * Registration in SANA through every path the regulations name, each making the person's account
 * (username = national code or national id, S4-27) and first contact-data version (S4-12), and
 * recording who asked and through whom (S0-40.b). One identity, one account (S4-9): the unique
 * identity key decides even concurrent attempts, the loser gets {@link
 * PersonAlreadyRegisteredException}.
 *
 * <ul>
 *   <li>self-registration on the portal, pending until verified online (S0-48) or at an office (S4-10);
 *   <li>registration at an office, which verifies identity against the presented documents (S0-4);
 *   <li>registration by a judicial unit, urgent or where the district has no office (S4-11, S4-11.1);
 *   <li>registration of a detainee by a prison (S4-19.1);
 *   <li>registration and change of legal persons by the company registration office (S4-21);
 *   <li>state bodies and prisons opened by the Center's administrator.
 * </ul>
 */
@Stateless
public class PersonRegistry {
    static final String ENTITY = "Person";
    private static final Set<Role> UNIT_ROLES = EnumSet.of(Role.BRANCH_CLERK, Role.JUDGE, Role.REFERRAL_AUTHORITY);

    @PersistenceContext(unitName = "edalat")
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private AuditTrail audit;

    @Inject
    private IdentityRegistry identityRegistry;

    private final Clock clock = Clock.systemUTC();
    private PersonStore store;

    @PostConstruct
    void init() {
        store = new PersonStore(em);
    }

    /**
     * A natural person or foreign national registers on the portal with a password of their own;
     * the registration stays pending until identity is verified (S4-10).
     */
    @PermitAll
    public Registration selfRegister(PersonDetails details, String password) {
        if (details == null || (details.kind() != PersonKind.NATURAL && details.kind() != PersonKind.FOREIGN_NATURAL)) {
            throw new InvalidFieldException(
                    "kind",
                    "self-registration-natural-only",
                    "ثبت‌نام در درگاه برای اشخاص حقیقی است؛ شخص حقوقی را بالاترین مقام یا نمایندهٔ قانونی آن در دفتر خدمات ثبت‌نام می‌کند (مادهٔ ۱۰).");
        }
        InvalidFieldException.parse("password", () -> {
            Passwords.check(password);
            return null;
        });
        Instant now = Instant.now(clock);
        Person person = newPerson(details, new ChangeRecord(Channel.SELF, "self", null, null, null), now);
        String key = person.identityKey();
        persist(person, details.contact(), new ChangeRecord(Channel.SELF, person.username(), key, null, null), now);
        openAccount(person, password, now);
        audit.recordSystem("portal:" + person.username(), "person.self-register", ENTITY, key, "S4-10", null);
        return new Registration(person, true, null);
    }

    /**
     * An office registers a person at the person's request, having verified identity against the
     * presented documents (S0-4): the registration is final at once (S4-10). A legal person is
     * registered at the request of its representative (S4-10.1). Returns the generated initial
     * password to hand to the person.
     */
    @RolesAllowed(Role.Names.OFFICE_CLERK)
    public Registration registerAtOffice(PersonDetails details, String requesterKey, String requestReference) {
        Instant now = Instant.now(clock);
        String clerk = caller();
        ChangeRecord record = officeRequest(details, requesterKey, requestReference, clerk);
        Person person = newPerson(details, record, now);
        person.verify(VerificationMethod.OFFICE_DOCUMENTS, clerk, now);
        persist(person, details.contact(), record, now);
        String initial = openGeneratedAccount(person, now);
        audit.record(
                Role.OFFICE_CLERK,
                "person.register",
                ENTITY,
                person.identityKey(),
                "S0-4",
                "office; request " + record.requestReference());
        return new Registration(person, true, initial);
    }

    /** An office verifies the identity of a pending person against presented documents (S0-4, S4-10). */
    @RolesAllowed(Role.Names.OFFICE_CLERK)
    public Person verifyAtOffice(String identityKey, String requestReference) {
        Person person = store.require(identityKey);
        person.verify(VerificationMethod.OFFICE_DOCUMENTS, caller(), Instant.now(clock));
        audit.record(
                Role.OFFICE_CLERK,
                "person.verify",
                ENTITY,
                person.identityKey(),
                "S4-10",
                "documents; " + requestReference);
        return person;
    }

    /**
     * The signed-in person verifies their identity online against the civil registry (S0-48); the
     * registration becomes final (S4-10). A mismatch changes nothing; an unreachable registry is
     * {@link org.edalat.accounts.domain.IdentityServiceUnavailableException}.
     */
    @RolesAllowed(Role.Names.CITIZEN)
    public Person verifyOnline(LocalDate birthDate, String firstName, String lastName) {
        Person person = store.byUsername(caller()).orElseThrow(() -> new UnknownPersonException(caller()));
        if (person.isVerified()) {
            throw new AlreadyVerifiedException();
        }
        if (person.kind() != PersonKind.NATURAL) {
            throw new InvalidFieldException(
                    "nationalCode",
                    "online-verification-unavailable",
                    "احراز هویت برخط تنها برای دارندگان کد ملی است؛ با مدارک به دفتر خدمات مراجعه کنید.");
        }
        IdentityCheck answer = identityRegistry.check(person.nationalCode(), birthDate, firstName, lastName);
        if (answer != IdentityCheck.CONFIRMED || !birthDateMatches(person, birthDate)) {
            audit.recordRefusal(
                    Role.CITIZEN, "person.verify-online.refused", ENTITY, person.identityKey(), "S0-48", answer.name());
            throw new IdentityNotConfirmedException();
        }
        person.verify(VerificationMethod.ONLINE, "civil-registry", Instant.now(clock));
        audit.record(Role.CITIZEN, "person.verify-online", ENTITY, person.identityKey(), "S0-48", null);
        return person;
    }

    private static boolean birthDateMatches(Person person, LocalDate birthDate) {
        return person.birthDate() != null && person.birthDate().equals(birthDate);
    }

    /**
     * A judicial unit registers a party itself: in urgent cases (S4-11) or where the district has no
     * office (S4-11.1, checked against the offices of the unit's city). The unit verifies identity.
     */
    @RolesAllowed({Role.Names.BRANCH_CLERK, Role.Names.JUDGE, Role.Names.REFERRAL_AUTHORITY})
    public Registration registerByUnit(PersonDetails details, String unitCode, UnitRegistrationReason reason) {
        if (reason == null) {
            throw InvalidFieldException.required("reason", "علت ثبت‌نام به دست واحد قضایی");
        }
        Object[] unit = em.createQuery("select u.code, u.city from JudicialUnit u where u.code = :c", Object[].class)
                .setParameter("c", unitCode == null ? "" : unitCode.strip())
                .getResultStream()
                .findFirst()
                .orElseThrow(
                        () -> new InvalidFieldException("unitCode", "unknown-unit", "واحد قضایی با این کد یافت نشد."));
        String city = (String) unit[1];
        if (reason == UnitRegistrationReason.NO_OFFICE_IN_DISTRICT) {
            long offices = em.createQuery("select count(o) from ServiceOffice o where o.city = :city", Long.class)
                    .setParameter("city", city)
                    .getSingleResult();
            if (offices > 0) {
                throw new UnitRegistrationNotAllowedException(city); // S4-11.1
            }
        }
        Instant now = Instant.now(clock);
        String staff = caller();
        ChangeRecord record = new ChangeRecord(Channel.UNIT, staff, null, "unit " + unit[0] + "; " + reason, null);
        Person person = newPerson(details, record, now);
        person.registeredByUnit((String) unit[0], reason);
        person.verify(VerificationMethod.JUDICIAL_UNIT, staff, now);
        persist(person, details.contact(), record, now);
        String initial = openGeneratedAccount(person, now);
        String rule = reason == UnitRegistrationReason.URGENT ? "S4-11" : "S4-11.1";
        audit.record(actingRole(UNIT_ROLES), "person.register", ENTITY, person.identityKey(), rule, "unit " + unit[0]);
        return new Registration(person, true, initial);
    }

    /**
     * A prison registers a detainee who has no account (S4-19.1); a detainee who has one is
     * returned as is. The calling account must be a registered prison's.
     */
    @RolesAllowed(Role.Names.PRISON)
    public Registration registerDetainee(PersonDetails details) {
        Person prison = store.byUsername(caller())
                .filter(p -> p.kind() == PersonKind.PRISON)
                .orElseThrow(NotAPrisonAccountException::new);
        if (details == null || (details.kind() != PersonKind.NATURAL && details.kind() != PersonKind.FOREIGN_NATURAL)) {
            throw new InvalidFieldException("kind", "detainee-natural-only", "بازداشت‌شده باید شخص حقیقی باشد.");
        }
        Instant now = Instant.now(clock);
        ChangeRecord record = new ChangeRecord(
                Channel.PRISON, caller(), null, "prison " + prison.identityKey(), prison.currentName());
        Person candidate = newPerson(details, record, now, false);
        var existing = store.find(candidate.identityKey());
        if (existing.isPresent()) {
            return new Registration(existing.get(), false, null);
        }
        candidate.verify(VerificationMethod.PRISON, caller(), now);
        persist(candidate, details.contact(), record, now);
        String initial = openGeneratedAccount(candidate, now);
        audit.record(
                Role.PRISON,
                "person.register",
                ENTITY,
                candidate.identityKey(),
                "S4-19.1",
                "prison " + prison.identityKey());
        return new Registration(candidate, true, initial);
    }

    /**
     * The company registration office registers a legal person at first registration, or records
     * a change (name, registration number, representative, address) as a new version (S4-21). The
     * representative must hold a SANA account (S4-10.1).
     */
    @RolesAllowed(Role.Names.COMPANY_REGISTRY)
    public Registration registerOrChangeLegalPerson(PersonDetails details, String registryReference) {
        if (details == null || details.kind() != PersonKind.LEGAL) {
            throw new InvalidFieldException(
                    "kind", "legal-person-only", "ادارهٔ ثبت شرکت‌ها تنها اشخاص حقوقی را ثبت می‌کند.");
        }
        Instant now = Instant.now(clock);
        ChangeRecord record = new ChangeRecord(
                Channel.REGISTRY, caller(), details.representativeKey(), registryReference, "company registry");
        LegalPersonId id = InvalidFieldException.parse("legalId", () -> LegalPersonId.of(details.legalId()));
        var existing = store.find(id.value());
        if (existing.isPresent()) {
            Person person = store.requireForChange(id.value());
            person.changeRegistration(
                    details.registrationNumber(), representative(details), details.representativeCapacity());
            ContactChange change = details.contact() == null ? ContactChange.none() : details.contact();
            em.persist(person.nextVersion(store.current(person).orElse(null), change, record, now));
            audit.record(
                    Role.COMPANY_REGISTRY, "person.change", ENTITY, person.identityKey(), "S4-21", registryReference);
            return new Registration(person, false, null);
        }
        Person person = newPerson(details, record, now);
        person.verify(VerificationMethod.COMPANY_REGISTRY, caller(), now);
        persist(person, details.contact(), record, now);
        String initial = openGeneratedAccount(person, now);
        audit.record(
                Role.COMPANY_REGISTRY, "person.register", ENTITY, person.identityKey(), "S4-21", registryReference);
        return new Registration(person, true, initial);
    }

    /**
     * The Center opens the account of a state body or prison (special account holders that later
     * receive notices for others, S4-18, S4-19) with the role its staff act in.
     */
    @RolesAllowed(Role.Names.ADMIN)
    public Registration openSpecialHolder(
            PersonKind kind, String legalId, String name, Role role, ContactChange contact) {
        if (kind != PersonKind.STATE_BODY && kind != PersonKind.PRISON) {
            throw new InvalidFieldException(
                    "kind", "not-special-holder", "تنها دستگاه دولتی یا زندان دارندهٔ ویژه است.");
        }
        if (role == null || role == Role.ADMIN || role == Role.CITIZEN) {
            throw InvalidFieldException.required("role", "نقش");
        }
        Instant now = Instant.now(clock);
        ChangeRecord record = new ChangeRecord(Channel.ADMIN, caller(), null, null, null);
        PersonDetails details = new PersonDetails(kind, null, legalId, null, null, null, null, null, null, null, null);
        Person person = newPerson(details, record, now);
        person.verify(VerificationMethod.CENTER, caller(), now);
        ContactChange named = (contact == null ? ContactChange.none() : contact).withLegalName(name);
        persist(person, named, record, now);
        String initial = Passwords.generate();
        em.persist(UserAccount.openWithInitialPassword(
                person.username(), displayName(person), EnumSet.of(role), initial, now));
        flushOrConflict(person);
        audit.record(Role.ADMIN, "person.open-special", ENTITY, person.identityKey(), "S4-9", kind + " " + role);
        return new Registration(person, true, initial);
    }

    // ---------------------------------------------------------------------------------------------

    private ChangeRecord officeRequest(PersonDetails details, String requesterKey, String reference, String clerk) {
        String requester = IdentifierKeys.normalise(requesterKey);
        if (reference == null || reference.isBlank()) {
            throw InvalidFieldException.required("requestReference", "شمارهٔ درخواست امضاشده");
        }
        String expected = details == null
                ? null
                : details.kind() == PersonKind.LEGAL
                        ? IdentifierKeys.normalise(details.representativeKey())
                        : details.kind() == PersonKind.FOREIGN_NATURAL
                                ? "f" + IdentifierKeys.normalise(details.foreignId())
                                : IdentifierKeys.normalise(details.nationalCode());
        if (requester == null || !requester.equals(expected)) {
            String why = "requester " + requester + " is not the person or its representative";
            audit.recordRefusal(Role.OFFICE_CLERK, "person.register.refused", ENTITY, expected, "S0-40.b", why);
            throw new UnrequestedChangeException(
                    "دفتر تنها به درخواست خودِ شخص (یا بالاترین مقام یا نمایندهٔ قانونی شخص حقوقی) ثبت‌نام می‌کند؛ درخواست‌کننده با صاحب اطلاعات نمی‌خواند (بند ب مادهٔ ۴۰).");
        }
        return new ChangeRecord(Channel.OFFICE, clerk, requester, reference.strip(), null);
    }

    private Person newPerson(PersonDetails details, ChangeRecord record, Instant now) {
        return newPerson(details, record, now, true);
    }

    private Person newPerson(PersonDetails details, ChangeRecord record, Instant now, boolean refuseExisting) {
        if (details == null || details.kind() == null) {
            throw InvalidFieldException.required("kind", "نوع شخص");
        }
        Person person =
                switch (details.kind()) {
                    case NATURAL -> Person.natural(
                            InvalidFieldException.parse("nationalCode", () -> NationalCode.of(details.nationalCode())),
                            details.birthDate(),
                            record,
                            now);
                    case FOREIGN_NATURAL -> Person.foreignNational(
                            details.foreignId(),
                            details.passportNumber(),
                            details.nationality(),
                            details.birthDate(),
                            record,
                            now);
                    case LEGAL, STATE_BODY, PRISON -> Person.legalEntity(
                            details.kind(),
                            InvalidFieldException.parse("legalId", () -> LegalPersonId.of(details.legalId())),
                            details.registrationNumber(),
                            details.kind() == PersonKind.LEGAL ? representative(details) : null,
                            details.representativeCapacity(),
                            record,
                            now);
                };
        if (refuseExisting && store.find(person.identityKey()).isPresent()) {
            throw new PersonAlreadyRegisteredException(person.identityKey());
        }
        return person;
    }

    private Person representative(PersonDetails details) {
        if (details.representativeKey() == null || details.representativeKey().isBlank()) {
            return null; // Person refuses a legal person without one, naming the field
        }
        Person representative = store.find(details.representativeKey())
                .orElseThrow(() -> new InvalidFieldException(
                        "representativeNationalCode",
                        "representative-not-registered",
                        "نمایندهٔ شخص حقوقی باید نخست خود در ثنا ثبت‌نام کند (مادهٔ ۱۰)."));
        if (!representative.isVerified()) {
            throw new NotVerifiedException(representative.identityKey());
        }
        return representative;
    }

    private void persist(Person person, ContactChange contact, ChangeRecord record, Instant now) {
        em.persist(person);
        em.persist(person.nextVersion(null, contact == null ? ContactChange.none() : contact, record, now));
    }

    private void openAccount(Person person, String password, Instant now) {
        em.persist(UserAccount.open(person.username(), displayName(person), password, EnumSet.of(Role.CITIZEN), now));
        flushOrConflict(person);
    }

    private String openGeneratedAccount(Person person, Instant now) {
        String initial = Passwords.generate();
        em.persist(UserAccount.openWithInitialPassword(
                person.username(), displayName(person), EnumSet.of(Role.CITIZEN), initial, now));
        flushOrConflict(person);
        return initial;
    }

    /** The unique constraints decide a concurrent registration of the same identity (S4-9). */
    private void flushOrConflict(Person person) {
        try {
            em.flush();
        } catch (PersistenceException raced) {
            throw new PersonAlreadyRegisteredException(person.identityKey());
        }
    }

    private static String displayName(Person person) {
        String name = person.currentName().isBlank() ? person.identityKey() : person.currentName();
        return name.length() > 200 ? name.substring(0, 200) : name;
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }

    private Role actingRole(Set<Role> candidates) {
        return candidates.stream()
                .filter(r -> context.isCallerInRole(r.name()))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("caller holds none of " + candidates));
    }
}
