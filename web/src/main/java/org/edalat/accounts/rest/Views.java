package org.edalat.accounts.rest;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.edalat.accounts.application.ContactSnapshot;
import org.edalat.accounts.application.FeedResult;
import org.edalat.accounts.application.PartyFlag;
import org.edalat.accounts.application.Registration;
import org.edalat.accounts.domain.Channel;
import org.edalat.accounts.domain.FeedItemOutcome;
import org.edalat.accounts.domain.PartyRole;
import org.edalat.accounts.domain.Person;
import org.edalat.accounts.domain.PersonKind;
import org.edalat.accounts.domain.RegistrationStatus;
import org.edalat.accounts.domain.RepresentativeCapacity;
import org.edalat.accounts.domain.Standing;
import org.edalat.accounts.domain.UnitRegistrationReason;
import org.edalat.accounts.domain.VerificationMethod;

/** What the accounts API answers with: ISO-8601 instants and dates, enums by name, never a password hash. */
public final class Views {
    private Views() {}

    /** A SANA account holder (S4-9) and where the registration stands (S4-10). */
    @JsonbPropertyOrder({
        "identityKey",
        "kind",
        "status",
        "username",
        "name",
        "nationalCode",
        "legalId",
        "foreignId",
        "passportNumber",
        "nationality",
        "birthDate",
        "registrationNumber",
        "representativeKey",
        "representativeCapacity",
        "registrationChannel",
        "registeredBy",
        "registeredAt",
        "registeringUnitCode",
        "unitRegistrationReason",
        "verifiedAt",
        "verificationMethod",
        "verifiedBy",
        "judicialEmail",
        "contactVersions"
    })
    public record PersonView(
            String identityKey,
            PersonKind kind,
            RegistrationStatus status,
            String username,
            String name,
            String nationalCode,
            String legalId,
            String foreignId,
            String passportNumber,
            String nationality,
            LocalDate birthDate,
            String registrationNumber,
            String representativeKey,
            RepresentativeCapacity representativeCapacity,
            Channel registrationChannel,
            String registeredBy,
            Instant registeredAt,
            String registeringUnitCode,
            UnitRegistrationReason unitRegistrationReason,
            Instant verifiedAt,
            VerificationMethod verificationMethod,
            String verifiedBy,
            @Schema(
                            description =
                                    "National judicial e-mail address, when the person has neither mobile nor e-mail (S4-10.2)")
                    String judicialEmail,
            int contactVersions) {
        static PersonView of(Person p) {
            return new PersonView(
                    p.identityKey(),
                    p.kind(),
                    p.status(),
                    p.username(),
                    p.currentName(),
                    p.nationalCode() == null ? null : p.nationalCode().value(),
                    p.legalId() == null ? null : p.legalId().value(),
                    p.foreignId(),
                    p.passportNumber(),
                    p.nationality(),
                    p.birthDate(),
                    p.registrationNumber(),
                    p.representative() == null ? null : p.representative().identityKey(),
                    p.representativeCapacity(),
                    p.registrationChannel(),
                    p.registeredBy(),
                    p.registeredAt(),
                    p.registeringUnitCode(),
                    p.unitRegistrationReason(),
                    p.verifiedAt(),
                    p.verificationMethod(),
                    p.verifiedBy(),
                    p.judicialEmail(),
                    p.contactVersionCount());
        }
    }

    /**
     * The answer to a registration: the identity key, where the registration stands, whether the
     * account was created now, the generated initial password (shown this once, to be handed to the
     * person, who must change it at first sign-in; absent when the person chose one), and the person.
     */
    @JsonbPropertyOrder({"identityKey", "status", "created", "username", "initialPassword", "person"})
    public record RegistrationView(
            String identityKey,
            RegistrationStatus status,
            boolean created,
            String username,
            @Schema(description = "Generated initial password, shown once; absent when the person chose one")
                    String initialPassword,
            PersonView person) {
        static RegistrationView of(Registration registration) {
            Person p = registration.person();
            return new RegistrationView(
                    p.identityKey(),
                    p.status(),
                    registration.created(),
                    p.username(),
                    registration.initialPassword(),
                    PersonView.of(p));
        }
    }

    /** A page of persons: {@code items}, the {@code total} matching, and the {@code first}/{@code max} asked. */
    public record PersonPage(List<PersonView> items, long total, int first, int max) {}

    /** One version of a person's contact data (S4-12) and who asked for it (S0-40.b). */
    @JsonbPropertyOrder({
        "identityKey",
        "version",
        "effectiveFrom",
        "name",
        "firstName",
        "lastName",
        "legalName",
        "mobile",
        "email",
        "judicialEmail",
        "alertEmail",
        "fax",
        "provinceCode",
        "city",
        "postalCode",
        "addressLine",
        "channel",
        "recordedBy",
        "requesterKey",
        "requestReference",
        "source"
    })
    public record ContactView(
            String identityKey,
            int version,
            Instant effectiveFrom,
            String name,
            String firstName,
            String lastName,
            String legalName,
            String mobile,
            String email,
            String judicialEmail,
            @Schema(description = "Where notice alerts go: the e-mail, else the judicial e-mail (S4-10.2)")
                    String alertEmail,
            String fax,
            String provinceCode,
            String city,
            String postalCode,
            String addressLine,
            Channel channel,
            String recordedBy,
            String requesterKey,
            String requestReference,
            String source) {
        static ContactView of(ContactSnapshot s) {
            return new ContactView(
                    s.identityKey(),
                    s.version(),
                    s.effectiveFrom(),
                    s.name(),
                    s.firstName(),
                    s.lastName(),
                    s.legalName(),
                    s.mobile(),
                    s.email(),
                    s.judicialEmail(),
                    s.alertEmail(),
                    s.fax(),
                    s.provinceCode(),
                    s.city(),
                    s.postalCode(),
                    s.addressLine(),
                    s.channel(),
                    s.recordedBy(),
                    s.requesterKey(),
                    s.requestReference(),
                    s.source());
        }
    }

    /** A party of a judicial act as S4-11 sees it. */
    @JsonbPropertyOrder({"identityKey", "role", "standing", "mustRegister", "blocking"})
    public record PartyView(
            String identityKey, PartyRole role, Standing standing, boolean mustRegister, boolean blocking) {
        static PartyView of(PartyFlag flag) {
            return new PartyView(
                    flag.identityKey(),
                    flag.role(),
                    flag.standing(),
                    flag.role().mustRegister(),
                    flag.blocking());
        }
    }

    /** The outcome of one feed item (S4-17): APPLIED, or REJECTED with a code and a Persian message. */
    @JsonbPropertyOrder({"index", "identityKey", "outcome", "errorCode", "message"})
    public record FeedItemView(int index, String identityKey, String outcome, String errorCode, String message) {
        static FeedItemView of(FeedItemOutcome o) {
            return new FeedItemView(o.index(), o.identityKey(), o.outcome(), o.errorCode(), o.message());
        }
    }

    /** The answer to a feed batch (S4-17); {@code replayed} when the batch id was sent before. */
    @JsonbPropertyOrder({"batchId", "replayed", "applied", "rejected", "items"})
    public record FeedResultView(
            String batchId, boolean replayed, int applied, int rejected, List<FeedItemView> items) {
        static FeedResultView of(FeedResult r) {
            return new FeedResultView(
                    r.batchId(),
                    r.replayed(),
                    r.applied(),
                    r.rejected(),
                    r.items().stream().map(FeedItemView::of).toList());
        }
    }
}
