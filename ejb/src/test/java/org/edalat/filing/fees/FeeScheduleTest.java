package org.edalat.filing.fees;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.edalat.filing.domain.FilingKind;
import org.junit.jupiter.api.Test;

/** The fee schedule is data (S0-3): versions by effective date, each checked when it is made. */
class FeeScheduleTest {
    private static final LocalDate FROM = LocalDate.of(2025, 3, 21);

    private static Map<FilingKind, FeeRule> rules() {
        Map<FilingKind, FeeRule> rules = new EnumMap<>(FilingKind.class);
        rules.put(FilingKind.CRIMINAL_COMPLAINT, new FixedFee(Rials.of(1_500_000)));
        rules.put(FilingKind.CIVIL_PETITION, new BracketedFee(List.of(Bracket.above("2.5"))));
        rules.put(FilingKind.SUBMISSION, new FixedFee(Rials.of(300_000)));
        return rules;
    }

    private static FeeScheduleVersion version(String id, LocalDate from) {
        return new FeeScheduleVersion(id, from, rules());
    }

    @Test
    void versionAtGivesTheLatestVersionOnOrBeforeTheDate_S0_3() {
        FeeScheduleVersion first = version("A", FROM);
        FeeScheduleVersion second = version("B", FROM.plusMonths(6));
        FeeSchedule schedule = FeeSchedule.of(second, first); // any order
        assertEquals(List.of(first, second), schedule.versions());
        assertThrows(NoFeeScheduleInForceException.class, () -> schedule.versionAt(FROM.minusDays(1)));
        assertTrue(schedule.findVersionAt(FROM.minusDays(1)).isEmpty());
        assertEquals(first, schedule.versionAt(FROM));
        assertEquals(first, schedule.versionAt(FROM.plusDays(1)));
        assertEquals(first, schedule.versionAt(FROM.plusMonths(6).minusDays(1)));
        assertEquals(second, schedule.versionAt(FROM.plusMonths(6)));
        assertEquals(second, schedule.versionAt(FROM.plusMonths(6).plusDays(1)));
    }

    @Test
    void aNewVersionIsAddedWithoutChangingTheOldSchedule_S0_3() {
        FeeSchedule old = FeeSchedule.of(version("A", FROM));
        FeeSchedule extended = old.with(version("B", FROM.plusDays(10)));
        assertEquals("A", old.versionAt(FROM.plusDays(10)).id());
        assertEquals("B", extended.versionAt(FROM.plusDays(10)).id());
        assertEquals("A", extended.versionAt(FROM.plusDays(9)).id());
    }

    @Test
    void twoVersionsMayNotShareAnEffectiveDateOrAnId_S0_3() {
        InvalidFeeScheduleException sameDate = assertThrows(
                InvalidFeeScheduleException.class, () -> FeeSchedule.of(version("A", FROM), version("B", FROM)));
        assertEquals("effectiveFrom", sameDate.field());
        InvalidFeeScheduleException sameId = assertThrows(
                InvalidFeeScheduleException.class,
                () -> FeeSchedule.of(version("A", FROM), version("A", FROM.plusDays(1))));
        assertEquals("id", sameId.field());
    }

    @Test
    void everyFeePayingKindNeedsARule_S0_3() {
        Map<FilingKind, FeeRule> rules = rules();
        rules.remove(FilingKind.SUBMISSION);
        InvalidFeeScheduleException missing =
                assertThrows(InvalidFeeScheduleException.class, () -> new FeeScheduleVersion("A", FROM, rules));
        assertTrue(missing.getMessage().contains(FilingKind.SUBMISSION.label()));
        assertEquals(422, missing.httpStatus());
    }

    @Test
    void reportsHaveNoRuleInTheSchedule_S0_3() {
        Map<FilingKind, FeeRule> rules = rules();
        rules.put(FilingKind.EXPERT_REPORT, new FixedFee(Rials.of(1_000)));
        assertThrows(InvalidFeeScheduleException.class, () -> new FeeScheduleVersion("A", FROM, rules));
    }

    @Test
    void onlyAKindWithAClaimValueMayBeChargedByBrackets_S0_3() {
        Map<FilingKind, FeeRule> rules = rules();
        rules.put(FilingKind.CRIMINAL_COMPLAINT, new BracketedFee(List.of(Bracket.above("1"))));
        assertThrows(InvalidFeeScheduleException.class, () -> new FeeScheduleVersion("A", FROM, rules));
    }

    @Test
    void fixedFeesMinimumsAndMaximumsAreMultiplesOfTheRoundingUnit_S0_3() {
        Map<FilingKind, FeeRule> fixed = rules();
        fixed.put(FilingKind.SUBMISSION, new FixedFee(Rials.of(300_500)));
        assertThrows(InvalidFeeScheduleException.class, () -> new FeeScheduleVersion("A", FROM, fixed));
        Map<FilingKind, FeeRule> minimum = rules();
        minimum.put(
                FilingKind.CIVIL_PETITION, new BracketedFee(List.of(Bracket.above("2.5")), Rials.of(499_999), null));
        assertThrows(InvalidFeeScheduleException.class, () -> new FeeScheduleVersion("A", FROM, minimum));
        Map<FilingKind, FeeRule> maximum = rules();
        maximum.put(FilingKind.CIVIL_PETITION, new BracketedFee(List.of(Bracket.above("2.5")), null, Rials.of(1_500)));
        assertThrows(InvalidFeeScheduleException.class, () -> new FeeScheduleVersion("A", FROM, maximum));
        // the same amounts are fine where the unit is one Rial
        new FeeScheduleVersion("A", FROM, Rials.of(1), fixed);
        assertThrows(InvalidFeeScheduleException.class, () -> new FeeScheduleVersion("A", FROM, Rials.ZERO, rules()));
    }

    @Test
    void bracketsMustRiseAndEndOpen_S0_3() {
        assertThrows(
                InvalidFeeScheduleException.class,
                () -> new BracketedFee(List.of(Bracket.upTo(100, "1"), Bracket.upTo(100, "2"), Bracket.above("3"))));
        assertThrows(
                InvalidFeeScheduleException.class,
                () -> new BracketedFee(List.of(Bracket.upTo(200, "1"), Bracket.upTo(100, "2"), Bracket.above("3"))));
        assertThrows(InvalidFeeScheduleException.class, () -> new BracketedFee(List.of(Bracket.upTo(100, "1"))));
        assertThrows(
                InvalidFeeScheduleException.class,
                () -> new BracketedFee(List.of(Bracket.above("1"), Bracket.above("2"))));
        assertThrows(InvalidFeeScheduleException.class, () -> new BracketedFee(List.of()));
        assertThrows(InvalidFeeScheduleException.class, () -> Bracket.upTo(0, "1"));
        // a valid one
        BracketedFee fee =
                new BracketedFee(List.of(Bracket.upTo(100, "1"), Bracket.upTo(101, "2"), Bracket.above("3")));
        assertEquals(3, fee.brackets().size());
    }

    @Test
    void ratesAreBetweenZeroAndAHundredPercent_S0_3() {
        assertThrows(InvalidFeeScheduleException.class, () -> Bracket.above("-0.01"));
        assertThrows(InvalidFeeScheduleException.class, () -> Bracket.above("100.01"));
        assertEquals(0, Bracket.above("0").percent().signum());
        assertEquals(100, Bracket.above("100").percent().intValueExact());
    }

    @Test
    void theMinimumIsNotAboveTheMaximum_S0_3() {
        InvalidFeeScheduleException refused = assertThrows(
                InvalidFeeScheduleException.class,
                () -> new BracketedFee(List.of(Bracket.above("1")), Rials.of(2_000), Rials.of(1_000)));
        assertEquals("minimum", refused.field());
        new BracketedFee(List.of(Bracket.above("1")), Rials.of(1_000), Rials.of(1_000));
    }

    @Test
    void aVersionNeedsAnId_S0_3() {
        assertThrows(InvalidFeeScheduleException.class, () -> new FeeScheduleVersion(" ", FROM, rules()));
    }
}
