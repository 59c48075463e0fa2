package org.edalat.platform.web.security;

/** Names of the session and request attributes the credential filters and screens share (S4-27). */
final class CredentialAttributes {
    /** Session: the username whose sign-in this session has recorded (once per session). */
    static final String RECORDED_SIGN_IN = "edalat.credentials.recordedSignIn";

    /** Session: Boolean, whether the signed-in user must still change a generated password. */
    static final String PASSWORD_CHANGE_REQUIRED = "edalat.credentials.passwordChangeRequired";

    /** Request: the {@link java.time.Instant} a locked account is locked until (the login page shows it). */
    static final String LOCKED_UNTIL = "edalat.lockedUntil";

    /** The form-login parameter with the username the failed attempt was made for. */
    static final String USERNAME_PARAMETER = "j_username";

    private CredentialAttributes() {}
}
