package org.edalat.filing.fees.inquiry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.edalat.accounts.domain.InvalidNationalCodeException;
import org.edalat.accounts.domain.NationalCode;
import org.edalat.filing.fees.Eligibility;
import org.edalat.filing.fees.EligibilityAnswer;
import org.edalat.filing.fees.Exemption;
import org.edalat.filing.fees.ExemptionBasis;
import org.edalat.filing.fees.NotEligibleForExemptionException;
import org.junit.jupiter.api.Test;

/** The local adapters of the three bodies answer as the bodies do (S0-14). */
class CoveredPersonsTest {
    private static final Instant AT = Instant.parse("2025-10-01T07:00:00Z");
    /** 1404/07/09 in Tehran. */
    private static final LocalDate MEHR_1404 = LocalDate.of(2025, 10, 1);

    private static final NationalCode NOBODY = NationalCode.of("0045123780");

    @Test
    void aCoveredPersonIsEligibleWithTheBodysReference_S0_14() {
        EligibilityAnswer answer =
                LocalReliefCommitteeRegistry.COVERED.answer(NationalCode.of("0013542419"), MEHR_1404, AT, true);
        assertEquals(Eligibility.ELIGIBLE, answer.outcome());
        assertEquals(ExemptionBasis.RELIEF_COMMITTEE, answer.basis());
        assertEquals("RC-1404-10231", answer.reference());
        assertEquals(AT, answer.answeredAt());
        assertEquals(
                ExemptionBasis.RELIEF_COMMITTEE, Exemption.confirmedBy(answer).basis());
    }

    @Test
    void theReferenceNamesTheJalaliYearOfTheInquiry_S0_14() {
        NationalCode prisoner = NationalCode.of("0089345673");
        assertEquals(
                "PO-1403-802",
                LocalPrisonsIndigenceRegistry.COVERED
                        .answer(prisoner, LocalDate.of(2025, 3, 20), AT, true)
                        .reference());
        assertEquals(
                "PO-1404-802",
                LocalPrisonsIndigenceRegistry.COVERED
                        .answer(prisoner, LocalDate.of(2025, 3, 21), AT, true)
                        .reference());
        assertEquals(
                "WP-1404-5512",
                LocalWelfarePensionRegistry.COVERED
                        .answer(NationalCode.of("0056392141"), MEHR_1404, AT, true)
                        .reference());
    }

    @Test
    void someoneTheBodyDoesNotCoverIsNotEligible_S0_14() {
        for (CoveredPersons body : bodies()) {
            EligibilityAnswer answer = body.answer(NOBODY, MEHR_1404, AT, true);
            assertEquals(
                    Eligibility.NOT_ELIGIBLE, answer.outcome(), body.basis().name());
            assertNull(answer.reference());
            assertThrows(NotEligibleForExemptionException.class, () -> Exemption.confirmedBy(answer));
        }
    }

    @Test
    void eachBodyAnswersOnlyForItsOwnPersons_S0_14() {
        // a Relief Committee client is not, for that, a Welfare pensioner or an indigent prisoner
        NationalCode reliefClient = NationalCode.of("0067123457");
        assertTrue(LocalReliefCommitteeRegistry.COVERED.covers(reliefClient));
        assertEquals(
                Eligibility.NOT_ELIGIBLE,
                LocalWelfarePensionRegistry.COVERED
                        .answer(reliefClient, MEHR_1404, AT, true)
                        .outcome());
        assertFalse(LocalPrisonsIndigenceRegistry.COVERED.covers(reliefClient));
        Set<ExemptionBasis> bases = EnumSet.noneOf(ExemptionBasis.class);
        bodies().forEach(b -> bases.add(b.basis()));
        assertEquals(EnumSet.allOf(ExemptionBasis.class), bases, "one body per basis");
    }

    @Test
    void anUnreachableBodyAnswersUnavailableEvenForACoveredPerson_S0_14() {
        EligibilityAnswer answer =
                LocalWelfarePensionRegistry.COVERED.answer(NationalCode.of("0078234565"), MEHR_1404, AT, false);
        assertEquals(Eligibility.UNAVAILABLE, answer.outcome());
        assertNull(answer.reference());
    }

    @Test
    void theRegisterHoldsOnlyValidNationalCodes() {
        assertThrows(
                InvalidNationalCodeException.class,
                () -> new CoveredPersons(ExemptionBasis.RELIEF_COMMITTEE, "RC", Map.of("0013542418", 1)));
    }

    private static List<CoveredPersons> bodies() {
        return List.of(
                LocalReliefCommitteeRegistry.COVERED,
                LocalWelfarePensionRegistry.COVERED,
                LocalPrisonsIndigenceRegistry.COVERED);
    }
}
