package org.edalat.platform.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.edalat.platform.security.Role;

/**
 * Every screen of the intranet and who may open it (S4-28: access levels per role). The menu shows
 * a user only the screens open to one of the user's roles; web.xml enforces the same on the paths
 * (ScreenCatalogTest keeps the two in step). Later issues add their screens here.
 */
public final class ScreenCatalog {
    private static final Set<Role> EVERYONE = EnumSet.allOf(Role.class);

    /** The screens in menu order. */
    public static final List<Screen> SCREENS = List.of(
            new Screen("/index.xhtml", "menu.dashboard", "pi pi-home", EVERYONE),
            new Screen(
                    "/units/index.xhtml",
                    "menu.units",
                    "pi pi-building",
                    EnumSet.of(
                            Role.ADMIN, Role.REFERRAL_AUTHORITY, Role.BRANCH_CLERK, Role.JUDGE, Role.NOTICE_OFFICER)),
            new Screen(
                    "/offices/index.xhtml",
                    "menu.offices",
                    "pi pi-briefcase",
                    EnumSet.of(
                            Role.ADMIN,
                            Role.SERVICES_DEPUTY,
                            Role.INSPECTOR,
                            Role.BOARD_MEMBER,
                            Role.CENTER_HEAD,
                            Role.ASSOCIATION)),
            new Screen("/admin/users.xhtml", "menu.users", "pi pi-users", EnumSet.of(Role.ADMIN)),
            new Screen("/admin/audit.xhtml", "menu.audit", "pi pi-shield", EnumSet.of(Role.ADMIN)),
            new Screen("/admin/jobs.xhtml", "menu.jobs", "pi pi-cog", EnumSet.of(Role.ADMIN)));

    private ScreenCatalog() {}

    /** The screens open to a user with these roles, in menu order. */
    public static List<Screen> openTo(Set<Role> roles) {
        return SCREENS.stream().filter(s -> s.openTo(roles)).toList();
    }
}
