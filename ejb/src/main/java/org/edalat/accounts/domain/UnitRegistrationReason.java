package org.edalat.accounts.domain;

/** Why a judicial unit registers a party itself instead of sending the party to an office. */
public enum UnitRegistrationReason {
    /** An urgent judicial act (S4-11). */
    URGENT,
    /** The district has no licensed office (S4-11.1). */
    NO_OFFICE_IN_DISTRICT
}
