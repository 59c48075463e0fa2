package org.edalat.filing.fees;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/** Tariff versions for the tests (S0-13). */
final class Tariffs {
    static final Instant PROPOSED_AT = Instant.parse("2025-02-01T06:30:00Z");
    static final Instant APPROVED_AT = Instant.parse("2025-02-10T07:00:00Z");
    static final Instant RATIFIED_AT = Instant.parse("2025-03-01T08:00:00Z");

    static final Map<OfficeService, Rials> ITEMS = Map.of(
            OfficeService.FILING_COMPLAINT, Rials.of(2_500_000),
            OfficeService.FILING_PETITION, Rials.of(3_000_000),
            OfficeService.FILING_SUBMISSION, Rials.of(1_500_000),
            OfficeService.DOCUMENT_DIGITISATION, Rials.of(50_000),
            OfficeService.IDENTITY_VERIFICATION, Rials.of(400_000));

    private Tariffs() {}

    static TariffVersion proposed(String id) {
        return TariffVersion.propose(id, ITEMS, "association", PROPOSED_AT);
    }

    static TariffVersion approved(String id) {
        TariffVersion version = proposed(id);
        version.approve("centerhead", APPROVED_AT);
        return version;
    }

    static TariffVersion ratified(String id, LocalDate inForceFrom) {
        return ratified(id, ITEMS, inForceFrom, RATIFIED_AT);
    }

    static TariffVersion ratified(String id, Map<OfficeService, Rials> items, LocalDate inForceFrom, Instant at) {
        TariffVersion version = TariffVersion.propose(id, items, "association", PROPOSED_AT);
        version.approve("centerhead", APPROVED_AT);
        version.ratify("judiciary-head", at, inForceFrom);
        return version;
    }

    static TariffVersion rejected(String id) {
        TariffVersion version = proposed(id);
        version.reject("centerhead", APPROVED_AT, "مبالغ بیش از اندازه است");
        return version;
    }
}
