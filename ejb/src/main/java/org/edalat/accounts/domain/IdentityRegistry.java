package org.edalat.accounts.domain;

import java.time.LocalDate;

/**
 * Port to the civil registry's identity inquiry, the online identity verification S0-48 allows.
 * The production adapter calls the registry over the national justice network; where it cannot be
 * reached, {@link org.edalat.accounts.registry.LocalCivilRegistry} answers from its own records
 * with the same answers and failure modes.
 */
public interface IdentityRegistry {
    /**
     * Checks a natural person's identity.
     *
     * @throws IdentityServiceUnavailableException when the registry cannot be reached; the caller
     *     changes nothing
     */
    IdentityCheck check(NationalCode code, LocalDate birthDate, String firstName, String lastName);
}
