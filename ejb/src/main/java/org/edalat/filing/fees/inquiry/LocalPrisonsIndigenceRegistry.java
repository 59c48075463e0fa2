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
 * LOCAL ADAPTER of the Prisons Organisation's confirmation of indigent prisoners (S0-14: indigent
 * prisoners <em>confirmed by the Prisons Organisation</em>), for machines that cannot reach the
 * Organisation: it knows a fixed few indigent prisoners (README.md, demo) and answers as the
 * Organisation does, with a reference {@code PO-<Jalali year>-<file>}; while the system property
 * {@value #OUTAGE_PROPERTY} is {@code true} it answers {@code UNAVAILABLE}.
 */
@Stateless
@LocalBean
@Local(EligibilityInquiry.class)
public class LocalPrisonsIndigenceRegistry implements EligibilityInquiry {
    /** While this system property is {@code true}, the adapter behaves as an unreachable Organisation. */
    public static final String OUTAGE_PROPERTY = "edalat.prisons-indigence.outage";

    static final CoveredPersons COVERED = new CoveredPersons(
            ExemptionBasis.INDIGENT_PRISONER,
            "PO",
            Map.of(
                    "0034257861", 731, // عباس قاسمی (demo SANA account registered by a judicial unit)
                    "0089345673", 802));

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
