package org.edalat.accounts.domain;

/** Where a registration stands: it is final only once identity is verified (S4-10). */
public enum RegistrationStatus {
    PENDING_VERIFICATION,
    VERIFIED
}
