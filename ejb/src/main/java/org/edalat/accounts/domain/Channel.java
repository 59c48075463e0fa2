package org.edalat.accounts.domain;

/** Through whom a registration or change of SANA data came (S0-40.b: every change says who asked). */
public enum Channel {
    /** The person on the portal. */
    SELF,
    /** A licensed office, at the person's request (S0-4). */
    OFFICE,
    /** A judicial unit, in urgent cases or where the district has no office (S4-11, S4-11.1). */
    UNIT,
    /** A prison registering a detainee (S4-19.1). */
    PRISON,
    /** The company registration office (S4-21). */
    REGISTRY,
    /** Another body handing over contact data it holds (S4-17). */
    AGENCY,
    /** The Center's administrator (special account holders). */
    ADMIN
}
