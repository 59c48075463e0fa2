package org.edalat.platform.security;

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
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.edalat.platform.audit.AuditTrail;

/** Administration of user accounts (S4-27, S4-28) and the caller's own account. */
@Stateless
public class UserAccountService {
    static final String ENTITY = "UserAccount";

    @PersistenceContext(unitName = "edalat")
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private AuditTrail audit;

    private final Clock clock = Clock.systemUTC();

    /** Opens an account; a second account with the same username, even concurrently, is refused. */
    @RolesAllowed(Role.Names.ADMIN)
    public UserAccount open(String username, String displayName, String rawPassword, Set<Role> roles) {
        UserAccount.requireValidUsername(username);
        if (findByUsername(username).isPresent()) {
            throw new UsernameTakenException(username);
        }
        UserAccount account = UserAccount.open(username, displayName, rawPassword, roles, Instant.now(clock));
        try {
            em.persist(account);
            em.flush(); // the unique constraint decides a concurrent race
        } catch (PersistenceException raced) {
            throw new UsernameTakenException(username);
        }
        audit.record(Role.ADMIN, "user.open", ENTITY, username, "S4-28", "roles=" + roles);
        return account;
    }

    @RolesAllowed(Role.Names.ADMIN)
    public void disable(String username) {
        UserAccount account = require(username);
        account.disable();
        audit.record(Role.ADMIN, "user.disable", ENTITY, username, "S4-28", null);
    }

    /** One account by username; an unknown one is {@link UnknownUserException}. */
    @RolesAllowed(Role.Names.ADMIN)
    public UserAccount find(String username) {
        return require(username);
    }

    @RolesAllowed(Role.Names.ADMIN)
    public List<UserAccount> list(int first, int max) {
        return em.createQuery("select u from UserAccount u order by u.username", UserAccount.class)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    @RolesAllowed(Role.Names.ADMIN)
    public long count() {
        return em.createQuery("select count(u) from UserAccount u", Long.class).getSingleResult();
    }

    /** The caller's own account (any authenticated caller). */
    @PermitAll
    public Optional<UserAccount> me() {
        return findByUsername(context.getCallerPrincipal().getName());
    }

    private UserAccount require(String username) {
        return findByUsername(username).orElseThrow(() -> new UnknownUserException(username));
    }

    private Optional<UserAccount> findByUsername(String username) {
        return em.createQuery("select u from UserAccount u where u.username = :u", UserAccount.class)
                .setParameter("u", username)
                .getResultStream()
                .findFirst();
    }
}
