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
 * LOCAL ADAPTER of the Imam Khomeini Relief Committee's inquiry of the persons it covers (S0-14),
 * for machines that cannot reach the Committee: it knows a fixed few covered persons (README.md,
 * demo) and answers as the Committee does, with a reference {@code RC-<Jalali year>-<file>}; while
 * the system property {@value #OUTAGE_PROPERTY} is {@code true} it answers {@code UNAVAILABLE}, as a
 * timeout of the Committee's service does.
 */
@Stateless
@LocalBean
@Local(EligibilityInquiry.class)
public class LocalReliefCommitteeRegistry implements EligibilityInquiry {
    /** While this system property is {@code true}, the adapter behaves as an unreachable Committee. */
    public static final String OUTAGE_PROPERTY = "edalat.relief-committee.outage";

    static final CoveredPersons COVERED = new CoveredPersons(
            ExemptionBasis.RELIEF_COMMITTEE,
            "RC",
            Map.of(
                    "0013542419", 10231, // مریم احمدی‌نژاد (demo SANA account)
                    "0067123457", 10477));

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
