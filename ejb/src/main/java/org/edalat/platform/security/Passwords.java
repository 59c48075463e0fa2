package org.edalat.platform.security;

import org.mindrot.jbcrypt.BCrypt;

/**
 * Password hashing (bcrypt, modular-crypt form {@code $2a$10$...}) and the password policy. The
 * Elytron JDBC realm verifies the same hashes at login (modular-crypt-mapper), so the application
 * never compares passwords itself except to re-authenticate.
 */
public final class Passwords {
    /** bcrypt cost: 2^10 rounds, about 60-100 ms on one core of the CI machine. */
    static final int COST = 10;

    static final int MIN_LENGTH = 8;
    static final int MAX_LENGTH = 72; // bcrypt uses the first 72 bytes only

    private Passwords() {}

    /** Returns the bcrypt hash of an acceptable password; refuses a weak one (S4-28). */
    public static String hash(String rawPassword) {
        check(rawPassword);
        return BCrypt.hashpw(rawPassword, BCrypt.gensalt(COST));
    }

    /** True if the raw password matches the stored hash. */
    public static boolean matches(String rawPassword, String hash) {
        return rawPassword != null && hash != null && BCrypt.checkpw(rawPassword, hash);
    }

    /** Policy: 8 to 72 characters with at least one letter and one digit. */
    public static void check(String rawPassword) {
        if (rawPassword == null
                || rawPassword.length() < MIN_LENGTH
                || rawPassword.length() > MAX_LENGTH
                || rawPassword.chars().noneMatch(Character::isLetter)
                || rawPassword.chars().noneMatch(Character::isDigit)) {
            throw new WeakPasswordException();
        }
    }
}
