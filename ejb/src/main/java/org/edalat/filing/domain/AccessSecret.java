package org.edalat.filing.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The access secret of a filing: given to the filer once with the tracking code, so that the public
 * status page answers by tracking code to whoever holds it (issue 4); stored only as its SHA-256.
 * Twelve characters of Crockford's base-32 alphabet (no I, L, O, U): 60 random bits, shown in three
 * groups of four; case, spaces and hyphens do not matter when it is typed back.
 */
public final class AccessSecret {
    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final int LENGTH = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private AccessSecret() {}

    /** A new random secret, formatted {@code XXXX-XXXX-XXXX}. */
    public static String generate() {
        StringBuilder s = new StringBuilder(LENGTH + 2);
        for (int i = 0; i < LENGTH; i++) {
            if (i > 0 && i % 4 == 0) {
                s.append('-');
            }
            s.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return s.toString();
    }

    /**
     * The hash kept for {@code secret}: SHA-256 of its normalised form (upper case, without spaces
     * and hyphens), lower-case hexadecimal; null for a blank secret.
     */
    public static String hash(String secret) {
        if (secret == null) {
            return null;
        }
        String normalised = secret.replaceAll("[\\s\\-\\u200c]", "").toUpperCase(Locale.ROOT);
        if (normalised.isEmpty() || normalised.length() > 64) {
            return null;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(("edalat-filing-access:" + normalised).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing", e);
        }
    }
}
