package org.edalat.filing.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The two paths as explicit states: no step skipped, none repeated (S0-3, S0-4). */
class FilingProgressTest {

    @Test
    void thePortalPathGoesDraftFeePaidTrackingCodeSent_S0_3() {
        FilingProgress p = FilingProgress.start(FilingPath.PORTAL);
        assertEquals(FilingStep.DRAFTED, p.current());
        p = p.take(FilingStep.FEE_COMPUTED).take(FilingStep.PAID).take(FilingStep.TRACKING_CODE_ISSUED);
        assertFalse(p.isSent());
        p = p.take(FilingStep.SENT);
        assertTrue(p.isSent());
        assertNull(p.next());
        assertEquals("S0-3", FilingPath.PORTAL.ruleId());
    }

    @Test
    void theOfficePathVerifiesIdentityDigitisesShowsAndMatchesBeforeSending_S0_4() {
        FilingProgress p = FilingProgress.start(FilingPath.OFFICE);
        assertEquals(FilingStep.IDENTITY_VERIFIED, p.current());
        p = p.take(FilingStep.FEE_COMPUTED).take(FilingStep.PAID).digitised(Set.of("d1", "d2"));
        assertEquals(FilingStep.DOCUMENTS_DIGITISED, p.current());
        p = p.take(FilingStep.SHOWN_TO_APPLICANT).confirmMatch("d1").confirmMatch("d2");
        assertEquals(2, p.matchedCount());
        p = p.take(FilingStep.MATCHED).take(FilingStep.TRACKING_CODE_ISSUED).take(FilingStep.SENT);
        assertTrue(p.isSent());
        assertEquals(
                List.of(
                        FilingStep.IDENTITY_VERIFIED,
                        FilingStep.FEE_COMPUTED,
                        FilingStep.PAID,
                        FilingStep.DOCUMENTS_DIGITISED,
                        FilingStep.SHOWN_TO_APPLICANT,
                        FilingStep.MATCHED,
                        FilingStep.TRACKING_CODE_ISSUED,
                        FilingStep.SENT),
                FilingPath.OFFICE.steps());
    }

    @ParameterizedTest
    @EnumSource(FilingPath.class)
    void noStepCanBeSkipped_S0_3_S0_4(FilingPath path) {
        List<FilingStep> steps = path.steps();
        for (int at = 0; at < steps.size(); at++) {
            FilingProgress p = FilingProgress.at(path, steps.get(at));
            for (FilingStep other : FilingStep.values()) {
                boolean isNext = at + 1 < steps.size() && other == steps.get(at + 1);
                if (!isNext) {
                    StepOutOfOrderException refused = assertThrows(StepOutOfOrderException.class, () -> p.take(other));
                    assertEquals("step-out-of-order", refused.code());
                }
            }
        }
    }

    @Test
    void aSentFilingTakesNoMoreSteps_S0_3() {
        FilingProgress sent = FilingProgress.at(FilingPath.PORTAL, FilingStep.SENT);
        StepOutOfOrderException refused = assertThrows(StepOutOfOrderException.class, () -> sent.take(FilingStep.SENT));
        assertTrue(refused.getMessage().contains("ارسال شده"), refused.getMessage());
    }

    @Test
    void unpaidFilingsAreNeverSent_S0_3() {
        FilingProgress computed = FilingProgress.at(FilingPath.PORTAL, FilingStep.FEE_COMPUTED);
        assertThrows(StepOutOfOrderException.class, () -> computed.take(FilingStep.TRACKING_CODE_ISSUED));
        assertThrows(StepOutOfOrderException.class, () -> computed.take(FilingStep.SENT));
    }

    @Test
    void everyDocumentMustBeMatchedAgainstItsPaper_S0_4() {
        FilingProgress shown = FilingProgress.at(FilingPath.OFFICE, FilingStep.PAID)
                .digitised(Set.of("d1", "d2", "d3"))
                .take(FilingStep.SHOWN_TO_APPLICANT)
                .confirmMatch("d1");
        DocumentsNotMatchedException open =
                assertThrows(DocumentsNotMatchedException.class, () -> shown.take(FilingStep.MATCHED));
        assertTrue(open.getMessage().startsWith("2"), open.getMessage());
        assertThrows(IllegalArgumentException.class, () -> shown.confirmMatch("not-a-document"));
    }

    @Test
    void documentsAreMatchedOnlyAfterTheyWereShownToTheApplicant_S0_4() {
        FilingProgress digitised =
                FilingProgress.at(FilingPath.OFFICE, FilingStep.PAID).digitised(Set.of("d1"));
        assertThrows(StepOutOfOrderException.class, () -> digitised.confirmMatch("d1"));
    }

    @Test
    void aStepOfTheOtherPathIsRefused_S0_3_S0_4() {
        assertThrows(IllegalArgumentException.class, () -> FilingProgress.at(FilingPath.PORTAL, FilingStep.MATCHED));
        assertThrows(IllegalArgumentException.class, () -> FilingProgress.at(FilingPath.OFFICE, FilingStep.DRAFTED));
    }
}
