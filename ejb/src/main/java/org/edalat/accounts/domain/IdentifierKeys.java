package org.edalat.accounts.domain;

import java.util.Locale;

/**
 * The identity key of a person as users type it: a national code, a legal-person national id or
 * {@code f} + a foreign-national id, in any digits, with separators. Used to look persons up.
 */
public final class IdentifierKeys {
    private IdentifierKeys() {}

    /** The key in stored form (Latin digits, lower-case {@code f}), or null for blank text. */
    public static String normalise(String text) {
        String key = IdentifierText.normalise(text);
        if (key == null || key.isEmpty()) {
            return null;
        }
        return key.toLowerCase(Locale.ROOT);
    }
}
