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
            // Accounts (SANA): search and view persons; registration by an office (S0-4) or a unit (S4-11).
            new Screen(
                    "/persons/index.xhtml",
                    "menu.persons",
                    "pi pi-id-card",
                    EnumSet.of(
                            Role.OFFICE_CLERK,
                            Role.BRANCH_CLERK,
                            Role.JUDGE,
                            Role.REFERRAL_AUTHORITY,
                            Role.NOTICE_OFFICER,
                            Role.ADMIN)),
            new Screen(
                    "/persons/register.xhtml",
                    "menu.registerPerson",
                    "pi pi-user-plus",
                    EnumSet.of(Role.OFFICE_CLERK, Role.BRANCH_CLERK, Role.JUDGE, Role.REFERRAL_AUTHORITY)),
            // Filing (issue 4): the office path of S0-4, worked by the clerk for the applicant.
            new Screen("/office/filing.xhtml", "menu.officeFiling", "pi pi-file-edit", EnumSet.of(Role.OFFICE_CLERK)),
            new Screen(
                    "/office/filings.xhtml", "menu.officeFilings", "pi pi-folder-open", EnumSet.of(Role.OFFICE_CLERK)),
            // The citizen portal: the own SANA record (S4-10, S0-48) and contact data (S4-12).
            new Screen("/portal/profile.xhtml", "menu.portalProfile", "pi pi-user", EnumSet.of(Role.CITIZEN)),
            new Screen("/portal/contact.xhtml", "menu.portalContact", "pi pi-envelope", EnumSet.of(Role.CITIZEN)),
            // Filing (issue 4): the citizen's own filings on the portal (S0-3).
            new Screen("/portal/filing.xhtml", "menu.portalFiling", "pi pi-file-edit", EnumSet.of(Role.CITIZEN)),
            new Screen("/portal/filings.xhtml", "menu.portalFilings", "pi pi-folder-open", EnumSet.of(Role.CITIZEN)),
            // Fees (issue 4): the judicial service fee schedule as versions (S0-3) and the office tariffs
            // with their approval chain (S0-13).
            new Screen(
                    "/fees/schedule.xhtml",
                    "menu.feeSchedule",
                    "pi pi-calculator",
                    EnumSet.of(Role.ADMIN, Role.SERVICES_DEPUTY)),
            new Screen(
                    "/fees/tariffs.xhtml",
                    "menu.tariffs",
                    "pi pi-money-bill",
                    EnumSet.of(Role.ASSOCIATION, Role.CENTER_HEAD, Role.SERVICES_DEPUTY, Role.ADMIN)),
            // S0-14: the Association's reimbursement ledger of exempt clients' services, per office and month.
            new Screen(
                    "/association/reimbursements.xhtml",
                    "menu.reimbursements",
                    "pi pi-wallet",
                    EnumSet.of(Role.ASSOCIATION, Role.SERVICES_DEPUTY, Role.ADMIN)),
            new Screen("/admin/users.xhtml", "menu.users", "pi pi-users", EnumSet.of(Role.ADMIN)),
            new Screen("/admin/audit.xhtml", "menu.audit", "pi pi-shield", EnumSet.of(Role.ADMIN)),
            new Screen("/admin/jobs.xhtml", "menu.jobs", "pi pi-cog", EnumSet.of(Role.ADMIN)),
            // S4-27: accounts locked after repeated failed sign-ins, released early by an administrator.
            new Screen("/admin/lockouts.xhtml", "menu.lockouts", "pi pi-lock", EnumSet.of(Role.ADMIN)));

    /**
     * The signed-in user's own account (S4-27: the holder keeps the credentials), open to every role
     * under web.xml's any-signed-in-user constraint. Shown in the layout's user box rather than the
     * role menu, which lists each role's work screens.
     */
    public static final List<Screen> ACCOUNT_SCREENS = List.of(
            new Screen("/account/password.xhtml", "menu.password", "pi pi-key", EVERYONE),
            new Screen("/account/logins.xhtml", "menu.logins", "pi pi-history", EVERYONE));

    private ScreenCatalog() {}

    /** The screens open to a user with these roles, in menu order. */
    public static List<Screen> openTo(Set<Role> roles) {
        return SCREENS.stream().filter(s -> s.openTo(roles)).toList();
    }
}
