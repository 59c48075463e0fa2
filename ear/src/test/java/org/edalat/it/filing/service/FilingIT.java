package org.edalat.it.filing.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.edalat.filing.application.FilingStatus;
import org.edalat.filing.application.FilingTracking;
import org.edalat.filing.application.FilingView;
import org.edalat.filing.application.OfficeFilings;
import org.edalat.filing.application.OfficeItem;
import org.edalat.filing.application.PortalFilings;
import org.edalat.filing.application.ReportIntake;
import org.edalat.filing.application.Submitted;
import org.edalat.filing.application.Upload;
import org.edalat.filing.domain.DocumentsNotMatchedException;
import org.edalat.filing.domain.FilingDraft;
import org.edalat.filing.domain.FilingKind;
import org.edalat.filing.domain.FilingNotFoundException;
import org.edalat.filing.domain.FilingNotPaidException;
import org.edalat.filing.domain.FilingParty;
import org.edalat.filing.domain.FilingStep;
import org.edalat.filing.domain.OfficeMayNotFileException;
import org.edalat.filing.domain.PartyRole;
import org.edalat.filing.domain.StepOutOfOrderException;
import org.edalat.filing.domain.TrackingCode;
import org.edalat.filing.domain.UnverifiedFilerException;
import org.edalat.filing.fees.ChargeAboveTariffException;
import org.edalat.filing.fees.ExemptionBasis;
import org.edalat.filing.fees.OfficeService;
import org.edalat.filing.payment.LocalBankGateway;
import org.edalat.filing.payment.PaymentService;
import org.edalat.filing.payment.PaymentView;
import org.edalat.it.support.As;
import org.edalat.it.support.Deployments;
import org.edalat.it.support.Http;
import org.edalat.it.support.ItUsers;
import org.edalat.platform.security.Role;
import org.edalat.referral.application.AwaitingCase;
import org.edalat.referral.application.CaseIntake;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The filing services in the server: the portal path (S0-3) and the office path (S0-4) step by step,
 * payment before sending (S0-13.1), office charges under the tariff (S0-13.2) with exemptions and the
 * ledger (S0-14), tracking codes, reports (S0-5, S0-6) and the hand-off to the unit (S4-6).
 */
@ExtendWith(ArquillianExtension.class)
class FilingIT {
    private static final String CARD = "6219861034529007";
    /** Covered by the local Relief Committee registry (LocalReliefCommitteeRegistry). */
    private static final String RELIEF_CLIENT = "0067123457";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @EJB
    FilingFixture fixture;

    @EJB
    PortalFilings portal;

    @EJB
    OfficeFilings office;

    @EJB
    ReportIntake reports;

    @EJB
    FilingTracking tracking;

    @EJB
    CaseIntake intake;

    @EJB
    PaymentService payments;

    @EJB
    LocalBankGateway bank;

    private String unit;

    @BeforeEach
    void fees() {
        fixture.feesInForce();
        unit = fixture.unit();
    }

    private FilingDraft complaint(String subject) {
        return new FilingDraft(
                FilingKind.CRIMINAL_COMPLAINT,
                unit,
                subject,
                "شرح شکایت آزمون",
                null,
                null,
                false,
                List.of(
                        FilingParty.described(PartyRole.COMPLAINANT, "شاکی آزمون", null, null, 0),
                        FilingParty.described(PartyRole.ACCUSED, "متهم آزمون", null, "تهران", 1)));
    }

    private static byte[] pdf(int pages) throws Exception {
        try (PDDocument document = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int i = 0; i < pages; i++) {
                document.addPage(new PDPage());
            }
            document.getDocumentInformation().setTitle("it " + System.nanoTime());
            document.save(out);
            return out.toByteArray();
        }
    }

    private static As user(String username) {
        return As.user(username, ItUsers.PASSWORD);
    }

    /** The payer at the local bank, then the bank's callback (anonymous). */
    private void payAtBank(PaymentView payment) {
        String url = payment.redirectUrl();
        LocalBankGateway.Callback cb = bank.pay(url.substring(url.lastIndexOf('/') + 1), CARD);
        payments.callback(cb.token(), cb.status(), cb.reference());
    }

    @Test
    void thePortalPathGoesDraftFeePaidTrackingCodeSentAndReachesTheUnit_S0_3_S4_6_S4_7_S4_13_3() throws Exception {
        As citizen = user(fixture.citizen(null, true));
        FilingView draft = citizen.call(() -> portal.draft(complaint("شکایت درگاه")));
        assertEquals(FilingStep.DRAFTED, draft.step());
        long id = draft.id();
        byte[] document = pdf(2);
        FilingView attached = citizen.call(() -> portal.attach(id, "شکوائیه.pdf", document));
        assertEquals(2, attached.documents().get(0).pages());
        assertThrows(StepOutOfOrderException.class, () -> citizen.call(() -> portal.submit(id)), "no step skipped");

        FilingView priced = citizen.call(() -> portal.computeFee(id));
        assertEquals(FilingStep.FEE_COMPUTED, priced.step());
        assertTrue(priced.judicialFee() > 0);
        assertEquals(priced.judicialFee(), priced.amountDue());
        PaymentView payment = citizen.call(() -> portal.pay(id));
        assertEquals(priced.amountDue().longValue(), payment.amount());
        payAtBank(payment);
        FilingView paid = citizen.call(() -> portal.confirmPayment(id));
        assertEquals(FilingStep.PAID, paid.step());

        Submitted sent = citizen.call(() -> portal.submit(id));
        assertEquals(FilingStep.SENT, sent.filing().step());
        assertTrue(TrackingCode.isValid(sent.trackingCode()));
        assertNotNull(sent.accessSecret());
        assertEquals(1L, fixture.cases(id), "S4-6: a registered case awaits referral in the unit");
        for (String[] step : new String[][] {
            {"filing.drafted", "S0-3"},
            {"filing.fee-computed", "S0-3"},
            {"filing.paid", "S0-13.1"},
            {"filing.tracking-code-issued", "S0-3"},
            {"filing.sent", "S4-6"}
        }) {
            assertEquals(1L, fixture.audits(step[0], id, step[1]), step[0] + " audited with " + step[1]);
        }

        // the unit's referral authority sees it; the status page answers the secret's holder
        String referral = fixture.staff(Role.REFERRAL_AUTHORITY, unit, null);
        List<AwaitingCase> inbox = user(referral).call(() -> intake.awaiting(0, 50));
        assertTrue(inbox.stream()
                .anyMatch(c -> c.filingId() == id && c.trackingCode().equals(sent.trackingCode())));
        FilingStatus status = tracking.status(sent.trackingCode(), sent.accessSecret());
        assertEquals(FilingStep.SENT, status.step());
        assertEquals("AWAITING_REFERRAL", status.caseStatus());
        assertThrows(FilingNotFoundException.class, () -> tracking.status(sent.trackingCode(), "AAAA-BBBB-CCCC"));
    }

    @Test
    void aFilingIsNeverSentUnpaid_S0_13_1() throws Exception {
        As citizen = user(fixture.citizen(null, true));
        long id = citizen.call(() -> portal.draft(complaint("بدون پرداخت"))).id();
        citizen.call(() -> portal.computeFee(id));
        assertThrows(FilingNotPaidException.class, () -> citizen.call(() -> portal.confirmPayment(id)));
        PaymentView payment = citizen.call(() -> portal.pay(id));
        assertThrows(
                FilingNotPaidException.class,
                () -> citizen.call(() -> portal.confirmPayment(id)),
                "opened, not settled");
        assertThrows(StepOutOfOrderException.class, () -> citizen.call(() -> portal.submit(id)));
        assertEquals(0L, fixture.cases(id));
        assertNotNull(payment);
    }

    @Test
    void onlyAVerifiedAccountFilesAndOnlyItsFilerSeesAFiling_S0_2() throws Exception {
        As unverified = user(fixture.citizen(null, false));
        assertThrows(UnverifiedFilerException.class, () -> unverified.call(() -> portal.draft(complaint("x"))));
        As citizen = user(fixture.citizen(null, true));
        long id = citizen.call(() -> portal.draft(complaint("خصوصی"))).id();
        As other = user(fixture.citizen(null, true));
        assertThrows(FilingNotFoundException.class, () -> other.call(() -> portal.find(id)));
        assertThrows(FilingNotFoundException.class, () -> other.call(() -> portal.computeFee(id)));
    }

    private String clerkAt(String officeCode) {
        return fixture.staff(Role.OFFICE_CLERK, null, officeCode);
    }

    private static List<OfficeItem> items(Long askedForComplaint) {
        return List.of(
                new OfficeItem(OfficeService.FILING_COMPLAINT, 1, askedForComplaint),
                new OfficeItem(OfficeService.IDENTITY_VERIFICATION, 1, null),
                new OfficeItem(OfficeService.DOCUMENT_DIGITISATION, 3, null));
    }

    @Test
    void theOfficePathTakesEveryStepAndTheClerkConfirmsEachDocument_S0_4_S0_13_2_S4_7() throws Exception {
        String officeCode = fixture.office();
        As clerk = user(clerkAt(officeCode));
        String applicant = fixture.citizen(null, true);
        FilingView opened = clerk.call(() -> office.open(applicant, complaint("شکایت در دفتر")));
        assertEquals(FilingStep.IDENTITY_VERIFIED, opened.step());
        assertEquals(officeCode, opened.officeCode());
        long id = opened.id();
        byte[] scan = pdf(1);
        assertThrows(
                org.edalat.filing.domain.DocumentsLockedException.class,
                () -> clerk.call(() -> office.attach(id, "scan.pdf", scan)),
                "papers are digitised after payment (S0-4)");

        long complaintTariff = fixture.tariffFor(OfficeService.FILING_COMPLAINT, 1);
        long discounted = complaintTariff - 100_000;
        FilingView priced = clerk.call(() -> office.computeFee(id, items(discounted), null));
        long officeTotal = discounted
                + fixture.tariffFor(OfficeService.IDENTITY_VERIFICATION, 1)
                + fixture.tariffFor(OfficeService.DOCUMENT_DIGITISATION, 3);
        assertEquals(officeTotal, priced.officeTotal());
        assertEquals(priced.judicialFee() + officeTotal, priced.amountDue());
        assertEquals(100_000L, priced.charges().get(0).discount(), "a voluntary discount (S0-13.2)");

        payAtBank(clerk.call(() -> office.pay(id)));
        clerk.call(() -> office.confirmPayment(id));
        clerk.call(() -> office.attach(id, "scan-1.pdf", scan));
        clerk.call(() -> office.attach(id, "scan-2.pdf", pdf(2)));
        clerk.call(() -> office.digitised(id));
        assertThrows(StepOutOfOrderException.class, () -> clerk.call(() -> office.confirmMatch(id, 1)), "shown first");
        clerk.call(() -> office.shownToApplicant(id));
        clerk.call(() -> office.confirmMatch(id, 1));
        assertThrows(DocumentsNotMatchedException.class, () -> clerk.call(() -> office.matched(id)));
        clerk.call(() -> office.confirmMatch(id, 2));
        FilingView matched = clerk.call(() -> office.matched(id));
        assertTrue(matched.documents().stream().allMatch(FilingView.Document::matched));
        Submitted sent = clerk.call(() -> office.submit(id));
        assertEquals(FilingStep.SENT, sent.filing().step());
        assertEquals(1L, fixture.cases(id));
        for (String action : new String[] {
            "filing.identity-verified",
            "filing.fee-computed",
            "filing.documents-digitised",
            "filing.shown-to-applicant",
            "filing.matched",
            "filing.tracking-code-issued"
        }) {
            assertEquals(1L, fixture.audits(action, id, "S0-4"), action + " audited with S0-4");
        }
        // the applicant sees the office's filing in the own list, and its status without a secret
        As applicantUser = user(applicant);
        assertEquals(FilingStep.SENT, applicantUser.call(() -> portal.find(id)).step());
        assertEquals(
                FilingStep.SENT,
                applicantUser
                        .call(() -> tracking.status(sent.trackingCode(), null))
                        .step());
    }

    @Test
    void anOfficeChargeAboveTheTariffIsRefusedAndRecordedAsAPossibleViolation_S0_13_2_S0_38_k() throws Exception {
        String officeCode = fixture.office();
        As clerk = user(clerkAt(officeCode));
        String applicant = fixture.citizen(null, true);
        long id = clerk.call(() -> office.open(applicant, complaint("بیش از تعرفه")))
                .id();
        long above = fixture.tariffFor(OfficeService.FILING_COMPLAINT, 1) + 1;
        assertThrows(
                ChargeAboveTariffException.class, () -> clerk.call(() -> office.computeFee(id, items(above), null)));
        assertEquals(1L, fixture.possibleViolations(officeCode));
        assertEquals(
                FilingStep.IDENTITY_VERIFIED, clerk.call(() -> office.find(id)).step(), "nothing changed");
    }

    @Test
    void anExemptClientPaysNoTariffAndTheServiceLandsInTheLedger_S0_14() throws Exception {
        String officeCode = fixture.office();
        As clerk = user(clerkAt(officeCode));
        String applicant = fixture.citizen(RELIEF_CLIENT, true);
        long id = clerk.call(() -> office.open(applicant, complaint("معاف"))).id();
        FilingView priced = clerk.call(() -> office.computeFee(id, items(null), ExemptionBasis.RELIEF_COMMITTEE));
        assertEquals(0L, priced.officeTotal());
        assertEquals(priced.judicialFee(), priced.amountDue(), "the judicial fee is not waived by S0-14");
        assertEquals("RELIEF_COMMITTEE", priced.exemptionBasis());
        assertNotNull(priced.exemptionReference());
        assertEquals(3L, fixture.ledgerEntries(id), "each exempt service is owed to the office");

        String notCovered = fixture.citizen(null, true);
        long other =
                clerk.call(() -> office.open(notCovered, complaint("غیرمعاف"))).id();
        assertThrows(
                org.edalat.filing.fees.NotEligibleForExemptionException.class,
                () -> clerk.call(() -> office.computeFee(other, items(null), ExemptionBasis.RELIEF_COMMITTEE)));
        assertEquals(0L, fixture.ledgerEntries(other));
    }

    @Test
    void anOfficeWhoseLicenseIsSuspendedCannotFile_S0_4() throws Exception {
        String officeCode = fixture.office();
        As clerk = user(clerkAt(officeCode));
        String applicant = fixture.citizen(null, true);
        long id = clerk.call(() -> office.open(applicant, complaint("پیش از تعلیق")))
                .id();
        fixture.suspend(officeCode);
        assertThrows(
                OfficeMayNotFileException.class,
                () -> clerk.call(() -> office.open(applicant, complaint("پس از تعلیق"))));
        assertThrows(OfficeMayNotFileException.class, () -> clerk.call(() -> office.computeFee(id, items(null), null)));
        // a clerk of another office does not see the filing at all
        As stranger = user(clerkAt(fixture.office()));
        assertThrows(FilingNotFoundException.class, () -> stranger.call(() -> office.find(id)));
    }

    private FilingDraft report(FilingKind kind, boolean classified) {
        return new FilingDraft(kind, unit, "گزارش آزمون", "شرح اقدامات", null, null, classified, List.of());
    }

    @Test
    void aReportGetsItsCodeOnceWhateverTheRetries_S0_5_S0_6() throws Exception {
        As agency = As.role(Role.AGENCY_API);
        String request = "req-" + System.nanoTime();
        byte[] pdf = pdf(1);
        Submitted first = agency.call(() -> reports.submit(
                request, report(FilingKind.FLAGRANT_PRELIMINARY_CASE, false), List.of(new Upload("a.pdf", pdf))));
        assertEquals(FilingStep.SENT, first.filing().step());
        assertEquals(
                1L, fixture.audits("filing.tracking-code-issued", first.filing().id(), "S0-6"));
        Submitted retry = agency.call(
                () -> reports.submit(request, report(FilingKind.FLAGRANT_PRELIMINARY_CASE, false), List.of()));
        assertEquals(first.trackingCode(), retry.trackingCode());
        assertNull(retry.accessSecret());
        assertEquals(first.filing().id(), retry.filing().id());
        assertEquals(1L, fixture.cases(first.filing().id()));
        assertTrue(tracking.authenticity(first.trackingCode(), null, pdf).documentFiled());
        assertFalse(tracking.authenticity(first.trackingCode(), null, pdf(1)).documentFiled());
    }

    @Test
    void aClassifiedReportIsShownOnlyToItsUnitsStaff_S0_5_S0_5_1() throws Exception {
        As agency = As.role(Role.AGENCY_API);
        Submitted sent = agency.call(
                () -> reports.submit("cls-" + System.nanoTime(), report(FilingKind.OFFICER_REPORT, true), List.of()));
        long id = sent.filing().id();
        As ownStaff = user(fixture.staff(Role.REFERRAL_AUTHORITY, unit, null));
        assertTrue(ownStaff.call(() -> intake.awaiting(0, 200)).stream().anyMatch(c -> c.filingId() == id));
        As otherUnit = user(fixture.staff(Role.REFERRAL_AUTHORITY, fixture.unit(), null));
        assertFalse(otherUnit.call(() -> intake.awaiting(0, 200)).stream().anyMatch(c -> c.filingId() == id));
        assertFalse(
                As.role(Role.ADMIN).call(() -> intake.awaiting(0, 200)).stream().anyMatch(c -> c.filingId() == id),
                "not even the administrator");
        // the access secret opens nothing; the public inquiry does not know the code
        assertThrows(FilingNotFoundException.class, () -> tracking.status(sent.trackingCode(), sent.accessSecret()));
        assertFalse(
                tracking.authenticity(sent.trackingCode(), "0".repeat(64), null).trackingCodeKnown());
        assertEquals(
                FilingStep.SENT,
                ownStaff.call(() -> tracking.status(sent.trackingCode(), null)).step());
    }

    @Test
    void concurrentSubmissionsNeverShareATrackingCode_S0_3_S0_5() throws Exception {
        As agency = As.role(Role.AGENCY_API);
        int n = 12;
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<String>> runs = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                String request = "conc-" + System.nanoTime() + "-" + i;
                Callable<String> submit = () -> {
                    start.await();
                    return agency.call(
                                    () -> reports.submit(request, report(FilingKind.EXPERT_REPORT, false), List.of()))
                            .trackingCode();
                };
                runs.add(pool.submit(submit));
            }
            start.countDown();
            Set<String> codes = new HashSet<>();
            for (Future<String> run : runs) {
                codes.add(run.get());
            }
            assertEquals(n, codes.size());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theHandOffOnlyJoinsTheSendersTransaction_S4_6() {
        EJBException refused = assertThrows(
                EJBException.class,
                () -> intake.register(org.edalat.referral.domain.RegisteredCase.arrived(
                        1L, unit, "X", "1000000000000009", "x", false, java.time.Instant.now())));
        assertTrue(refused.getClass().getSimpleName().contains("TransactionRequired"), refused.toString());
    }

    @Test
    void theAdministratorPostsAClerkAtAnOfficeWhereTheClerkThenFiles_S0_4() throws Exception {
        String officeCode = fixture.office();
        String clerk = fixture.staff(Role.OFFICE_CLERK, null, fixture.office());
        java.net.URL base = new java.net.URL("http://127.0.0.1:"
                + (Integer.getInteger("jboss.http.port", 8080)
                        + Integer.getInteger("jboss.socket.binding.port-offset", 0))
                + "/");
        java.net.http.HttpResponse<String> unknown = Http.send(Http.as(base, Role.ADMIN)
                .request("api/v1/admin/users/" + clerk + "/posting")
                .header("Content-Type", Http.JSON)
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"officeCode\":\"NO-SUCH-OFFICE\"}")));
        assertEquals(422, unknown.statusCode(), unknown.body());
        assertTrue(unknown.body().contains("officeCode"), unknown.body());
        java.net.http.HttpResponse<String> posted = Http.send(Http.as(base, Role.ADMIN)
                .request("api/v1/admin/users/" + clerk + "/posting")
                .header("Content-Type", Http.JSON)
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"officeCode\":\"" + officeCode + "\"}")));
        assertEquals(200, posted.statusCode(), posted.body());
        String applicant = fixture.citizen(null, true);
        assertEquals(
                officeCode,
                user(clerk)
                        .call(() -> office.open(applicant, complaint("پس از جابه‌جایی")))
                        .officeCode());
    }
}
