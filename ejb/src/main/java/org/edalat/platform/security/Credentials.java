package org.edalat.platform.security;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.edalat.platform.audit.AuditTrail;

/**
 * Credentials of accounts (S4-27: the Center secures access; the holder keeps the credentials): the
 * lockout after repeated failed sign-ins with its timed or administrative release, the login
 * history, and the change of the own password (also the forced change of a generated one).
 *
 * <p>Sign-in itself is the container's (Elytron JDBC realm, which refuses a locked account); the web
 * tier's filters report each attempt here. Those reports come from anonymous callers for failures,
 * so {@link #recordFailure} is open to everyone and answers nothing that tells whether a username
 * exists.
 */
@Stateless
@DeclareRoles({
    Role.Names.CITIZEN,
    Role.Names.OFFICE_CLERK,
    Role.Names.OFFICE_MANAGER,
    Role.Names.REFERRAL_AUTHORITY,
    Role.Names.BRANCH_CLERK,
    Role.Names.JUDGE,
    Role.Names.NOTICE_OFFICER,
    Role.Names.SERVICES_DEPUTY,
    Role.Names.INSPECTOR,
    Role.Names.BOARD_MEMBER,
    Role.Names.CENTER_HEAD,
    Role.Names.ASSOCIATION,
    Role.Names.AGENCY_API,
    Role.Names.PRISON,
    Role.Names.COMPANY_REGISTRY,
    Role.Names.ADMIN
})
public class Credentials {
    static final String ENTITY = "UserAccount";
    /** The audit actor of a lock: nobody signed in caused it, the policy did. */
    static final String LOCKOUT_ACTOR = "system:login-policy";

    @PersistenceContext(unitName = "edalat")
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private AuditTrail audit;

    private final Clock clock = Clock.systemUTC();

    /**
     * A failed sign-in with this username, reported by the login page (S4-27). Counts it towards the
     * lock and records it in the account's history; an attempt on a locked account is recorded as
     * {@link LoginOutcome#LOCKED}. An unknown or malformed username changes nothing and records
     * nothing (there is no history to show it in).
     *
     * @return the end of the lock when the account is locked now (the login page says so), else empty
     */
    @PermitAll
    public Optional<Instant> recordFailure(String username, String remoteAddress, String userAgent) {
        Optional<UserAccount> found = lockForUpdate(username);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        UserAccount account = found.get();
        Instant now = Instant.now(clock);
        boolean wasLocked = account.isLockedAt(now);
        LoginOutcome outcome = account.recordFailedLogin(now);
        em.persist(LoginEvent.of(account, now, outcome, remoteAddress, userAgent));
        if (!wasLocked && account.isLockedAt(now)) {
            audit.recordSystem(
                    LOCKOUT_ACTOR,
                    "user.lock",
                    ENTITY,
                    account.getUsername(),
                    "S4-27",
                    LoginPolicy.MAX_CONSECUTIVE_FAILURES + " failed sign-ins; until "
                            + account.lockedUntil().get());
        }
        return account.isLockedAt(now) ? account.lockedUntil() : Optional.empty();
    }

    /**
     * The caller has just signed in (S4-27): the count of failures starts again and the success is
     * recorded in the own history. Reported once per session by the web tier; the account is the
     * caller's, never a parameter.
     */
    @PermitAll
    public void recordSuccess(String remoteAddress, String userAgent) {
        callerAccount(true).ifPresent(account -> {
            account.recordSuccessfulLogin();
            em.persist(LoginEvent.of(account, Instant.now(clock), LoginOutcome.SUCCESS, remoteAddress, userAgent));
        });
    }

    /** True while the caller must change a generated password before doing anything else (S4-27). */
    @PermitAll
    public boolean passwordChangeRequired() {
        return callerAccount(false).map(UserAccount::isPasswordChangeRequired).orElse(false);
    }

    /** The caller's own latest sign-in attempts, newest first (S4-27). */
    @PermitAll
    public List<LoginEvent> myRecentLogins(int max) {
        return myLogins(0, max);
    }

    /** One page of the caller's own sign-in attempts, newest first (S4-27). */
    @PermitAll
    public List<LoginEvent> myLogins(int first, int max) {
        return em.createQuery(
                        "select e from LoginEvent e where e.username = :u order by e.occurredAt desc, e.id desc",
                        LoginEvent.class)
                .setParameter("u", requireCaller().getUsername())
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    @PermitAll
    public long countMyLogins() {
        return em.createQuery("select count(e) from LoginEvent e where e.username = :u", Long.class)
                .setParameter("u", requireCaller().getUsername())
                .getSingleResult();
    }

    /** Accounts locked now, the lock ending last first (S4-27). */
    @RolesAllowed(Role.Names.ADMIN)
    public List<UserAccount> lockedAccounts(int first, int max) {
        return em.createQuery(
                        "select u from UserAccount u where u.lockedUntil > :now order by u.lockedUntil desc, u.username",
                        UserAccount.class)
                .setParameter("now", Instant.now(clock))
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    @RolesAllowed(Role.Names.ADMIN)
    public long countLocked() {
        return em.createQuery("select count(u) from UserAccount u where u.lockedUntil > :now", Long.class)
                .setParameter("now", Instant.now(clock))
                .getSingleResult();
    }

    /** An administrator ends a lock before its time (S4-27); audited. */
    @RolesAllowed(Role.Names.ADMIN)
    public void release(String username) {
        UserAccount account = lockForUpdate(username).orElseThrow(() -> new UnknownUserException(username));
        if (!account.isLockedAt(Instant.now(clock))) {
            throw new AccountNotLockedException(username);
        }
        account.releaseLock();
        audit.record(Role.ADMIN, "user.unlock", ENTITY, username, "S4-27", null);
    }

    /**
     * The caller changes the own password (S4-27: the holder keeps the credentials): the current
     * password must be given, the new one must meet the policy and differ from it. Ends a forced
     * change. Audited under a role the caller holds.
     *
     * @throws NotSignedInException without a signed-in caller
     * @throws WrongCurrentPasswordException if the current password is wrong
     * @throws WeakPasswordException if the new password breaks the policy
     * @throws PasswordUnchangedException if the new password is the current one
     */
    @PermitAll
    public void changeOwnPassword(String currentPassword, String newPassword) {
        UserAccount account = callerAccount(true).orElseThrow(NotSignedInException::new);
        if (!account.passwordMatches(currentPassword)) {
            throw new WrongCurrentPasswordException();
        }
        Passwords.check(newPassword);
        if (account.passwordMatches(newPassword)) {
            throw new PasswordUnchangedException();
        }
        account.changePassword(newPassword);
        Role actingAs = Arrays.stream(Role.values())
                .filter(account::holds)
                .filter(r -> context.isCallerInRole(r.name()))
                .findFirst()
                .orElseThrow(NotSignedInException::new);
        audit.record(actingAs, "user.password.change", ENTITY, account.getUsername(), "S4-27", null);
    }

    private UserAccount requireCaller() {
        return callerAccount(false).orElseThrow(NotSignedInException::new);
    }

    /** The signed-in caller's account; empty for the anonymous caller. */
    private Optional<UserAccount> callerAccount(boolean forUpdate) {
        String name = context.getCallerPrincipal() == null
                ? null
                : context.getCallerPrincipal().getName();
        Optional<UserAccount> account = forUpdate ? lockForUpdate(name) : find(name);
        // The anonymous principal is not an account holder even if a user were named "anonymous".
        return account.filter(a -> a.getRoles().stream().anyMatch(r -> context.isCallerInRole(r.name())));
    }

    private Optional<UserAccount> find(String username) {
        if (!wellFormed(username)) {
            return Optional.empty();
        }
        return em.createQuery("select u from UserAccount u where u.username = :u", UserAccount.class)
                .setParameter("u", username)
                .getResultStream()
                .findFirst();
    }

    /** The account, its row locked until the transaction ends: concurrent attempts count one by one. */
    private Optional<UserAccount> lockForUpdate(String username) {
        if (!wellFormed(username)) {
            return Optional.empty();
        }
        return em.createQuery("select u from UserAccount u where u.username = :u", UserAccount.class)
                .setParameter("u", username)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst();
    }

    private static boolean wellFormed(String username) {
        try {
            UserAccount.requireValidUsername(username);
            return true;
        } catch (InvalidUsernameException e) {
            return false;
        }
    }
}
