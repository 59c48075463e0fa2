package org.edalat.accounts.domain;

/** The civil registry's answer to an identity inquiry (S0-48). */
public enum IdentityCheck {
    /** National code, birth date and name match a living person's record. */
    CONFIRMED,
    /** A record exists but the birth date or name does not match. */
    MISMATCH,
    /** No record with this national code. */
    NOT_FOUND,
    /** The record is of a deceased person. */
    DECEASED
}
