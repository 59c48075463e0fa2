package org.edalat.platform.web;

import java.io.Serializable;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.edalat.platform.security.Role;

/**
 * One screen of the intranet: its view id, the bundle key of its menu label, its icon and the
 * roles that may open it (the same roles web.xml's security constraints name for its path).
 */
public record Screen(String viewId, String labelKey, String icon, Set<Role> roles) implements Serializable {
    public Screen {
        roles = Collections.unmodifiableSet(EnumSet.copyOf(roles));
    }

    /** True if a user holding any of the given roles may open this screen. */
    public boolean openTo(Set<Role> userRoles) {
        return userRoles.stream().anyMatch(roles::contains);
    }
}
