package org.edalat.platform.security;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A login of the intranet or an agency API client. The password is kept only as a bcrypt hash;
 * the Elytron realm reads {@code user_account} and {@code user_account_role} at login (S4-27,
 * S4-28: secured access and access levels per role).
 */
@Entity
@Table(name = "user_account")
public class UserAccount {
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,100}");

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "user_account_seq")
    @SequenceGenerator(name = "user_account_seq", sequenceName = "user_account_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, unique = true, length = 100)
    private String username;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(name = "password_hash", nullable = false, length = 100)
    private String passwordHash;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_account_role", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role_name", length = 40, nullable = false)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    /** Failed sign-ins since the last success or the last lock (S4-27). */
    @Column(name = "failed_attempts", nullable = false)
    private int failedAttempts;

    /** Until when the account is locked; null or past: not locked. The Elytron realm reads it (S4-27). */
    @Column(name = "locked_until")
    private Instant lockedUntil;

    /** The password was generated or set by someone else and must be changed at the next sign-in (S4-27). */
    @Column(name = "password_change_required", nullable = false)
    private boolean passwordChangeRequired;

    @Version
    private long version;

    protected UserAccount() {}

    private UserAccount(String username, String displayName, String passwordHash, Set<Role> roles, Instant now) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.roles = EnumSet.copyOf(roles);
        this.enabled = true;
        this.createdAt = now;
    }

    /** Opens an enabled account; refuses a malformed username, a weak password or no role. */
    public static UserAccount open(
            String username, String displayName, String rawPassword, Set<Role> roles, Instant now) {
        requireValidUsername(username);
        if (displayName == null || displayName.isBlank() || displayName.length() > 200) {
            throw new IllegalArgumentException("display name must be 1-200 characters");
        }
        if (roles == null || roles.isEmpty()) {
            throw new NoRoleException();
        }
        return new UserAccount(username, displayName.strip(), Passwords.hash(rawPassword), roles, now);
    }

    /**
     * Opens an enabled account with a generated initial password (see {@link Passwords#generate()})
     * that its holder must change at the first sign-in (S4-27: the holder keeps the credentials, so a
     * password someone else has seen does not stay in use).
     */
    public static UserAccount openWithInitialPassword(
            String username, String displayName, Set<Role> roles, String initialPassword, Instant now) {
        UserAccount account = open(username, displayName, initialPassword, roles, now);
        account.requirePasswordChange();
        return account;
    }

    /** Refuses a username that is not 3-100 of {@code [a-z0-9._-]}. */
    public static void requireValidUsername(String username) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new InvalidUsernameException();
        }
    }

    /** Sets a new password under the policy; a pending forced change is thereby done (S4-27). */
    public void changePassword(String rawPassword) {
        this.passwordHash = Passwords.hash(rawPassword);
        this.passwordChangeRequired = false;
    }

    /** The holder must choose a new password at the next sign-in (S4-27). */
    public void requirePasswordChange() {
        this.passwordChangeRequired = true;
    }

    public boolean isPasswordChangeRequired() {
        return passwordChangeRequired;
    }

    /**
     * A sign-in with a wrong password (S4-27): counts it and locks the account for {@link
     * LoginPolicy#LOCK_DURATION} at the {@link LoginPolicy#MAX_CONSECUTIVE_FAILURES}th failure in
     * a row. An attempt while locked neither counts nor extends the lock; after a lock has ended by
     * itself the count starts again.
     *
     * @return {@link LoginOutcome#LOCKED} if the account was locked already, else {@link
     *     LoginOutcome#FAILURE} (which may just have locked it: see {@link #isLockedAt})
     */
    public LoginOutcome recordFailedLogin(Instant now) {
        if (isLockedAt(now)) {
            return LoginOutcome.LOCKED;
        }
        if (lockedUntil != null) {
            releaseLock(); // the lock ended by itself: a fresh count
        }
        failedAttempts++;
        if (LoginPolicy.locksAfter(failedAttempts)) {
            lockedUntil = LoginPolicy.lockEndsAt(now);
        }
        return LoginOutcome.FAILURE;
    }

    /** A sign-in that succeeded: the count of failures starts again (S4-27). */
    public void recordSuccessfulLogin() {
        failedAttempts = 0;
        lockedUntil = null;
    }

    /** True while a lock holds (S4-27); the realm uses the same rule, {@code locked_until < now}. */
    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** The end of the current or last lock, if any (S4-27). */
    public Optional<Instant> lockedUntil() {
        return Optional.ofNullable(lockedUntil);
    }

    /** Ends a lock before its time (an administrator's release) and clears the count (S4-27). */
    public void releaseLock() {
        failedAttempts = 0;
        lockedUntil = null;
    }

    public int getFailedAttempts() {
        return failedAttempts;
    }

    public boolean passwordMatches(String rawPassword) {
        return Passwords.matches(rawPassword, passwordHash);
    }

    public void disable() {
        this.enabled = false;
    }

    public void enable() {
        this.enabled = true;
    }

    public boolean holds(Role role) {
        return roles.contains(role);
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Set<Role> getRoles() {
        return Collections.unmodifiableSet(roles);
    }
}
