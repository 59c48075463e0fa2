package org.edalat.accounts.web;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import org.edalat.accounts.domain.Channel;
import org.edalat.accounts.domain.Person;
import org.edalat.accounts.domain.PersonKind;
import org.edalat.accounts.domain.RegistrationStatus;
import org.edalat.accounts.domain.RepresentativeCapacity;
import org.edalat.accounts.domain.UnitRegistrationReason;
import org.edalat.accounts.domain.VerificationMethod;

/**
 * What the screens show of a person (Serializable, no entity in view state): identity, the status of
 * the registration with how, by whom and when it was verified (S4-10), how and by whom it was
 * registered (S0-40.b, S4-11), and the national judicial e-mail address if one was created (S4-10.2).
 */
public record PersonSummary(
        String identityKey,
        String username,
        PersonKind kind,
        String name,
        String nationalCode,
        String legalId,
        String foreignId,
        String passportNumber,
        String nationality,
        LocalDate birthDate,
        String registrationNumber,
        RepresentativeCapacity representativeCapacity,
        String representativeKey,
        String representativeName,
        RegistrationStatus status,
        VerificationMethod verificationMethod,
        String verifiedBy,
        Instant verifiedAt,
        Channel registrationChannel,
        String registeredBy,
        Instant registeredAt,
        String registeringUnitCode,
        UnitRegistrationReason unitRegistrationReason,
        String judicialEmail)
        implements Serializable {

    /** Reads the person's own columns and its representative (fetched with it by PersonDirectory#find). */
    public static PersonSummary of(Person p) {
        return new PersonSummary(
                p.identityKey(),
                p.username(),
                p.kind(),
                p.currentName(),
                p.nationalCode() == null ? null : p.nationalCode().value(),
                p.legalId() == null ? null : p.legalId().value(),
                p.foreignId(),
                p.passportNumber(),
                p.nationality(),
                p.birthDate(),
                p.registrationNumber(),
                p.representativeCapacity(),
                p.representative() == null ? null : p.representative().identityKey(),
                p.representative() == null ? null : p.representative().currentName(),
                p.status(),
                p.verificationMethod(),
                p.verifiedBy(),
                p.verifiedAt(),
                p.registrationChannel(),
                p.registeredBy(),
                p.registeredAt(),
                p.registeringUnitCode(),
                p.unitRegistrationReason(),
                p.judicialEmail());
    }

    public boolean verified() {
        return status == RegistrationStatus.VERIFIED;
    }

    public boolean legalEntity() {
        return kind != null && kind.isLegalEntity();
    }
}
