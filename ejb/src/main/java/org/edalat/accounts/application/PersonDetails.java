package org.edalat.accounts.application;

import java.time.LocalDate;
import org.edalat.accounts.domain.ContactChange;
import org.edalat.accounts.domain.PersonKind;
import org.edalat.accounts.domain.RepresentativeCapacity;

/**
 * What a registration states about a person, whatever the channel: the kind, the identifier that
 * fits it (national code; foreign-national id with passport and nationality; legal-person national
 * id with registration number and representative), the birth date of a natural person, and the
 * first contact data (names, mobile, e-mail, address).
 */
public record PersonDetails(
        PersonKind kind,
        String nationalCode,
        String legalId,
        String foreignId,
        String passportNumber,
        String nationality,
        LocalDate birthDate,
        String registrationNumber,
        String representativeKey,
        RepresentativeCapacity representativeCapacity,
        ContactChange contact) {

    /** An Iranian natural person. */
    public static PersonDetails natural(String nationalCode, LocalDate birthDate, ContactChange contact) {
        return new PersonDetails(
                PersonKind.NATURAL, nationalCode, null, null, null, null, birthDate, null, null, null, contact);
    }

    /** A legal person represented by a registered natural person (S4-10.1). */
    public static PersonDetails legal(
            String legalId,
            String registrationNumber,
            String representativeKey,
            RepresentativeCapacity capacity,
            ContactChange contact) {
        return new PersonDetails(
                PersonKind.LEGAL,
                null,
                legalId,
                null,
                null,
                null,
                null,
                registrationNumber,
                representativeKey,
                capacity,
                contact);
    }
}
