package org.edalat.platform.security;

import java.security.SecureRandom;
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

    /** Length of a generated password: 12 of 55 symbols, about 69 bits. */
    static final int GENERATED_LENGTH = 12;

    /** Letters and digits that cannot be mistaken for one another (no 0/O/o, 1/l/I). */
    static final String UNAMBIGUOUS_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz";

    static final String UNAMBIGUOUS_DIGITS = "23456789";

    private static final String UNAMBIGUOUS = UNAMBIGUOUS_LETTERS + UNAMBIGUOUS_DIGITS;
    private static final SecureRandom RANDOM = new SecureRandom();

    private Passwords() {}

    /**
     * A random initial password (S4-27) that satisfies {@link #check}: {@value #GENERATED_LENGTH}
     * unambiguous letters and digits, at least one of each, from {@link SecureRandom}. It is meant
     * to be handed over once; {@link UserAccount#openWithInitialPassword} makes its holder change it.
     */
    public static String generate() {
        char[] password = new char[GENERATED_LENGTH];
        password[0] = pick(UNAMBIGUOUS_LETTERS);
        password[1] = pick(UNAMBIGUOUS_DIGITS);
        for (int i = 2; i < password.length; i++) {
            password[i] = pick(UNAMBIGUOUS);
        }
        for (int i = password.length - 1; i > 0; i--) { // Fisher-Yates: the letter and digit go anywhere
            int j = RANDOM.nextInt(i + 1);
            char swap = password[i];
            password[i] = password[j];
            password[j] = swap;
        }
        return new String(password);
    }

    private static char pick(String alphabet) {
        return alphabet.charAt(RANDOM.nextInt(alphabet.length()));
    }

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
