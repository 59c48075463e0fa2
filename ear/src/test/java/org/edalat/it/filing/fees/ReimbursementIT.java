package org.edalat.it.filing.fees;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBTransactionRequiredException;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.edalat.accounts.domain.NationalCode;
import org.edalat.filing.fees.Eligibility;
import org.edalat.filing.fees.EligibilityAnswer;
import org.edalat.filing.fees.EligibilityInquiryUnavailableException;
import org.edalat.filing.fees.Exemption;
import org.edalat.filing.fees.ExemptionBasis;
import org.edalat.filing.fees.ExemptionInquiries;
import org.edalat.filing.fees.JalaliMonth;
import org.edalat.filing.fees.JalaliMonths;
import org.edalat.filing.fees.NotEligibleForExemptionException;
import org.edalat.filing.fees.OfficeCharge;
import org.edalat.filing.fees.OfficeCharges;
import org.edalat.filing.fees.OfficeService;
import org.edalat.filing.fees.RecordedOfficeCharge;
import org.edalat.filing.fees.RecordedReimbursement;
import org.edalat.filing.fees.ReimbursementLedger;
import org.edalat.filing.fees.ReimbursementMonthNotOverException;
import org.edalat.filing.fees.ReimbursementStatement;
import org.edalat.filing.fees.ReimbursementStatementPaidException;
import org.edalat.filing.fees.ReimbursementSummary;
import org.edalat.filing.fees.Rials;
import org.edalat.filing.fees.TariffApproval;
import org.edalat.filing.fees.TariffVersion;
import org.edalat.filing.fees.inquiry.LocalWelfarePensionRegistry;
import org.edalat.it.support.As;
import org.edalat.it.support.Deployments;
import org.edalat.it.support.Http;
import org.edalat.it.support.ItUsers;
import org.edalat.it.web.Browserless;
import org.edalat.platform.security.Role;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Exempt clients pay no office tariff on the confirming body's ELIGIBLE answer, and the Association
 * owes the office the tariff in its monthly statement, paid once (S0-14): stand-alone exempt charges
 * through the local adapters of the three bodies, a filing's exempt service entered in the filing's
 * transaction, statements per office and month, the payment, the CSV and JSON API and the screen.
 */
@ExtendWith(ArquillianExtension.class)
class ReimbursementIT {
    /** Covered by the local adapters (README.md, demo): one per body. */
    private static final NationalCode RELIEF_CLIENT = NationalCode.of("0067123457");

    private static final NationalCode PENSIONER = NationalCode.of("0078234565");
    private static final NationalCode PRISONER = NationalCode.of("0089345673");
    /** Covered by none of the bodies. */
    private static final NationalCode NOT_COVERED = NationalCode.of("0045123780");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @EJB
    TariffApproval approval;

    @EJB
    OfficeCharges charges;

    @EJB
    ExemptionInquiries inquiries;

    @EJB
    ReimbursementLedger ledger;

    @EJB
    ReimbursementItStore store;

    // in-container only: JUnit also makes an instance on the client, where there is no security domain
    private static As as(Role role) {
        return As.role(role);
    }

    /** A tariff ratified and in force from today: the one every charge of the test applies. */
    private TariffVersion tariffInForce(long complaint) throws Exception {
        String id = FeesIt.id("T-X");
        as(Role.ASSOCIATION).call(() -> approval.propose(id, FeesIt.items(complaint), "LTR-X"));
        as(Role.CENTER_HEAD).call(() -> approval.approve(id));
        return as(Role.CENTER_HEAD).call(() -> approval.ratify(id, "9000/" + id, FeesIt.today(), FeesIt.today()));
    }

    private static JalaliMonth thisMonth() {
        return JalaliMonths.inTehranAt(Instant.now());
    }

    /** A time in a month that is over: 40 days ago. */
    private static Instant monthsAgo() {
        return Instant.now().minus(Duration.ofDays(40));
    }

    /** A filing's exempt service entered in the ledger at {@code at}, as the filing context will. */
    private RecordedReimbursement filingExemption(
            TariffVersion tariff,
            String office,
            OfficeService service,
            int quantity,
            ExemptionBasis basis,
            NationalCode client,
            long filingId,
            Instant at)
            throws Exception {
        As clerk = as(Role.OFFICE_CLERK);
        Exemption exemption = clerk.call(() -> inquiries.confirm(basis, client));
        OfficeCharge charge = OfficeCharge.exempt(tariff, office, service, quantity, exemption);
        return clerk.call(() -> store.recordFiling(charge, filingId, ItUsers.username(Role.OFFICE_CLERK), at));
    }

    /** A filing's exempt complaint of the Relief Committee's client, entered in the ledger at {@code at}. */
    private RecordedReimbursement reliefComplaint(
            TariffVersion tariff, String office, int quantity, long filingId, Instant at) throws Exception {
        return filingExemption(
                tariff,
                office,
                OfficeService.FILING_COMPLAINT,
                quantity,
                ExemptionBasis.RELIEF_COMMITTEE,
                RELIEF_CLIENT,
                filingId,
                at);
    }

    /** A {@link #reliefComplaint} at a new office {@code at} a time in a month that is over. */
    private record PastComplaint(
            TariffVersion tariff, String office, Instant at, JalaliMonth month, RecordedReimbursement entry) {}

    /** Under a tariff of 2,000,000 in force, {@code quantity} complaints at a new office 40 days ago. */
    private PastComplaint pastComplaint(String officePrefix, int quantity) throws Exception {
        TariffVersion tariff = tariffInForce(2_000_000);
        String office = FeesIt.id(officePrefix);
        Instant past = monthsAgo();
        JalaliMonth month = JalaliMonths.inTehranAt(past);
        RecordedReimbursement entry = reliefComplaint(tariff, office, quantity, System.nanoTime(), past);
        return new PastComplaint(tariff, office, past, month, entry);
    }

    @Test
    void anExemptChargeIsChargedNothingAndLandsInTheLedgerWithTheBodysReference_S0_14() throws Exception {
        Instant start = Instant.now().minusSeconds(1);
        TariffVersion tariff = tariffInForce(2_000_000);
        String office = FeesIt.id("IT-R");
        As clerk = as(Role.OFFICE_CLERK);
        int year = JalaliMonths.of(FeesIt.today()).year();

        RecordedOfficeCharge relief = clerk.call(() -> charges.chargeExempt(
                office, OfficeService.FILING_COMPLAINT, 1, ExemptionBasis.RELIEF_COMMITTEE, RELIEF_CLIENT));
        RecordedOfficeCharge pension = clerk.call(() -> charges.chargeExempt(
                office, OfficeService.DOCUMENT_DIGITISATION, 6, ExemptionBasis.WELFARE_PENSIONER, PENSIONER));
        RecordedOfficeCharge prison = clerk.call(() -> charges.chargeExempt(
                " " + office + " ",
                OfficeService.IDENTITY_VERIFICATION,
                1,
                ExemptionBasis.INDIGENT_PRISONER,
                PRISONER));

        assertEquals(Rials.ZERO, relief.charged());
        assertEquals(Rials.of(2_000_000), relief.tariff());
        assertEquals(Rials.ZERO, relief.discount(), "an exemption is not a voluntary discount (S0-13.2)");
        assertEquals(tariff.id(), relief.tariffVersionId());
        assertTrue(relief.isExempt());
        assertEquals("RC-" + year + "-10477", relief.exemptionReference().orElseThrow());
        assertEquals(RELIEF_CLIENT.value(), relief.exemptNationalCode().orElseThrow());
        assertEquals("WP-" + year + "-5519", pension.exemptionReference().orElseThrow());
        assertEquals(ExemptionBasis.INDIGENT_PRISONER, prison.exemptionBasis().orElseThrow());

        ReimbursementStatement statement = as(Role.ASSOCIATION).call(() -> ledger.statement(office, thisMonth()));
        assertEquals(3, statement.entries());
        ReimbursementStatement.Line first = statement.lines().get(0);
        assertEquals(OfficeService.FILING_COMPLAINT, first.service());
        assertEquals(Rials.of(2_000_000), first.amount());
        assertEquals(ExemptionBasis.RELIEF_COMMITTEE, first.basis());
        assertEquals("RC-" + year + "-10477", first.bodyReference());
        assertEquals(relief.id(), first.officeChargeId());
        assertEquals(null, first.filingId());
        assertEquals(tariff.id(), first.tariffVersionId());
        assertEquals(ItUsers.username(Role.OFFICE_CLERK), first.recordedBy());
        assertEquals(Rials.of(300_000), statement.lines().get(1).amount(), "6 pages x 50,000");
        assertEquals(Rials.of(2_700_000), statement.total());
        assertEquals(
                Map.of(
                        ExemptionBasis.RELIEF_COMMITTEE, Rials.of(2_000_000),
                        ExemptionBasis.WELFARE_PENSIONER, Rials.of(300_000),
                        ExemptionBasis.INDIGENT_PRISONER, Rials.of(400_000)),
                statement.subtotals());
        assertFalse(statement.isPaid());

        assertEquals(
                List.of("office-charge.exempt", "office-charge.exempt", "office-charge.exempt"),
                store.auditedActions("OfficeCharge", office));
        assertEquals(
                List.of("reimbursement-entry"), store.auditedActions("ReimbursementEntry", String.valueOf(first.id())));
        List<String> inquiry = store.auditedDetails("ExemptionInquiry", RELIEF_CLIENT.value(), start);
        assertTrue(
                inquiry.stream()
                        .anyMatch(d -> d.startsWith("exemption-inquiry: RELIEF_COMMITTEE")
                                && d.contains("ELIGIBLE, reference RC-" + year + "-10477")),
                inquiry.toString());
    }

    @Test
    void aBodySayingNotCoveredOrNotAnsweringLeavesNothingChargedAndNothingOwed_S0_14() throws Exception {
        Instant start = Instant.now().minusSeconds(1);
        tariffInForce(2_000_000);
        String office = FeesIt.id("IT-N");
        As clerk = as(Role.OFFICE_CLERK);

        NotEligibleForExemptionException notCovered = assertThrows(
                NotEligibleForExemptionException.class,
                () -> clerk.call(() -> charges.chargeExempt(
                        office, OfficeService.FILING_COMPLAINT, 1, ExemptionBasis.RELIEF_COMMITTEE, NOT_COVERED)));
        assertEquals(ExemptionBasis.RELIEF_COMMITTEE, notCovered.basis());
        // a Relief Committee client is not, for that, a Welfare pensioner
        assertThrows(
                NotEligibleForExemptionException.class,
                () -> clerk.call(() -> charges.chargeExempt(
                        office, OfficeService.FILING_COMPLAINT, 1, ExemptionBasis.WELFARE_PENSIONER, RELIEF_CLIENT)));

        EligibilityInquiryUnavailableException unavailable;
        System.setProperty(LocalWelfarePensionRegistry.OUTAGE_PROPERTY, "true");
        try {
            unavailable = assertThrows(
                    EligibilityInquiryUnavailableException.class,
                    () -> clerk.call(() -> charges.chargeExempt(
                            office, OfficeService.FILING_COMPLAINT, 1, ExemptionBasis.WELFARE_PENSIONER, PENSIONER)));
            EligibilityAnswer asked = clerk.call(() -> inquiries.ask(ExemptionBasis.WELFARE_PENSIONER, PENSIONER));
            assertEquals(Eligibility.UNAVAILABLE, asked.outcome());
        } finally {
            System.clearProperty(LocalWelfarePensionRegistry.OUTAGE_PROPERTY);
        }
        assertEquals(503, unavailable.httpStatus());

        assertEquals(0, store.chargesOf(office), "nothing charged");
        assertEquals(0, store.entriesOf(office), "nothing owed");
        assertTrue(as(Role.ASSOCIATION)
                .call(() -> ledger.statement(office, thisMonth()))
                .isEmpty());
        // the refused inquiries stay in the audit trail, though the refusals rolled back
        List<String> refused = store.auditedDetails("ExemptionInquiry", NOT_COVERED.value(), start);
        assertTrue(
                refused.stream()
                        .anyMatch(d -> d.startsWith("exemption-inquiry.refused: RELIEF_COMMITTEE")
                                && d.contains("NOT_ELIGIBLE")),
                refused.toString());
        List<String> pension = store.auditedDetails("ExemptionInquiry", PENSIONER.value(), start);
        assertTrue(
                pension.stream().anyMatch(d -> d.startsWith("exemption-inquiry.refused") && d.contains("UNAVAILABLE")),
                pension.toString());
        assertTrue(pension.stream().anyMatch(d -> d.startsWith("exemption-inquiry: ")), pension.toString());

        // once the body answers again, the same client is exempt
        RecordedOfficeCharge later = clerk.call(() -> charges.chargeExempt(
                office, OfficeService.FILING_COMPLAINT, 1, ExemptionBasis.WELFARE_PENSIONER, PENSIONER));
        assertTrue(later.isExempt());
        assertEquals(1, store.entriesOf(office));
    }

    @Test
    void statementsTotalTheExemptServicesOfEachOfficeAndMonth_S0_14() throws Exception {
        TariffVersion tariff = tariffInForce(2_500_000);
        String a = FeesIt.id("IT-A");
        String b = FeesIt.id("IT-B");
        Instant past = monthsAgo();
        JalaliMonth pastMonth = JalaliMonths.inTehranAt(past);
        long filing = System.nanoTime();

        RecordedReimbursement fromFiling = filingExemption(
                tariff, a, OfficeService.FILING_COMPLAINT, 1, ExemptionBasis.INDIGENT_PRISONER, PRISONER, filing, past);
        filingExemption(
                tariff,
                a,
                OfficeService.DOCUMENT_DIGITISATION,
                10,
                ExemptionBasis.INDIGENT_PRISONER,
                PRISONER,
                filing,
                past);
        filingExemption(
                tariff,
                b,
                OfficeService.IDENTITY_VERIFICATION,
                2,
                ExemptionBasis.RELIEF_COMMITTEE,
                RELIEF_CLIENT,
                filing + 1,
                past);
        // this month's service is in this month's statement, not in the past one
        reliefComplaint(tariff, a, 1, filing + 2, Instant.now());

        assertEquals(pastMonth, fromFiling.month());
        assertEquals(filing, fromFiling.filingId());
        As deputy = as(Role.SERVICES_DEPUTY);
        ReimbursementStatement ofA = deputy.call(() -> ledger.statement(a, pastMonth));
        assertEquals(2, ofA.entries());
        assertEquals(Rials.of(3_000_000), ofA.total(), "2,500,000 + 10 x 50,000");
        assertEquals("filing " + filing, ofA.lines().get(0).source());
        assertEquals(
                Rials.of(2_500_000),
                deputy.call(() -> ledger.statement(a, thisMonth())).total());
        assertEquals(
                Rials.of(800_000),
                deputy.call(() -> ledger.statement(b, pastMonth)).total());

        long offices = deputy.call(() -> ledger.countStatements(pastMonth));
        List<ReimbursementSummary> all = allStatements(pastMonth);
        assertEquals(offices, all.size());
        ReimbursementSummary summaryOfA = summaryOf(a, pastMonth);
        assertEquals(2, summaryOfA.entries());
        assertEquals(Rials.of(3_000_000), summaryOfA.total());
        assertFalse(summaryOfA.isPaid());
        assertEquals(1, summaryOf(b, pastMonth).entries());
        List<String> codes = all.stream().map(ReimbursementSummary::officeCode).toList();
        assertEquals(codes.stream().sorted().toList(), codes, "by office code");
        assertEquals(codes.stream().distinct().count(), codes.size(), "one row per office");
        // paged: the second of one-row pages is the second office
        assertEquals(
                codes.get(1),
                deputy.call(() -> ledger.statements(pastMonth, 1, 1)).get(0).officeCode());
        // an office manager reads a statement by office code; a citizen reads nothing
        assertEquals(
                2,
                as(Role.OFFICE_MANAGER)
                        .call(() -> ledger.statement(a, pastMonth))
                        .entries());
        assertThrows(EJBAccessException.class, () -> as(Role.OFFICE_MANAGER)
                .call(() -> ledger.statements(pastMonth, 0, 10)));
        assertThrows(EJBAccessException.class, () -> as(Role.CITIZEN).call(() -> ledger.statement(a, pastMonth)));
    }

    @Test
    void theAssociationPaysAStatementOnceAfterItsMonth_S0_14() throws Exception {
        PastComplaint complaint = pastComplaint("IT-P", 1);
        String office = complaint.office();
        JalaliMonth pastMonth = complaint.month();
        long filing = complaint.entry().filingId();
        reliefComplaint(complaint.tariff(), office, 1, filing + 1, Instant.now());
        As association = as(Role.ASSOCIATION);

        assertThrows(EJBAccessException.class, () -> as(Role.SERVICES_DEPUTY)
                .call(() -> ledger.markPaid(office, pastMonth, "TR-1")));
        assertThrows(
                ReimbursementMonthNotOverException.class,
                () -> association.call(() -> ledger.markPaid(office, thisMonth(), "TR-1")));

        ReimbursementStatement paid = association.call(() -> ledger.markPaid(office, pastMonth, " TR-1404-0815 "));
        assertTrue(paid.isPaid());
        ReimbursementStatement.Payment payment = paid.payment().orElseThrow();
        assertEquals("TR-1404-0815", payment.reference());
        assertEquals(ItUsers.username(Role.ASSOCIATION), payment.paidBy());
        assertEquals(1, payment.entries());
        assertEquals(Rials.of(2_000_000), payment.total());

        ReimbursementStatementPaidException twice = assertThrows(
                ReimbursementStatementPaidException.class,
                () -> association.call(() -> ledger.markPaid(office, pastMonth, "TR-2")));
        assertEquals(409, twice.httpStatus());
        assertEquals(
                "TR-1404-0815",
                as(Role.SERVICES_DEPUTY)
                        .call(() -> ledger.statement(office, pastMonth))
                        .payment()
                        .orElseThrow()
                        .reference(),
                "the first payment stands");
        assertTrue(summaryOf(office, pastMonth).isPaid());
        // no entry joins a paid statement
        assertThrows(
                ReimbursementStatementPaidException.class,
                () -> reliefComplaint(complaint.tariff(), office, 1, filing + 2, complaint.at()));
        assertEquals(
                1, association.call(() -> ledger.statement(office, pastMonth)).entries());
        assertEquals(
                List.of("reimbursement-statement.paid", "reimbursement-statement.paid-twice"),
                store.auditedActions("ReimbursementStatement", office + "/" + pastMonth));
    }

    @Test
    void aFilingsEntryIsWrittenOnlyInsideTheFilingsTransaction_S0_14() throws Exception {
        TariffVersion tariff = tariffInForce(2_000_000);
        As clerk = as(Role.OFFICE_CLERK);
        Exemption exemption = clerk.call(() -> inquiries.confirm(ExemptionBasis.INDIGENT_PRISONER, PRISONER));
        String office = FeesIt.id("IT-T");
        OfficeCharge charge = OfficeCharge.exempt(tariff, office, OfficeService.FILING_COMPLAINT, 1, exemption);
        assertThrows(
                EJBTransactionRequiredException.class,
                () -> clerk.call(() -> ledger.record(charge, 42L, "it", Instant.now())));
        assertThrows(EJBAccessException.class, () -> as(Role.CITIZEN)
                .call(() -> store.recordFiling(charge, 42L, "it", Instant.now())));
        assertEquals(0, store.entriesOf(office));
    }

    @Test
    void theStatementIsReadAsJsonAndCsvOverHttpAndPaidOverRest_S0_14() throws Exception {
        PastComplaint complaint = pastComplaint("IT-H", 1);
        String office = complaint.office();
        JalaliMonth month = complaint.month();
        RecordedReimbursement entry = complaint.entry();
        URL base = FeesIt.base();
        String query = query(month);

        HttpResponse<String> csv = get(base, Role.ASSOCIATION, statementPath(office, month) + ".csv");
        assertEquals(200, csv.statusCode(), csv.body());
        assertEquals("text/csv", Http.mediaType(csv));
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").contains("UTF-8"));
        assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").contains(".csv"));
        assertEquals('\uFEFF', csv.body().charAt(0), "a BOM, so Excel reads UTF-8");
        String[] rows = csv.body().substring(1).split("\r\n");
        assertEquals(3, rows.length, csv.body());
        assertTrue(rows[0].startsWith("ردیف,کد دفتر,ماه,خدمت"), rows[0]);
        assertTrue(rows[1].contains(entry.bodyReference()), rows[1]);
        assertTrue(rows[1].contains("ثبت شکوائیه"), rows[1]);
        assertTrue(rows[1].contains(",2000000,"), rows[1]);
        assertEquals("جمع," + office + "," + month + ",,,2000000", rows[2]);

        HttpResponse<String> statement = get(base, Role.ASSOCIATION, "api/v1/reimbursements/" + office + query);
        assertEquals(200, statement.statusCode(), statement.body());
        assertTrue(statement.body().contains("\"total\":2000000"), statement.body());
        assertTrue(statement.body().contains("\"bodyReference\":\"" + entry.bodyReference() + "\""), statement.body());
        assertTrue(statement.body().contains("\"paid\":false"), statement.body());
        HttpResponse<String> byManager = get(base, Role.OFFICE_MANAGER, "api/v1/reimbursements/" + office + query);
        assertEquals(200, byManager.statusCode(), byManager.body());

        HttpResponse<String> list = get(base, Role.SERVICES_DEPUTY, "api/v1/reimbursements" + query + "&max=200");
        assertEquals(200, list.statusCode(), list.body());
        assertTrue(list.body().contains("\"month\":\"" + month + "\""), list.body());

        HttpResponse<String> badMonth =
                get(base, Role.ASSOCIATION, "api/v1/reimbursements/" + office + "?year=" + month.year() + "&month=13");
        assertEquals(422, badMonth.statusCode(), badMonth.body());
        assertEquals(Http.PROBLEM, Http.mediaType(badMonth));
        assertTrue(badMonth.body().contains("\"field\":\"month\""), badMonth.body());

        String payment = statementPath(office, month) + "/payment";
        assertEquals(
                403,
                post(base, Role.SERVICES_DEPUTY, payment, "{\"reference\":\"TR-9\"}")
                        .statusCode());
        HttpResponse<String> noReference = post(base, Role.ASSOCIATION, payment, "{\"reference\":\" \"}");
        assertEquals(422, noReference.statusCode(), noReference.body());
        assertTrue(noReference.body().contains("invalid-reimbursement-reference"), noReference.body());
        HttpResponse<String> paid = post(base, Role.ASSOCIATION, payment, "{\"reference\":\"TR-9\"}");
        assertEquals(200, paid.statusCode(), paid.body());
        assertTrue(paid.body().contains("\"paid\":true"), paid.body());
        HttpResponse<String> again = post(base, Role.ASSOCIATION, payment, "{\"reference\":\"TR-10\"}");
        assertEquals(409, again.statusCode(), again.body());
        assertTrue(again.body().contains("reimbursement-statement-paid"), again.body());
    }

    @Test
    void aCitizenGets403AndAnAnonymousCaller401_S0_14() throws Exception {
        URL base = FeesIt.base();
        JalaliMonth month = thisMonth();
        String query = query(month);
        assertEquals(
                403, get(base, Role.CITIZEN, "api/v1/reimbursements" + query).statusCode());
        assertEquals(
                403,
                get(base, Role.CITIZEN, "api/v1/reimbursements/OF-23-0101" + query)
                        .statusCode());
        assertEquals(
                403,
                get(base, Role.CITIZEN, statementPath("OF-23-0101", month) + ".csv")
                        .statusCode());
        assertEquals(
                403,
                get(base, Role.OFFICE_CLERK, "api/v1/reimbursements" + query).statusCode());
        assertEquals(
                401,
                Http.send(Http.anonymous(base)
                                .request("api/v1/reimbursements" + query)
                                .GET())
                        .statusCode());
        assertThrows(EJBAccessException.class, () -> as(Role.CITIZEN)
                .call(() -> charges.chargeExempt(
                        "IT-C", OfficeService.FILING_COMPLAINT, 1, ExemptionBasis.RELIEF_COMMITTEE, RELIEF_CLIENT)));
        assertThrows(EJBAccessException.class, () -> as(Role.CITIZEN)
                .call(() -> inquiries.ask(ExemptionBasis.RELIEF_COMMITTEE, RELIEF_CLIENT)));
        assertThrows(EJBAccessException.class, () -> as(Role.CITIZEN).call(() -> ledger.countStatements(month)));

        Browserless citizen = Browserless.open(base);
        citizen.login(ItUsers.username(Role.CITIZEN), ItUsers.PASSWORD);
        HttpResponse<String> page = citizen.get("association/reimbursements.xhtml");
        assertEquals(403, page.statusCode());
    }

    @Test
    void theAssociationSeesTheMonthsStatementsAndAnOfficesStatementOnTheScreen_S0_14() throws Exception {
        PastComplaint complaint = pastComplaint("IT-S", 3);
        String office = complaint.office();
        JalaliMonth month = complaint.month();
        RecordedReimbursement entry = complaint.entry();

        Browserless browser = Browserless.open(FeesIt.base());
        browser.login(ItUsers.username(Role.ASSOCIATION), ItUsers.PASSWORD);
        HttpResponse<String> page = browser.get(screen(month, office));

        assertEquals(200, page.statusCode(), page.body());
        String html = page.body();
        assertTrue(html.contains("dir=\"rtl\""), html);
        assertTrue(html.contains("id=\"reimbursements\""), "the form");
        assertTrue(html.contains("data-screen=\"/association/reimbursements.xhtml\""), "in the menu");
        assertTrue(html.contains("id=\"statement-office\">" + office + "<"), "the office's statement is open");
        assertTrue(html.contains("id=\"statement-total\" data-total=\"6000000\""), "3 x 2,000,000");
        assertTrue(html.contains(entry.bodyReference()), "the body's reference");
        assertTrue(html.contains("ثبت پرداخت"), "the Association may record the payment");
        assertTrue(html.contains("دریافت CSV"), "the CSV export");
        assertTrue(
                html.contains("صورت‌حساب‌های") && html.contains("reimbursements:table"),
                "the month's statements are listed");

        // the CSV download (a non-ajax post of the page's form), then the payment (an ajax post)
        String action = Browserless.formAction(html, "reimbursements");
        String viewState = Browserless.viewState(html, "reimbursements");
        HttpResponse<String> csv = browser.post(
                action,
                Browserless.Form.of()
                        .add("reimbursements", "reimbursements")
                        .add("reimbursements:csv", "")
                        .add(Browserless.VIEW_STATE, viewState));
        assertEquals(200, csv.statusCode(), csv.body());
        assertEquals("text/csv", Http.mediaType(csv));
        assertEquals('\uFEFF', csv.body().charAt(0));
        assertTrue(csv.body().contains(entry.bodyReference()), csv.body());
        assertTrue(csv.body().contains("جمع," + office + "," + month + ",,,6000000"), csv.body());

        HttpResponse<String> pay = browser.post(
                action,
                Browserless.Form.of()
                        .add("reimbursements", "reimbursements")
                        .add("reimbursements:reference", "TR-SCREEN-1")
                        .add("jakarta.faces.partial.ajax", "true")
                        .add("jakarta.faces.source", "reimbursements:mark-paid")
                        .add("jakarta.faces.partial.execute", "reimbursements:pay")
                        .add("jakarta.faces.partial.render", "reimbursements")
                        .add("reimbursements:mark-paid", "reimbursements:mark-paid")
                        .add(Browserless.VIEW_STATE, viewState),
                Map.of("Faces-Request", "partial/ajax", "X-Requested-With", "XMLHttpRequest"));
        assertEquals(200, pay.statusCode(), pay.body());
        assertTrue(pay.body().contains("<partial-response"), pay.body());
        assertTrue(pay.body().contains("پرداخت صورت‌حساب ثبت شد."), pay.body());
        assertEquals(
                "TR-SCREEN-1",
                as(Role.ASSOCIATION)
                        .call(() -> ledger.statement(office, month))
                        .payment()
                        .orElseThrow()
                        .reference());

        Browserless deputy = Browserless.open(FeesIt.base());
        deputy.login(ItUsers.username(Role.SERVICES_DEPUTY), ItUsers.PASSWORD);
        HttpResponse<String> read = deputy.get(screen(month, office));
        assertEquals(200, read.statusCode(), read.body());
        assertTrue(read.body().contains("data-total=\"6000000\""), read.body());
        assertFalse(read.body().contains("ثبت پرداخت"), "only the Association pays");
        assertTrue(read.body().contains("TR-SCREEN-1"), "the payment is shown");
    }

    /** Every statement of {@code month}, read page by page as the screen does. */
    private List<ReimbursementSummary> allStatements(JalaliMonth month) throws Exception {
        List<ReimbursementSummary> all = new ArrayList<>();
        As admin = as(Role.ADMIN);
        while (true) {
            int first = all.size();
            List<ReimbursementSummary> page = admin.call(() -> ledger.statements(month, first, 100));
            all.addAll(page);
            if (page.size() < 100) {
                return all;
            }
        }
    }

    private ReimbursementSummary summaryOf(String office, JalaliMonth month) throws Exception {
        return allStatements(month).stream()
                .filter(s -> s.officeCode().equals(office))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no statement of " + office + " in " + month));
    }

    /** The query naming {@code month}: {@code ?year=…&month=…}. */
    private static String query(JalaliMonth month) {
        return "?year=" + month.year() + "&month=" + month.month();
    }

    /** The REST path of {@code office}'s statement of {@code month}: {@code api/v1/reimbursements/office/y/m}. */
    private static String statementPath(String office, JalaliMonth month) {
        return "api/v1/reimbursements/" + office + "/" + month.year() + "/" + month.month();
    }

    /** The Association's screen with {@code office}'s statement of {@code month} open. */
    private static String screen(JalaliMonth month, String office) {
        return "association/reimbursements.xhtml" + query(month) + "&office=" + office;
    }

    private static HttpResponse<String> get(URL base, Role role, String path) {
        return Http.send(Http.as(base, role)
                .request(path)
                .header("Accept", "application/json, text/csv")
                .GET());
    }

    private static HttpResponse<String> post(URL base, Role role, String path, String json) {
        return Http.send(Http.as(base, role)
                .request(path)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }
}
