package org.edalat.platform.security;

/**
 * Every role of the system (S4-28: access levels per role). The names are the role names of the
 * Elytron domain, of {@code @RolesAllowed} and of web.xml; the Persian label is in the resource
 * bundle under {@code role.<NAME>}.
 */
public enum Role {
    /** A person with a SANA account using the portal: files, follows own matters, reads notices. */
    CITIZEN,
    /** Clerk of a licensed e-judicial-services office (S0-4 office path, S0-8 staff). */
    OFFICE_CLERK,
    /** Manager of a licensed office: answers for the office (S0-8), subject of discipline. */
    OFFICE_MANAGER,
    /** Official of a judicial unit who refers new cases to branches (S4-8). */
    REFERRAL_AUTHORITY,
    /** Clerk of a court branch: case files, notices, minutes. */
    BRANCH_CLERK,
    /** Judge of a branch. */
    JUDGE,
    /** Officer of a unit's notice (ablagh) service: paper service, publication, prisons. */
    NOTICE_OFFICER,
    /** The Center's deputy for electronic judicial services: licenses, supervises, ranks offices. */
    SERVICES_DEPUTY,
    /** Inspector of offices (inspection and ranking). */
    INSPECTOR,
    /** Member of a disciplinary board (primary or appeals). */
    BOARD_MEMBER,
    /** Head of the Center: approves tariffs (S0-13) and licensing decisions. */
    CENTER_HEAD,
    /** The Association of offices: proposes tariffs, reimburses exemptions (S0-13, S0-14). */
    ASSOCIATION,
    /** Machine account of another agency: police, relief bodies, holders of contact data (S4-17). */
    AGENCY_API,
    /** A prison or detention centre: registers detainees (S4-19.1), receives their notices (S4-19). */
    PRISON,
    /** The company registration office: registers and updates legal persons (S4-21). */
    COMPANY_REGISTRY,
    /** System administrator: users, audit verification, jobs. */
    ADMIN;

    /** Role names as constants for annotations ({@code @RolesAllowed(Role.Names.ADMIN)}). */
    public static final class Names {
        public static final String CITIZEN = "CITIZEN";
        public static final String OFFICE_CLERK = "OFFICE_CLERK";
        public static final String OFFICE_MANAGER = "OFFICE_MANAGER";
        public static final String REFERRAL_AUTHORITY = "REFERRAL_AUTHORITY";
        public static final String BRANCH_CLERK = "BRANCH_CLERK";
        public static final String JUDGE = "JUDGE";
        public static final String NOTICE_OFFICER = "NOTICE_OFFICER";
        public static final String SERVICES_DEPUTY = "SERVICES_DEPUTY";
        public static final String INSPECTOR = "INSPECTOR";
        public static final String BOARD_MEMBER = "BOARD_MEMBER";
        public static final String CENTER_HEAD = "CENTER_HEAD";
        public static final String ASSOCIATION = "ASSOCIATION";
        public static final String AGENCY_API = "AGENCY_API";
        public static final String PRISON = "PRISON";
        public static final String COMPANY_REGISTRY = "COMPANY_REGISTRY";
        public static final String ADMIN = "ADMIN";

        private Names() {}
    }
}
