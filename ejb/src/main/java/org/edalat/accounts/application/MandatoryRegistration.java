package org.edalat.accounts.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import org.edalat.accounts.domain.IdentifierKeys;
import org.edalat.accounts.domain.InvalidFieldException;
import org.edalat.accounts.domain.PartyNotRegisteredException;
import org.edalat.accounts.domain.PartyRole;
import org.edalat.accounts.domain.Standing;
import org.edalat.platform.security.Role;

/**
 * Mandatory registration (S4-11): the accused, defendant, bail guarantor, surety, witness and
 * arbitrator must hold a verified account before any judicial act concerning them. Other contexts
 * flag parties with {@link #flag} and guard an act with {@link #requireRegistered}; for an urgent
 * act the unit registers the party itself first ({@link PersonRegistry#registerByUnit} with reason
 * URGENT), after which the guard passes.
 */
@Stateless
@RolesAllowed({
    Role.Names.BRANCH_CLERK,
    Role.Names.JUDGE,
    Role.Names.REFERRAL_AUTHORITY,
    Role.Names.NOTICE_OFFICER,
    Role.Names.OFFICE_CLERK,
    Role.Names.ADMIN
})
public class MandatoryRegistration {
    @PersistenceContext(unitName = "edalat")
    private EntityManager em;

    private PersonStore store;

    @PostConstruct
    void init() {
        store = new PersonStore(em);
    }

    /** Where the person with this identity key stands in SANA. */
    public Standing standing(String identityKey) {
        return store.find(identityKey)
                .map(p -> p.isVerified() ? Standing.VERIFIED : Standing.PENDING_VERIFICATION)
                .orElse(Standing.NOT_REGISTERED);
    }

    /** The parties of an act, each with its standing and whether it blocks the act (S4-11). */
    public List<PartyFlag> flag(Map<String, PartyRole> parties) {
        return parties.entrySet().stream()
                .map(e -> new PartyFlag(key(e.getKey()), e.getValue(), standing(e.getKey())))
                .toList();
    }

    /**
     * Refuses a judicial act concerning a party who must register (S4-11) and holds no verified
     * account, with {@link PartyNotRegisteredException}.
     */
    public void requireRegistered(String identityKey, PartyRole role) {
        if (role == null) {
            throw InvalidFieldException.required("role", "نقش در پرونده");
        }
        PartyFlag flag = new PartyFlag(key(identityKey), role, standing(identityKey));
        if (flag.blocking()) {
            throw new PartyNotRegisteredException(flag.identityKey(), role);
        }
    }

    private static String key(String identityKey) {
        String key = IdentifierKeys.normalise(identityKey);
        if (key == null) {
            throw InvalidFieldException.required("identityKey", "شناسهٔ شخص");
        }
        return key;
    }
}
