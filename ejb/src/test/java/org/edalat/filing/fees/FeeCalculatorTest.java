package org.edalat.filing.fees;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.edalat.filing.domain.FilingKind;
import org.edalat.platform.BusinessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The judicial service fee the system computes for a filing (S0-3), from the schedule as data. */
class FeeCalculatorTest {
    static final LocalDate V1_FROM = LocalDate.of(2024, 3, 20); // 1403/01/01
    static final LocalDate V2_FROM = LocalDate.of(2025, 3, 21); // 1404/01/01

    /** Civil petition: 2.5 % up to 200 M, 3 % up to 1,000 M, 3.5 % above; minimum 500 k, maximum 64 M. */
    static final BracketedFee V1_PETITION = new BracketedFee(
            List.of(Bracket.upTo(200_000_000L, "2.5"), Bracket.upTo(1_000_000_000L, "3"), Bracket.above("3.5")),
            Rials.of(500_000),
            Rials.of(64_000_000));

    static final FeeScheduleVersion V1 = new FeeScheduleVersion(
            "FS-1403",
            V1_FROM,
            Map.of(
                    FilingKind.CRIMINAL_COMPLAINT, new FixedFee(Rials.of(1_500_000)),
                    FilingKind.CIVIL_PETITION, V1_PETITION,
                    FilingKind.SUBMISSION, new FixedFee(Rials.of(300_000))));

    static final FeeScheduleVersion V2 = new FeeScheduleVersion(
            "FS-1404",
            V2_FROM,
            Map.of(
                    FilingKind.CRIMINAL_COMPLAINT, new FixedFee(Rials.of(2_000_000)),
                    FilingKind.CIVIL_PETITION,
                            new BracketedFee(List.of(Bracket.upTo(200_000_000L, "3"), Bracket.above("4"))),
                    FilingKind.SUBMISSION, new FixedFee(Rials.of(400_000))));

    private final FeeCalculator calculator = new FeeCalculator(FeeSchedule.of(V1, V2));
    private final LocalDate inV1 = LocalDate.of(2024, 10, 1);

    private long fee(long claimValue) {
        return calculator
                .fee(FilingKind.CIVIL_PETITION, claimValue, inV1)
                .amount()
                .value();
    }

    @ParameterizedTest(name = "claim {0}: exact {1}, fee {2}")
    @CsvSource({
        // first edge, 200,000,000: the edge Rial is at 2.5 %, the next one at 3 %
        "199000000, 4975000, 4975000",
        "199999999, 4999999.975, 5000000",
        "200000000, 5000000, 5000000",
        "200000001, 5000000.03, 5000000",
        "201000000, 5030000, 5030000",
        // second edge, 1,000,000,000: the edge Rial is at 3 %, the next one at 3.5 %
        "999000000, 28970000, 28970000",
        "999999999, 28999999.97, 29000000",
        "1000000000, 29000000, 29000000",
        "1000000001, 29000000.035, 29000000",
        "1001000000, 29035000, 29035000"
    })
    void civilPetitionPaysMarginalBracketsOnBothSidesOfEachEdge_S0_3(long claimValue, String exact, long expectedFee) {
        assertEquals(0, new BigDecimal(exact).compareTo(V1_PETITION.exactAmount(Rials.of(claimValue))));
        FeeQuote quote = calculator.fee(FilingKind.CIVIL_PETITION, claimValue, inV1);
        assertEquals(expectedFee, quote.amount().value());
        assertEquals(FeeBasis.BRACKETS, quote.basis());
    }

    @Test
    void bracketsAreMarginalSoTheFeeNeverJumpsAtAnEdge_S0_3() {
        // a flat scheme would charge 3 % of the whole 200,000,001: 6,000,000.03
        assertEquals(0, new BigDecimal("5000000.03").compareTo(V1_PETITION.exactAmount(Rials.of(200_000_001L))));
        long previous = 0;
        for (long claim = 190_000_000L; claim <= 1_010_000_000L; claim += 5_000_000L) {
            long fee = fee(claim);
            assertTrue(fee >= previous, "fee falls at " + claim);
            previous = fee;
        }
    }

    @ParameterizedTest(name = "claim {0}: {1} ({2})")
    @CsvSource({
        "1, 500000, MINIMUM",
        "10000000, 500000, MINIMUM",
        "19960000, 500000, MINIMUM", // 499,000 before the minimum
        "20000000, 500000, BRACKETS", // exactly the minimum
        "20040000, 501000, BRACKETS",
        "1999000000, 63965000, BRACKETS",
        "2000000000, 64000000, BRACKETS", // exactly the maximum
        "2001000000, 64000000, MAXIMUM", // 64,035,000 before the maximum
        "9223372036854775807, 64000000, MAXIMUM" // the largest claim a long holds: no overflow
    })
    void minimumAndMaximumApplyOnBothSidesOfTheirEdges_S0_3(long claimValue, long expectedFee, FeeBasis basis) {
        FeeQuote quote = calculator.fee(FilingKind.CIVIL_PETITION, claimValue, inV1);
        assertEquals(expectedFee, quote.amount().value());
        assertEquals(basis, quote.basis());
    }

    @Test
    void theExactAmountIsRoundedOnceHalfUpToTheThousandRials_S0_3() {
        assertEquals(501_000, fee(20_020_000)); // exactly 500,500: half up
        assertEquals(500_000, fee(20_019_960)); // 500,499
        // 500,499.975: rounding to the Rial first (500,500) and then to the thousand would give 501,000
        assertEquals(500_000, fee(20_019_999));
        assertEquals(501_000, fee(20_020_001)); // 500,500.025
        assertTrue(calculator
                .fee(FilingKind.CIVIL_PETITION, 123_456_789L, inV1)
                .amount()
                .isMultipleOf(Rials.of(1_000)));
    }

    @Test
    void aVersionMayRoundToAnotherUnit_S0_3() {
        FeeScheduleVersion toTheRial = new FeeScheduleVersion(
                "FS-R",
                V1_FROM,
                Rials.of(1),
                Map.of(
                        FilingKind.CRIMINAL_COMPLAINT, new FixedFee(Rials.of(1_500_001)),
                        FilingKind.CIVIL_PETITION, new BracketedFee(List.of(Bracket.above("2.5"))),
                        FilingKind.SUBMISSION, new FixedFee(Rials.of(300_000))));
        FeeCalculator rials = new FeeCalculator(FeeSchedule.of(toTheRial));
        assertEquals(
                5, rials.fee(FilingKind.CIVIL_PETITION, 198L, inV1).amount().value()); // 4.95
        assertEquals(
                4, rials.fee(FilingKind.CIVIL_PETITION, 176L, inV1).amount().value()); // 4.4
        assertEquals(
                5, rials.fee(FilingKind.CIVIL_PETITION, 180L, inV1).amount().value()); // 4.5 half up
        assertEquals(
                1_500_001,
                rials.fee(FilingKind.CRIMINAL_COMPLAINT, null, inV1).amount().value());
    }

    @Test
    void fixedFeesByKindNameTheVersionAndTheRule_S0_3() {
        FeeQuote complaint = calculator.fee(FilingKind.CRIMINAL_COMPLAINT, null, inV1);
        assertEquals(Rials.of(1_500_000), complaint.amount());
        assertEquals("FS-1403", complaint.scheduleVersionId());
        assertEquals(new FixedFee(Rials.of(1_500_000)), complaint.rule());
        assertEquals(FeeBasis.FIXED, complaint.basis());
        assertEquals("S0-3", complaint.ruleId());
        assertTrue(complaint.isPayable());

        FeeQuote submission = calculator.fee(FilingKind.SUBMISSION, null, inV1);
        assertEquals(Rials.of(300_000), submission.amount());

        FeeQuote petition = calculator.fee(FilingKind.CIVIL_PETITION, 300_000_000L, inV1);
        assertEquals(V1_PETITION, petition.rule());
        assertEquals(FilingKind.CIVIL_PETITION, petition.kind());
        assertTrue(petition.rule().describe().contains("3.5%"), petition.rule().describe());
    }

    @Test
    void aClaimValueGivenWithAnotherKindChangesNothing_S0_3() {
        assertEquals(
                calculator.fee(FilingKind.CRIMINAL_COMPLAINT, null, inV1),
                calculator.fee(FilingKind.CRIMINAL_COMPLAINT, 900_000_000L, inV1));
    }

    @ParameterizedTest
    @CsvSource({
        "2024-03-19, ", // the day before the first version: none in force
        "2024-03-20, FS-1403",
        "2024-03-21, FS-1403",
        "2025-03-20, FS-1403", // the day before the second version
        "2025-03-21, FS-1404", // its first day
        "2025-03-22, FS-1404",
        "2030-01-01, FS-1404"
    })
    void theVersionInForceOnTheFilingDateApplies_S0_3(LocalDate date, String expectedVersion) {
        if (expectedVersion == null) {
            NoFeeScheduleInForceException none = assertThrows(
                    NoFeeScheduleInForceException.class,
                    () -> calculator.fee(FilingKind.CRIMINAL_COMPLAINT, null, date));
            assertEquals(date, none.date());
            assertEquals(503, none.httpStatus());
            return;
        }
        FeeQuote quote = calculator.fee(FilingKind.CRIMINAL_COMPLAINT, null, date);
        assertEquals(expectedVersion, quote.scheduleVersionId());
        assertEquals(
                expectedVersion.equals("FS-1403") ? 1_500_000 : 2_000_000,
                quote.amount().value());
    }

    @Test
    void theSameClaimCostsWhatEachVersionSays_S0_3() {
        long claim = 300_000_000L;
        assertEquals(
                8_000_000,
                calculator
                        .fee(FilingKind.CIVIL_PETITION, claim, V2_FROM.minusDays(1))
                        .amount()
                        .value());
        assertEquals(
                10_000_000,
                calculator
                        .fee(FilingKind.CIVIL_PETITION, claim, V2_FROM)
                        .amount()
                        .value());
    }

    @ParameterizedTest
    @EnumSource(
            value = FilingKind.class,
            names = {"OFFICER_REPORT", "FLAGRANT_PRELIMINARY_CASE", "EXPERT_REPORT"})
    void reportsOfOfficersAndExpertsPayNoFee_S0_3(FilingKind kind) {
        for (LocalDate date : List.of(LocalDate.of(2020, 1, 1), inV1, V2_FROM)) { // even before any schedule
            FeeQuote quote = calculator.fee(kind, null, date);
            assertEquals(Rials.ZERO, quote.amount());
            assertEquals(FeeBasis.NO_FEE_REPORT, quote.basis());
            assertNull(quote.scheduleVersionId());
            assertFalse(quote.isPayable());
            assertEquals("S0-3", quote.ruleId());
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = FilingKind.class,
            names = {"CRIMINAL_COMPLAINT", "CIVIL_PETITION", "SUBMISSION"})
    void partiesFilingsPayAFee_S0_3(FilingKind kind) {
        FeeQuote quote = calculator.fee(kind, kind.hasClaimValue() ? 50_000_000L : null, inV1);
        assertTrue(quote.isPayable());
        assertNotEquals(FeeBasis.NO_FEE_REPORT, quote.basis());
    }

    @Test
    void aCivilPetitionWithoutAClaimValueIsRefusedNamingTheField_S0_3() {
        InvalidClaimValueException missing = assertThrows(
                InvalidClaimValueException.class, () -> calculator.fee(FilingKind.CIVIL_PETITION, null, inV1));
        assertEquals("claimValue", missing.field());
        assertEquals("claim-value-required", missing.code());
        assertEquals(422, missing.httpStatus());
        assertTrue(missing.getMessage().contains("بهای خواسته"));
    }

    @ParameterizedTest
    @CsvSource({"-1", "0", "-9223372036854775808"})
    void aCivilPetitionWithAClaimValueNotAboveZeroIsRefusedNamingTheField_S0_3(long claimValue) {
        BusinessException refused = assertThrows(
                InvalidClaimValueException.class, () -> calculator.fee(FilingKind.CIVIL_PETITION, claimValue, inV1));
        assertEquals("claimValue", refused.field());
        assertEquals("claim-value-not-positive", refused.code());
    }
}
