package org.edalat.accounts.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.edalat.accounts.domain.ChangeRecord;
import org.edalat.accounts.domain.Channel;
import org.edalat.accounts.domain.ContactChange;
import org.edalat.accounts.domain.ContactVersion;
import org.edalat.accounts.domain.IdentifierKeys;
import org.edalat.accounts.domain.InvalidFieldException;
import org.edalat.accounts.domain.Person;
import org.edalat.accounts.domain.UnknownPersonException;
import org.edalat.accounts.domain.UnrequestedChangeException;
import org.edalat.platform.audit.AuditTrail;
import org.edalat.platform.security.Role;

/**
 * Contact data as versions (S4-12): every change of name, mobile, e-mail, fax or address is a new
 * version in force from the moment it is recorded, nothing is overwritten, and "the contact data in
 * force for P at T" is answered from the versions (notices will record the version they used). Each
 * change records who asked for it and through whom (S0-40.b); an office clerk's change without the
 * owner's (or representative's) request is refused and the attempt stays in the audit trail.
 */
@Stateless
public class ContactDirectory {
    static final String ENTITY = "Person";

    @PersistenceContext(unitName = "edalat")
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private AuditTrail audit;

    private final Clock clock = Clock.systemUTC();
    private PersonStore store;

    @PostConstruct
    void init() {
        store = new PersonStore(em);
    }

    /**
     * The contact data in force for the person at {@code at} (S4-12): the latest version recorded at
     * or before it; empty when the person had no data yet then.
     */
    @RolesAllowed({
        Role.Names.AGENCY_API,
        Role.Names.NOTICE_OFFICER,
        Role.Names.BRANCH_CLERK,
        Role.Names.JUDGE,
        Role.Names.OFFICE_CLERK,
        Role.Names.ADMIN
    })
    public Optional<ContactSnapshot> contactAt(String identityKey, Instant at) {
        if (at == null) {
            throw InvalidFieldException.required("at", "زمان");
        }
        Person person = store.require(identityKey);
        return store.versionAt(person, at).map(v -> ContactSnapshot.of(person, v));
    }

    /** Every version of the person's contact data, newest first. */
    @RolesAllowed({
        Role.Names.OFFICE_CLERK,
        Role.Names.BRANCH_CLERK,
        Role.Names.JUDGE,
        Role.Names.NOTICE_OFFICER,
        Role.Names.ADMIN
    })
    public List<ContactSnapshot> history(String identityKey) {
        return history(store.require(identityKey));
    }

    /** The signed-in person's own versions, newest first. */
    @RolesAllowed(Role.Names.CITIZEN)
    public List<ContactSnapshot> myHistory() {
        return history(me());
    }

    private List<ContactSnapshot> history(Person person) {
        return em.createQuery(
                        "select v from ContactVersion v where v.person = :p order by v.seq desc", ContactVersion.class)
                .setParameter("p", person)
                .getResultStream()
                .map(v -> ContactSnapshot.of(person, v))
                .toList();
    }

    /** The signed-in person's current data. */
    @RolesAllowed(Role.Names.CITIZEN)
    public Optional<ContactSnapshot> myContact() {
        Person person = me();
        return store.current(person).map(v -> ContactSnapshot.of(person, v));
    }

    /** The signed-in person records a change of their own data on the portal (S4-12). */
    @RolesAllowed(Role.Names.CITIZEN)
    public ContactSnapshot changeOwn(ContactChange change) {
        Person person = store.requireForChange(me().identityKey());
        ChangeRecord record = new ChangeRecord(Channel.SELF, caller(), person.identityKey(), null, null);
        ContactSnapshot snapshot = apply(person, change, record);
        audit.record(Role.CITIZEN, "contact.change", ENTITY, person.identityKey(), "S4-12", "self");
        return snapshot;
    }

    /**
     * An office records a change at the request of the data owner or, for a legal person, its
     * representative, citing the signed request (S0-40.b). Anything else is refused and audited.
     */
    @RolesAllowed(Role.Names.OFFICE_CLERK)
    public ContactSnapshot changeAtOffice(
            String identityKey, ContactChange change, String requesterKey, String requestReference) {
        Person person = store.requireForChange(identityKey);
        String requester = IdentifierKeys.normalise(requesterKey);
        if (!person.mayBeRequestedBy(requester) || requestReference == null || requestReference.isBlank()) {
            String why = requester == null
                    ? "no requester"
                    : "requester " + requester + " is not the owner or representative";
            if (requestReference == null || requestReference.isBlank()) {
                why += "; no request reference";
            }
            audit.recordRefusal(
                    Role.OFFICE_CLERK, "contact.change.refused", ENTITY, person.identityKey(), "S0-40.b", why);
            throw new UnrequestedChangeException(
                    "دفتر خدمات تنها به درخواست ثبت‌شدهٔ خودِ صاحب اطلاعات (یا نمایندهٔ قانونی او) اطلاعات ثنا را تغییر می‌دهد؛ این تلاش ثبت شد (بند ب مادهٔ ۴۰).");
        }
        ChangeRecord record = new ChangeRecord(Channel.OFFICE, caller(), requester, requestReference.strip(), null);
        ContactSnapshot snapshot = apply(person, change, record);
        audit.record(
                Role.OFFICE_CLERK,
                "contact.change",
                ENTITY,
                person.identityKey(),
                "S0-40.b",
                "request " + record.requestReference());
        return snapshot;
    }

    private ContactSnapshot apply(Person person, ContactChange change, ChangeRecord record) {
        if (change == null || change.isEmpty()) {
            throw new InvalidFieldException("contact", "empty-change", "هیچ تغییری درخواست نشده است.");
        }
        ContactVersion version =
                person.nextVersion(store.current(person).orElse(null), change, record, Instant.now(clock));
        em.persist(version);
        return ContactSnapshot.of(person, version);
    }

    private Person me() {
        return store.byUsername(caller()).orElseThrow(() -> new UnknownPersonException(caller()));
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }
}
