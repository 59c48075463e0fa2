package org.edalat.accounts.domain;

import java.util.Locale;

/**
 * The national judicial e-mail address the Center creates for a person with neither a mobile
 * number nor an e-mail address, used for notice alerts (S4-10.2).
 *
 * <p>Format: {@code j} + the person's identity key (national code, legal-person national id, or
 * {@code f} + foreign-national id) + {@code @} + {@value #DOMAIN}, e.g. {@code
 * j0013542419@eblagh.adliran.ir}. The identity key is unique, so the address is; it never changes
 * once created, even after the person records a mobile or an e-mail.
 */
public final class JudicialEmail {
    /** The mail domain of national judicial addresses. */
    public static final String DOMAIN = "eblagh.adliran.ir";

    private JudicialEmail() {}

    /** The address for the person with this identity key. */
    public static String forIdentity(String identityKey) {
        if (identityKey == null || !identityKey.matches("[A-Za-z0-9]{1,40}")) {
            throw new IllegalArgumentException("identity key must be 1-40 letters or digits");
        }
        return "j" + identityKey.toLowerCase(Locale.ROOT) + "@" + DOMAIN;
    }
}
