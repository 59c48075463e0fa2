package org.edalat.it.support;

import java.util.Locale;
import org.edalat.platform.security.Role;

/** The fixture accounts every IT deployment has: one per role, {@code it-<role>} (lower case). */
public final class ItUsers {
    /** Password of every fixture account. */
    public static final String PASSWORD = "It-Pass-1405";

    private ItUsers() {}

    public static String username(Role role) {
        return "it-" + role.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
