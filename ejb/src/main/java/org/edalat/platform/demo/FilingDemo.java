package org.edalat.platform.demo;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.edalat.filing.domain.FilingKind;
import org.edalat.filing.fees.Bracket;
import org.edalat.filing.fees.BracketedFee;
import org.edalat.filing.fees.FeeRule;
import org.edalat.filing.fees.FeeScheduleVersion;
import org.edalat.filing.fees.FixedFee;
import org.edalat.filing.fees.OfficeService;
import org.edalat.filing.fees.Rials;
import org.edalat.filing.fees.StoredFeeScheduleVersion;
import org.edalat.filing.fees.TariffVersion;
import org.edalat.platform.security.Role;

/**
 * The filing part of the demo data (README.md lists it): a judicial service fee schedule in force
 * since 1404/01/01 (S0-3) and an office tariff ratified and in force from the day the demo is loaded
 * (S0-13), with its whole approval chain.
 */
public final class FilingDemo {
    /** The demo fee schedule version, in force from 2025-03-21 (۱۴۰۴/۰۱/۰۱). */
    static final String FEE_SCHEDULE = "FS-1404";
    /** The demo office tariff version. */
    static final String TARIFF = "T-1404-DEMO";

    private final EntityManager em;
    private final Instant now;

    public FilingDemo(EntityManager em, Instant now) {
        this.em = em;
        this.now = now;
    }

    /** Whether the filing demo data is there already (older demo databases get it later). */
    public static boolean present(EntityManager em) {
        return em.find(StoredFeeScheduleVersion.class, FEE_SCHEDULE) != null;
    }

    /** Loads the fee schedule and (unless there) the tariff; tests load it to have fees in force today. */
    public void load() {
        Map<FilingKind, FeeRule> rules = new EnumMap<>(FilingKind.class);
        rules.put(FilingKind.CRIMINAL_COMPLAINT, new FixedFee(Rials.of(1_000_000)));
        rules.put(FilingKind.SUBMISSION, new FixedFee(Rials.of(500_000)));
        rules.put(
                FilingKind.CIVIL_PETITION,
                new BracketedFee(
                        List.of(
                                Bracket.upTo(200_000_000, "2.5"),
                                Bracket.upTo(1_000_000_000, "3"),
                                Bracket.above("3.5")),
                        Rials.of(500_000),
                        null));
        em.persist(StoredFeeScheduleVersion.of(
                new FeeScheduleVersion(FEE_SCHEDULE, LocalDate.of(2025, 3, 21), rules), "system:demo-loader", now));

        if (em.find(TariffVersion.class, TARIFF) == null) {
            Map<OfficeService, Rials> items = Map.of(
                    OfficeService.FILING_COMPLAINT, Rials.of(2_500_000),
                    OfficeService.FILING_PETITION, Rials.of(3_000_000),
                    OfficeService.FILING_SUBMISSION, Rials.of(1_500_000),
                    OfficeService.DOCUMENT_DIGITISATION, Rials.of(50_000),
                    OfficeService.IDENTITY_VERIFICATION, Rials.of(400_000));
            TariffVersion tariff = TariffVersion.propose(
                    TARIFF, items, "association", Role.ASSOCIATION, "DEMO-ASSOC-1", now.minus(Duration.ofDays(20)));
            tariff.approve("centerhead", Role.CENTER_HEAD, now.minus(Duration.ofDays(10)));
            LocalDate today = now.atZone(TariffVersion.TEHRAN).toLocalDate();
            tariff.ratifyByDecree("centerhead", Role.CENTER_HEAD, now, today, "9000/1404/101", today);
            em.persist(tariff);
        }
    }
}
