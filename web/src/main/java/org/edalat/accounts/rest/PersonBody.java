package org.edalat.accounts.rest;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.edalat.accounts.application.PersonDetails;
import org.edalat.accounts.domain.ContactChange;
import org.edalat.accounts.domain.PersonKind;
import org.edalat.accounts.domain.RepresentativeCapacity;

/**
 * A person as a registration states it (S4-9, S4-10): the kind (NATURAL when left out), the
 * identifier that fits it, the birth date of a natural person, and the first contact data. Only the
 * shape is checked here; the identifiers and contact values are checked by the domain, which names
 * the field at fault in the problem's {@code errors} (422).
 */
public class PersonBody extends ContactBody {
    @Schema(description = "NATURAL (default), FOREIGN_NATURAL or LEGAL")
    public PersonKind kind;

    @Schema(description = "Iranian national code, 10 digits with its check digit", example = "0013542419")
    public String nationalCode;

    @Schema(description = "Legal-person national id, 11 digits with its check digit")
    public String legalId;

    @Schema(description = "Foreign-national id (FOREIGN_NATURAL)")
    public String foreignId;

    public String passportNumber;
    public String nationality;

    @Schema(description = "ISO-8601 date", example = "1985-03-21")
    public LocalDate birthDate;

    @Schema(description = "Company registration number (LEGAL)")
    public String registrationNumber;

    @Schema(description = "Identity key of the natural person representing a legal person (S4-10.1)")
    public String representativeNationalCode;

    public RepresentativeCapacity representativeCapacity;

    /** The details the services take. */
    PersonDetails details() {
        return details(kind == null ? PersonKind.NATURAL : kind);
    }

    PersonDetails details(PersonKind asKind) {
        return new PersonDetails(
                asKind,
                nationalCode,
                legalId,
                foreignId,
                passportNumber,
                nationality,
                birthDate,
                registrationNumber,
                representativeNationalCode,
                representativeCapacity,
                contactChange());
    }

    /** The first contact data; null when the body carries none. */
    ContactChange contactChange() {
        ContactChange change = change();
        return change.isEmpty() ? null : change;
    }
}
