package org.edalat.filing.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.edalat.filing.fees.FeeBasis;
import org.edalat.filing.fees.FeeQuote;
import org.edalat.filing.fees.Rials;
import org.junit.jupiter.api.Test;

/** The filing aggregate on its own: its draft, its document windows and its payment step. */
class FilingTest {
    private static final Instant NOW = Instant.parse("2026-11-22T08:00:00Z");
    private static final InspectedDocument PDF =
            new InspectedDocument(DocumentType.PDF, "application/pdf", 1000, "a".repeat(64), 3);

    private static List<FilingParty> parties() {
        return List.of(
                FilingParty.described(PartyRole.PLAINTIFF, "خواهان", null, null, 0),
                FilingParty.described(PartyRole.DEFENDANT, "خوانده", "0013542419", "تهران", 1));
    }

    private static FilingDraft petition(long claim) {
        return new FilingDraft(FilingKind.CIVIL_PETITION, "TEH-CIV", "مطالبه", "متن", claim, null, false, parties());
    }

    private static FeeQuote quote(FilingKind kind, long amount) {
        return new FeeQuote(kind, Rials.of(amount), "FS-T", null, FeeBasis.FIXED, FeeQuote.RULE_ID);
    }

    @Test
    void aDraftNamesTheFieldItRefuses_S0_2() {
        InvalidFilingException noClaim = assertThrows(
                InvalidFilingException.class,
                () -> new FilingDraft(FilingKind.CIVIL_PETITION, "TEH-CIV", "s", "b", null, null, false, parties()));
        assertEquals("claimValue", noClaim.field());
        assertEquals(422, noClaim.httpStatus());
        assertEquals(
                "unitCode",
                assertThrows(
                                InvalidFilingException.class,
                                () -> new FilingDraft(
                                        FilingKind.CRIMINAL_COMPLAINT, " ", "s", "b", null, null, false, parties()))
                        .field());
        assertEquals(
                "caseReference",
                assertThrows(
                                InvalidFilingException.class,
                                () -> new FilingDraft(
                                        FilingKind.SUBMISSION, "U", "s", "b", null, null, false, parties()))
                        .field());
        assertEquals(
                "parties",
                assertThrows(
                                InvalidFilingException.class,
                                () -> new FilingDraft(
                                        FilingKind.CRIMINAL_COMPLAINT, "U", "s", "b", null, null, false, List.of()))
                        .field());
        assertEquals(
                "parties[0].nationalCode",
                assertThrows(
                                InvalidFilingException.class,
                                () -> FilingParty.described(PartyRole.ACCUSED, "x", "0013542418", null, 0))
                        .field());
    }

    @Test
    void onlyAReportMayBeClassifiedAndAReportNeedsNoParties_S0_5() {
        assertEquals(
                "classified",
                assertThrows(
                                InvalidFilingException.class,
                                () -> new FilingDraft(
                                        FilingKind.CRIMINAL_COMPLAINT, "U", "s", "b", null, null, true, parties()))
                        .field());
        FilingDraft report = new FilingDraft(FilingKind.OFFICER_REPORT, "U", "s", "b", null, null, true, List.of());
        Filing filing = Filing.reported(report, "police", "req-1", NOW);
        assertTrue(filing.isClassified());
        assertEquals(FilingPath.PORTAL, filing.path());
        assertThrows(InvalidFilingException.class, () -> Filing.reported(report, "police", "bad id with spaces", NOW));
        assertThrows(
                InvalidFilingException.class, () -> Filing.draftedOnPortal(report, "0013542419", "0013542419", NOW));
    }

    @Test
    void onThePortalDocumentsAreAddedWhileDraftedAndNothingUnpaidIsPaid_S0_3_S0_13_1() {
        Filing filing = Filing.draftedOnPortal(petition(200_000_000L), "0013542419", "0013542419", NOW);
        filing.attach(PDF, "دادخواست.pdf");
        assertEquals("دادخواست.pdf", filing.documents().get(0).fileName());
        filing.feeComputed(quote(FilingKind.CIVIL_PETITION, 5_000_000), List.of(), null);
        assertThrows(DocumentsLockedException.class, () -> filing.attach(PDF, "late.pdf"));
        assertEquals(Rials.of(5_000_000), filing.amountDue());
        assertNull(filing.officeTotal());
        assertThrows(FilingNotPaidException.class, () -> filing.paid(PaymentBasis.NOTHING_DUE));
        assertEquals(FilingStep.FEE_COMPUTED, filing.step());
        filing.paid(PaymentBasis.SETTLED);
        assertThrows(StepOutOfOrderException.class, () -> filing.sent(NOW), "the tracking code comes first");
        filing.trackingCodeIssued(TrackingCode.completing(123_456_789_012_345L), AccessSecret.hash("ABCD-EFGH-JKMN"));
        filing.sent(NOW);
        assertTrue(filing.isSent());
        assertNull(filing.progress().next());
    }

    @Test
    void atAnOfficeDocumentsAreDigitisedAfterPaymentThenShownAndEachMatched_S0_4() {
        Filing filing = Filing.openedAtOffice(petition(10_000_000L), "0013542419", "0013542419", "OF-1", "clerk", NOW);
        assertEquals(FilingStep.IDENTITY_VERIFIED, filing.step());
        assertThrows(DocumentsLockedException.class, () -> filing.attach(PDF, "early.pdf"));
        filing.feeComputed(quote(FilingKind.CIVIL_PETITION, 0), List.of(), null);
        assertEquals(Rials.ZERO, filing.officeTotal());
        filing.paid(PaymentBasis.NOTHING_DUE);
        assertThrows(NothingToDigitiseException.class, filing::digitised);
        filing.attach(PDF, "scan.pdf");
        filing.attach(new InspectedDocument(DocumentType.PNG, "image/png", 10, "b".repeat(64), 1), "photo.jpg");
        assertEquals("photo.png", filing.documents().get(1).fileName(), "the content decides the extension");
        filing.digitised();
        assertThrows(DocumentsLockedException.class, () -> filing.attach(PDF, "after.pdf"));
        assertThrows(StepOutOfOrderException.class, () -> filing.confirmMatch(1, "clerk", NOW));
        filing.shownToApplicant();
        filing.confirmMatch(1, "clerk", NOW);
        assertThrows(DocumentsNotMatchedException.class, filing::matched);
        assertThrows(InvalidFilingException.class, () -> filing.confirmMatch(3, "clerk", NOW));
        filing.confirmMatch(2, "clerk", NOW);
        filing.matched();
        assertEquals(FilingStep.MATCHED, filing.step());
        assertTrue(filing.documents().stream().allMatch(FilingDocument::isMatched));
    }

    @Test
    void theAccessSecretIsRandomAndItsHashIgnoresCaseSpacesAndHyphens_S4_5() {
        String secret = AccessSecret.generate();
        assertTrue(secret.matches("[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}"), secret);
        assertNotEquals(secret, AccessSecret.generate());
        String hash = AccessSecret.hash(secret);
        assertEquals(hash, AccessSecret.hash(" " + secret.toLowerCase().replace("-", " ") + " "));
        assertFalse(hash.equals(AccessSecret.hash("0000-0000-0000")));
        assertNull(AccessSecret.hash("  "));
        assertNull(AccessSecret.hash(null));
    }
}
