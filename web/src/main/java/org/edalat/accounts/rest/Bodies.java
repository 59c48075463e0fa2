package org.edalat.accounts.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.edalat.accounts.domain.PartyRole;
import org.edalat.accounts.domain.RepresentativeCapacity;
import org.edalat.accounts.domain.UnitRegistrationReason;

/** The request bodies of the accounts API that are not a plain person or contact change. */
public final class Bodies {
    private Bodies() {}

    /** Self-registration on the portal: the person and a password of their own (S4-10, S4-27). */
    public static class SelfRegistration extends PersonBody {
        @NotBlank
        @Size(max = 72)
        @Schema(writeOnly = true)
        public String password;
    }

    /**
     * Registration at an office (S0-4): the person, and who asked — the person or a legal person's
     * representative — with the reference of the signed request (S0-40.b). A registration nobody
     * asked for is refused (403 unrequested-change) and audited.
     */
    public static class OfficeRegistration extends PersonBody {
        @Size(max = 40)
        public String requesterKey;

        @Size(max = 100)
        public String requestReference;
    }

    /** Registration by a judicial unit: urgent (S4-11) or no office in the district (S4-11.1). */
    public static class UnitRegistration extends PersonBody {
        @NotNull
        public UnitRegistrationReason reason;
    }

    /** A change recorded at an office: who asked for it and the signed request (S0-40.b). */
    public static class OfficeContactChange extends ContactBody {
        @Size(max = 40)
        public String requesterKey;

        @Size(max = 100)
        public String requestReference;
    }

    /** An office's identity check against presented documents (S0-4). */
    public static class OfficeVerification {
        @NotBlank
        @Size(max = 100)
        public String requestReference;
    }

    /** Online identity verification against the civil registry (S0-48). */
    public static class OnlineVerification {
        @NotNull
        @Schema(description = "ISO-8601 date")
        public LocalDate birthDate;

        @NotBlank
        @Size(max = 100)
        public String firstName;

        @NotBlank
        @Size(max = 100)
        public String lastName;
    }

    /** A legal person as the company registration office states it (S4-21, S4-10.1). */
    public static class LegalPerson extends ContactBody {
        public String registrationNumber;
        public String representativeNationalCode;
        public RepresentativeCapacity representativeCapacity;

        @Size(max = 100)
        @Schema(description = "The registry's own reference of this registration or change")
        public String registryReference;
    }

    /** One party of a judicial act and its role (S4-11). */
    public static class Party {
        @NotBlank
        @Size(max = 40)
        public String identityKey;

        @NotNull
        public PartyRole role;
    }

    /** The parties of a judicial act to flag (S4-11). */
    public static class PartyCheck {
        @NotNull
        @Size(min = 1, max = 200)
        public List<@NotNull @Valid Party> parties;
    }

    /** One person's contact data handed over by an agency (S4-17); fields left out are not changed. */
    public static class FeedItem {
        public String identityKey;
        public String mobile;
        public String email;
        public String fax;
        public String provinceCode;
        public String city;
        public String postalCode;
        public String addressLine;
    }

    /**
     * A batch of contact data (S4-17). Items are checked one by one by the service: a bad item is
     * reported by its index and the good ones still applied, so items carry no constraints here.
     */
    public static class FeedBatch {
        @NotNull
        public List<FeedItem> items;
    }
}
