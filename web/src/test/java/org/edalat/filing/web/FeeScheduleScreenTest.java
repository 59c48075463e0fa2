package org.edalat.filing.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
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
import org.edalat.filing.fees.InvalidFeeScheduleException;
import org.edalat.filing.fees.Rials;
import org.edalat.filing.web.FeeScheduleRow.Status;
import org.edalat.platform.BusinessException;
import org.junit.jupiter.api.Test;

/**
 * The fee schedule screen's own logic (S0-3): which version is in force, future or past on a day, and
 * the new version's form made into a version, its refusals naming the field.
 */
class FeeScheduleScreenTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    private static FeeScheduleVersion version(String id, LocalDate from) {
        Map<FilingKind, FeeRule> rules = new EnumMap<>(FilingKind.class);
        rules.put(FilingKind.CRIMINAL_COMPLAINT, new FixedFee(Rials.of(1_000_000)));
        rules.put(FilingKind.SUBMISSION, new FixedFee(Rials.of(300_000)));
        rules.put(
                FilingKind.CIVIL_PETITION,
                new BracketedFee(
                        List.of(Bracket.upTo(100_000_000, "2"), Bracket.above("3.5")), Rials.of(500_000), null));
        return new FeeScheduleVersion(id, from, rules);
    }

    @Test
    void theLatestVersionOnOrBeforeTodayIsInForceLaterOnesAreFutureEarlierOnesPast_S0_3() {
        List<FeeScheduleRow> rows = FeeScheduleRow.of(
                List.of(version("A", TODAY.minusYears(2)), version("C", TODAY.plusDays(1)), version("B", TODAY)),
                TODAY);
        assertEquals(
                List.of("C", "B", "A"), rows.stream().map(FeeScheduleRow::id).toList(), "newest first");
        assertEquals(
                List.of(Status.FUTURE, Status.IN_FORCE, Status.PAST),
                rows.stream().map(FeeScheduleRow::status).toList());
        assertEquals(
                List.of(true, false, false),
                rows.stream().map(FeeScheduleRow::withdrawable).toList(),
                "only a version not in force yet may be withdrawn");
        assertEquals(
                List.of(Status.IN_FORCE, Status.PAST),
                FeeScheduleRow.of(List.of(version("A", TODAY.minusDays(9)), version("B", TODAY.minusDays(1))), TODAY)
                        .stream()
                        .map(FeeScheduleRow::status)
                        .toList(),
                "the later of two past dates is in force");
        assertEquals(
                List.of(Status.FUTURE),
                FeeScheduleRow.of(List.of(version("F", TODAY.plusYears(1))), TODAY).stream()
                        .map(FeeScheduleRow::status)
                        .toList(),
                "before the first version nothing is in force");
    }

    @Test
    void aRowShowsFixedFeesAndTheBracketsWithTheirLowerEdges_S0_3() {
        FeeScheduleRow row =
                FeeScheduleRow.of(List.of(version("A", TODAY)), TODAY).get(0);
        FeeScheduleRow.Rule petition = row.rules().stream()
                .filter(r -> r.kind() == FilingKind.CIVIL_PETITION)
                .findFirst()
                .orElseThrow();
        assertFalse(petition.fixed());
        assertEquals(2, petition.brackets().size());
        assertEquals(0, petition.brackets().get(0).from());
        assertEquals(100_000_000L, petition.brackets().get(0).upTo());
        assertEquals(100_000_000L, petition.brackets().get(1).from());
        assertTrue(petition.brackets().get(1).open());
        assertEquals("۳٫۵", petition.brackets().get(1).percentText());
        assertEquals("۵۰۰٬۰۰۰", petition.minimumText());
        assertNull(petition.maximum());
        assertEquals(
                List.of(FilingKind.CRIMINAL_COMPLAINT, FilingKind.CIVIL_PETITION, FilingKind.SUBMISSION),
                row.rules().stream().map(FeeScheduleRow.Rule::kind).toList(),
                "reports pay no fee and have no rule");
        assertEquals("۱٬۰۰۰", row.roundingUnitText());
    }

    @Test
    void theFormMakesAVersionWithTwoBracketsSkippingBlankRows_S0_3() {
        FeeScheduleForm form = filled();
        form.addBracket(); // a blank row before the open one, left blank
        FeeScheduleVersion version = form.toVersion();
        assertEquals("FS-T", version.id());
        assertEquals(TODAY.plusDays(10), version.effectiveFrom());
        assertEquals(new FixedFee(Rials.of(1_200_000)), version.ruleFor(FilingKind.CRIMINAL_COMPLAINT));
        BracketedFee petition = assertInstanceOf(BracketedFee.class, version.ruleFor(FilingKind.CIVIL_PETITION));
        assertEquals(List.of(Bracket.upTo(200_000_000, "2.5"), Bracket.above("3")), petition.brackets());
        assertEquals(Rials.of(100_000), petition.minimum());
        assertEquals(Rials.of(90_000_000), petition.maximum());
    }

    @Test
    void theFormRefusesNamingTheField_S0_3() {
        FeeScheduleForm noRate = filled();
        noRate.getBrackets().get(0).setPercent(null);
        BusinessException rate = assertThrows(BusinessException.class, noRate::toVersion);
        assertEquals("brackets", rate.field());
        assertTrue(rate.getMessage().contains("۱"), rate.getMessage());

        FeeScheduleForm closed = filled();
        closed.getBrackets().get(1).setUpTo(300_000_000L); // the last bracket must stay open
        assertEquals(
                "brackets",
                assertThrows(InvalidFeeScheduleException.class, closed::toVersion)
                        .field());

        FeeScheduleForm noDate = filled();
        noDate.setEffectiveFrom(null);
        assertEquals(
                "effectiveFrom",
                assertThrows(BusinessException.class, noDate::toVersion).field());

        FeeScheduleForm noFee = filled();
        noFee.getFixed().get(0).setAmount(null);
        InvalidFeeScheduleException missing = assertThrows(InvalidFeeScheduleException.class, noFee::toVersion);
        assertEquals("rules", missing.field());
        assertTrue(missing.getMessage().contains(FilingKind.CRIMINAL_COMPLAINT.label()), missing.getMessage());

        FeeScheduleForm notRound = filled();
        notRound.setMinimum(100_500L);
        assertEquals(
                "rules",
                assertThrows(InvalidFeeScheduleException.class, notRound::toVersion)
                        .field());
    }

    @Test
    void rowsAreAddedBeforeTheOpenOneAndOneRowAlwaysStays() {
        FeeScheduleForm form = new FeeScheduleForm();
        assertEquals(1, form.getBrackets().size());
        form.removeBracket(0);
        assertEquals(1, form.getBrackets().size(), "one row stays");
        form.getBrackets().get(0).setPercent(new BigDecimal("3"));
        form.addBracket();
        assertEquals(2, form.getBrackets().size());
        assertNull(form.getBrackets().get(0).getPercent(), "the new row comes before the open one");
        assertEquals(new BigDecimal("3"), form.getBrackets().get(1).getPercent());
        form.getBrackets().get(0).setUpTo(50_000_000L);
        assertEquals(50_000_000L, form.lowerEdgeOf(1));
        assertEquals(0L, form.lowerEdgeOf(0));
        form.removeBracket(0);
        assertEquals(new BigDecimal("3"), form.getBrackets().get(0).getPercent());
    }

    @Test
    void aNewVersionStartsFromTheRulesOfAnother_S0_3() {
        FeeScheduleRow row =
                FeeScheduleRow.of(List.of(version("A", TODAY)), TODAY).get(0);
        FeeScheduleForm form = new FeeScheduleForm();
        form.fillFrom(row);
        form.setId("B");
        form.setEffectiveFrom(TODAY.plusDays(1));
        FeeScheduleVersion copy = form.toVersion();
        FeeScheduleVersion original = version("A", TODAY);
        for (FilingKind kind :
                List.of(FilingKind.CRIMINAL_COMPLAINT, FilingKind.SUBMISSION, FilingKind.CIVIL_PETITION)) {
            assertEquals(original.ruleFor(kind), copy.ruleFor(kind), kind.name());
        }
    }

    private static FeeScheduleForm filled() {
        FeeScheduleForm form = new FeeScheduleForm();
        form.setId("FS-T");
        form.setEffectiveFrom(TODAY.plusDays(10));
        for (FeeScheduleForm.FixedLine line : form.getFixed()) {
            line.setAmount(line.getKind() == FilingKind.CRIMINAL_COMPLAINT ? 1_200_000L : 300_000L);
        }
        assertEquals(FilingKind.CIVIL_PETITION, form.getBracketedKind());
        form.addBracket(); // a row before the open one
        form.getBrackets().get(0).setUpTo(200_000_000L);
        form.getBrackets().get(0).setPercent(new BigDecimal("2.5"));
        form.getBrackets().get(1).setPercent(new BigDecimal("3"));
        form.setMinimum(100_000L);
        form.setMaximum(90_000_000L);
        return form;
    }
}
