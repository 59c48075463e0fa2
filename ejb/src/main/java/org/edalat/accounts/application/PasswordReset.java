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
import java.time.LocalDate;
import org.edalat.accounts.domain.IdentityCheck;
import org.edalat.accounts.domain.IdentityNotConfirmedException;
import org.edalat.accounts.domain.IdentityRegistry;
import org.edalat.accounts.domain.InvalidFieldException;
import org.edalat.accounts.domain.NationalCode;
import org.edalat.accounts.domain.NotVerifiedException;
import org.edalat.accounts.domain.Person;
import org.edalat.accounts.domain.PersonKind;
import org.edalat.platform.audit.AuditTrail;
import org.edalat.platform.security.Passwords;
import org.edalat.platform.security.Role;
import org.edalat.platform.security.UserAccount;

/**
 * A forgotten password is reset only after identity is verified again (S4-27): at an office
 * against the presented documents (a new generated password the holder must change at the next
 * sign-in), or online against the civil registry (S0-48, the holder chooses the new password). A
 * reset also lifts a lockout. Failed online attempts stay in the audit trail.
 */
@Stateless
public class PasswordReset {
    static final String ENTITY = "UserAccount";

    @PersistenceContext(unitName = "edalat")
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private AuditTrail audit;

    @Inject
    private IdentityRegistry identityRegistry;

    private PersonStore store;

    @PostConstruct
    void init() {
        store = new PersonStore(em);
    }

    /**
     * An office, having verified the holder's identity against the documents again, issues a new
     * generated password to hand over; the holder must change it at the next sign-in.
     */
    @RolesAllowed(Role.Names.OFFICE_CLERK)
    public String resetAtOffice(String identityKey, String requestReference) {
        if (requestReference == null || requestReference.isBlank()) {
            throw InvalidFieldException.required("requestReference", "شمارهٔ درخواست امضاشده");
        }
        Person person = store.require(identityKey);
        if (!person.isVerified()) {
            throw new NotVerifiedException(person.identityKey());
        }
        UserAccount account = account(person);
        String initial = Passwords.generate();
        account.changePassword(initial);
        account.requirePasswordChange();
        account.releaseLock();
        audit.record(
                Role.OFFICE_CLERK,
                "user.password.reset",
                ENTITY,
                person.username(),
                "S4-27",
                "office; " + requestReference.strip());
        return initial;
    }

    /**
     * A holder of a national code resets the password online: national code, birth date and names
     * must match both the SANA record and the civil registry (S0-48); a mismatch changes nothing.
     */
    @PermitAll
    public void resetOnline(
            String nationalCode, LocalDate birthDate, String firstName, String lastName, String newPassword) {
        NationalCode code = InvalidFieldException.parse("nationalCode", () -> NationalCode.of(nationalCode));
        if (birthDate == null) {
            throw InvalidFieldException.required("birthDate", "تاریخ تولد");
        }
        InvalidFieldException.parse("password", () -> {
            Passwords.check(newPassword);
            return null;
        });
        Person person = store.find(code.value())
                .filter(p -> p.kind() == PersonKind.NATURAL)
                .orElse(null);
        IdentityCheck answer =
                person == null ? IdentityCheck.NOT_FOUND : identityRegistry.check(code, birthDate, firstName, lastName);
        if (answer != IdentityCheck.CONFIRMED || !birthDate.equals(person.birthDate())) {
            audit.recordSystemRefusal(
                    "portal:anonymous",
                    "user.password.reset-online.refused",
                    ENTITY,
                    code.value(),
                    "S4-27",
                    answer.name());
            throw new IdentityNotConfirmedException(); // the same answer whether or not the code is registered
        }
        UserAccount account = account(person);
        account.changePassword(newPassword);
        account.releaseLock();
        audit.recordSystem(
                "portal:" + person.username(),
                "user.password.reset-online",
                ENTITY,
                person.username(),
                "S4-27",
                "civil registry");
    }

    private UserAccount account(Person person) {
        return em.createQuery("select u from UserAccount u where u.username = :u", UserAccount.class)
                .setParameter("u", person.username())
                .getSingleResult();
    }
}
