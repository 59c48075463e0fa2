package org.edalat.platform.security;

/** What became of one sign-in attempt, as the login history shows it (S4-27). */
public enum LoginOutcome {
    /** Signed in. */
    SUCCESS,
    /** Wrong username or password; counts towards the lock. */
    FAILURE,
    /** Refused because the account was locked, whatever the password (S4-27). */
    LOCKED
}
