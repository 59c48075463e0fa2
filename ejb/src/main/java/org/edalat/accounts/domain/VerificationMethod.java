package org.edalat.accounts.domain;

/** How a person's identity was verified, making the registration final (S4-10). */
public enum VerificationMethod {
    /** An office checked the presented identity documents (S0-4). */
    OFFICE_DOCUMENTS,
    /** Online inquiry of the civil registry (S0-48). */
    ONLINE,
    /** A judicial unit registering a party itself (S4-11, S4-11.1). */
    JUDICIAL_UNIT,
    /** A prison registering a detainee from its records (S4-19.1). */
    PRISON,
    /** The company registration office, the authority on legal persons (S4-21). */
    COMPANY_REGISTRY,
    /** The Center, for state bodies and prisons it opens accounts for. */
    CENTER
}
