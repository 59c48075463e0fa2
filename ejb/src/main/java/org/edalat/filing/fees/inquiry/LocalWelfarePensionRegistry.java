package org.edalat.filing.fees.inquiry;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.edalat.accounts.domain.NationalCode;
import org.edalat.filing.fees.EligibilityAnswer;
import org.edalat.filing.fees.EligibilityInquiry;
import org.edalat.filing.fees.ExemptionBasis;

/**
 * LOCAL ADAPTER of the Welfare Organisation's inquiry of its <em>pension-receiving</em> clients
 * (S0-14: only those are exempt), for machines that cannot reach the Organisation: it knows a fixed
 * few pensioners (README.md, demo) and answers as the Organisation does, with a reference {@code
 * WP-<Jalali year>-<file>}; while the system property {@value #OUTAGE_PROPERTY} is {@code true} it
 * answers {@code UNAVAILABLE}.
 */
@Stateless
@LocalBean
@Local(EligibilityInquiry.class)
public class LocalWelfarePensionRegistry implements EligibilityInquiry {
    /** While this system property is {@code true}, the adapter behaves as an unreachable Organisation. */
    public static final String OUTAGE_PROPERTY = "edalat.welfare-pension.outage";

    static final CoveredPersons COVERED = new CoveredPersons(
            ExemptionBasis.WELFARE_PENSIONER,
            "WP",
            Map.of(
                    "0056392141", 5512, // کاظم صادقی (demo civil registry)
                    "0078234565", 5519));

    @Override
    @PermitAll
    public ExemptionBasis basis() {
        return COVERED.basis();
    }

    @Override
    @PermitAll
    public EligibilityAnswer ask(NationalCode person, LocalDate date) {
        return COVERED.answer(person, date, Instant.now(), !Boolean.getBoolean(OUTAGE_PROPERTY));
    }
}
