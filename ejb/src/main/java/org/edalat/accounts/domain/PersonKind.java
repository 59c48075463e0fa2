package org.edalat.accounts.domain;

/** The kinds of account holders of SANA (S4-9, S4-10.1, S4-18, S4-19). */
public enum PersonKind {
    /** An Iranian natural person, keyed by the national code. */
    NATURAL,
    /** A foreign national, keyed by the foreign-national id, with a passport number. */
    FOREIGN_NATURAL,
    /** A legal person, keyed by the legal-person national id; represented by a natural person (S4-10.1). */
    LEGAL,
    /** A state body: receives notices for others later (S4-18). */
    STATE_BODY,
    /** A prison or detention centre: registers detainees (S4-19.1) and receives their notices (S4-19). */
    PRISON;

    /** Whether this kind is keyed by a legal-person national id. */
    public boolean isLegalEntity() {
        return this == LEGAL || this == STATE_BODY || this == PRISON;
    }
}
