package org.edalat.accounts.domain;

/** Where a person stands in SANA, as other contexts see it before a judicial act (S4-11). */
public enum Standing {
    NOT_REGISTERED,
    PENDING_VERIFICATION,
    VERIFIED
}
