package org.edalat.it.filing.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.edalat.filing.fees.Rials;
import org.edalat.filing.payment.LocalBankGateway;
import org.edalat.filing.payment.LocalBankOrder;
import org.edalat.filing.payment.PayableAlreadyPaidException;
import org.edalat.filing.payment.PayableType;
import org.edalat.filing.payment.PaymentService;
import org.edalat.filing.payment.PaymentState;
import org.edalat.filing.payment.PaymentView;
import org.edalat.it.support.As;
import org.edalat.it.support.Deployments;
import org.edalat.platform.security.Role;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Payment through the Center's payment method with a numbered receipt (S0-13.1), end to end: the
 * payer's service calls run in the server as the fixture citizen; the payer's visit to the bank is
 * the local bank adapter's {@code pay}; the bank's callback and the payer's downloads go over HTTP.
 */
@ExtendWith(ArquillianExtension.class)
class PaymentIT {
    private static final String CARD = "6219-8610-3452-9007";
    private static final String DECLINED_CARD = "6037-9912-3456-7890";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @EJB
    PaymentService payments;

    @EJB
    LocalBankGateway bank;

    @EJB
    PaymentItStore store;

    /** Fixture identities, authenticated on the test's thread (worker threads have no current domain). */
    private As citizen;

    private As clerk;
    private As admin;

    @BeforeEach
    void authenticate() {
        citizen = As.role(Role.CITIZEN);
        clerk = As.role(Role.OFFICE_CLERK);
        admin = As.role(Role.ADMIN);
    }

    private As as(Role role) {
        return switch (role) {
            case CITIZEN -> citizen;
            case OFFICE_CLERK -> clerk;
            case ADMIN -> admin;
            default -> throw new IllegalArgumentException(role.name());
        };
    }

    private static String filingId() {
        return "it-" + UUID.randomUUID();
    }

    private PaymentView redirected(Role payer, String filing, long amount) throws Exception {
        return as(payer).call(() -> {
            PaymentView created = payments.create(PayableType.FILING, filing, Rials.of(amount));
            assertEquals(PaymentState.CREATED, created.state());
            return payments.redirect(created.id());
        });
    }

    private String token(PaymentView payment) {
        String url = payment.redirectUrl();
        return url.substring(url.lastIndexOf('/') + 1);
    }

    private PaymentView view(long id) throws Exception {
        return as(Role.ADMIN).call(() -> payments.find(id));
    }

    private PaymentView settled(String filing) throws Exception {
        PaymentView payment = redirected(Role.CITIZEN, filing, 250_000);
        LocalBankGateway.Callback cb = bank.pay(token(payment), CARD);
        HttpResponse<String> response = PaymentClient.callback(cb.token(), cb.status(), cb.reference());
        assertEquals(200, response.statusCode(), response.body());
        return view(payment.id());
    }

    @Test
    void aPaymentVerifiedWithTheBankIsSettledWithANumberedReceipt_S0_13_1() throws Exception {
        String filing = filingId();
        PaymentView payment = redirected(Role.CITIZEN, filing, 1_250_000);
        assertEquals(PaymentState.REDIRECTED, payment.state());
        assertTrue(payment.redirectUrl().endsWith(token(payment)), payment.redirectUrl());
        assertFalse(payments.isPaid(PayableType.FILING, filing));

        LocalBankGateway.Callback cb = bank.pay(token(payment), CARD);
        assertTrue(cb.ok());
        HttpResponse<String> response = PaymentClient.callback(cb.token(), cb.status(), cb.reference());

        assertEquals(200, response.statusCode(), response.body());
        assertEquals("SETTLED", PaymentClient.string(response.body(), "state"), response.body());
        String receipt = PaymentClient.string(response.body(), "receiptNumber");
        assertNotNull(receipt, response.body());
        assertTrue(receipt.matches("1[34][0-9]{2}-[0-9]{6}"), receipt);
        assertTrue(payments.isPaid(PayableType.FILING, filing));
        assertEquals(LocalBankOrder.Status.SETTLED, bank.status(cb.token()));
        PaymentView settled = view(payment.id());
        assertEquals(PaymentState.SETTLED, settled.state());
        assertEquals(receipt, settled.receiptNumber());
        assertEquals(cb.reference(), settled.bankReference());
        assertEquals(1_250_000, settled.amount());
        assertEquals(
                List.of(
                        "payment.create",
                        "payment.redirect",
                        "payment.called-back",
                        "payment.verified",
                        "payment.settled"),
                store.auditedActions(payment.id()));

        HttpResponse<String> mine = PaymentClient.get(Role.CITIZEN, "api/v1/payments/" + payment.id());
        assertEquals(200, mine.statusCode(), mine.body());
        assertEquals(receipt, PaymentClient.string(mine.body(), "receiptNumber"));
        HttpResponse<String> notTheirs = PaymentClient.get(Role.OFFICE_CLERK, "api/v1/payments/" + payment.id());
        assertEquals(404, notTheirs.statusCode(), notTheirs.body());
        assertEquals("payment-not-found", PaymentClient.string(notTheirs.body(), "code"), notTheirs.body());

        // paid once: a second payment of the same filing is refused
        assertThrows(PayableAlreadyPaidException.class, () -> as(Role.CITIZEN)
                .call(() -> payments.create(PayableType.FILING, filing, Rials.of(1_250_000))));
    }

    @Test
    void theReceiptIsAValidPdfNamingTheReceiptNumber_S0_13_1() throws Exception {
        PaymentView payment = settled(filingId());

        HttpResponse<byte[]> pdf =
                PaymentClient.getBytes(Role.CITIZEN, "api/v1/payments/" + payment.id() + "/receipt.pdf");

        assertEquals(200, pdf.statusCode());
        assertEquals(
                "application/pdf",
                pdf.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            assertEquals(1, document.getNumberOfPages());
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains(payment.receiptNumber()), text);
            assertTrue(text.contains("250,000 Rials"), text);
            assertTrue(text.contains(payment.bankReference()), text);
        }
        HttpResponse<byte[]> byAdmin =
                PaymentClient.getBytes(Role.ADMIN, "api/v1/payments/" + payment.id() + "/receipt.pdf");
        assertEquals(200, byAdmin.statusCode());
        HttpResponse<byte[]> byOther =
                PaymentClient.getBytes(Role.OFFICE_CLERK, "api/v1/payments/" + payment.id() + "/receipt.pdf");
        assertEquals(404, byOther.statusCode());
    }

    @Test
    void aDeclineLeavesThePayableUnpaidWithoutReceipt_S0_13_1() throws Exception {
        String filing = filingId();
        PaymentView payment = redirected(Role.OFFICE_CLERK, filing, 300_000);
        LocalBankGateway.Callback cb = bank.pay(token(payment), DECLINED_CARD);
        assertFalse(cb.ok());

        HttpResponse<String> response = PaymentClient.callback(cb.token(), cb.status(), cb.reference());

        assertEquals(200, response.statusCode(), response.body());
        assertEquals("DECLINED", PaymentClient.string(response.body(), "state"), response.body());
        assertFalse(payments.isPaid(PayableType.FILING, filing));
        PaymentView declined = view(payment.id());
        assertEquals(PaymentState.DECLINED, declined.state());
        assertEquals(null, declined.receiptNumber());
        assertEquals("insufficient funds", declined.failureReason());
        assertEquals(
                List.of("payment.create", "payment.redirect", "payment.called-back", "payment.declined"),
                store.auditedActions(payment.id()));
        HttpResponse<byte[]> receipt =
                PaymentClient.getBytes(Role.OFFICE_CLERK, "api/v1/payments/" + payment.id() + "/receipt.pdf");
        String problem = new String(receipt.body(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(409, receipt.statusCode(), problem);
        assertEquals("receipt-not-issued", PaymentClient.string(problem, "code"), problem);
        // declined: a new payment of the same filing may be made, and pays
        PaymentView retry = redirected(Role.OFFICE_CLERK, filing, 300_000);
        LocalBankGateway.Callback ok = bank.pay(token(retry), CARD);
        assertEquals(
                200,
                PaymentClient.callback(ok.token(), ok.status(), ok.reference()).statusCode());
        assertTrue(payments.isPaid(PayableType.FILING, filing));
    }

    @Test
    void anAmountOverTheCardLimitIsDeclinedByTheBank_S0_13_1() throws Exception {
        String filing = filingId();
        PaymentView payment = redirected(Role.CITIZEN, filing, LocalBankGateway.CARD_LIMIT_RIALS + 1);
        LocalBankGateway.Callback cb = bank.pay(token(payment), CARD);
        HttpResponse<String> response = PaymentClient.callback(cb.token(), cb.status(), cb.reference());
        assertEquals(200, response.statusCode(), response.body());
        assertEquals(PaymentState.DECLINED, view(payment.id()).state());
        assertFalse(payments.isPaid(PayableType.FILING, filing));
    }

    @Test
    void aVerifyTimeoutLeavesThePaymentCalledBackUnpaidUntilALaterVerify_S0_13_1() throws Exception {
        String filing = filingId();
        PaymentView payment = redirected(Role.CITIZEN, filing, 400_000);
        LocalBankGateway.Callback cb = bank.pay(token(payment), CARD);
        HttpResponse<String> response;
        PaymentView stillPending;
        System.setProperty(LocalBankGateway.VERIFY_TIMEOUT_PROPERTY, "true");
        try {
            response = PaymentClient.callback(cb.token(), cb.status(), cb.reference());
            stillPending = as(Role.CITIZEN).call(() -> payments.reverify(payment.id()));
        } finally {
            System.clearProperty(LocalBankGateway.VERIFY_TIMEOUT_PROPERTY);
        }
        assertEquals(200, response.statusCode(), response.body());
        assertEquals("CALLED_BACK", PaymentClient.string(response.body(), "state"), response.body());
        assertEquals(PaymentState.CALLED_BACK, stillPending.state());
        assertEquals(null, stillPending.receiptNumber());
        assertFalse(payments.isPaid(PayableType.FILING, filing));

        PaymentView later = as(Role.CITIZEN).call(() -> payments.reverify(payment.id()));

        assertEquals(PaymentState.SETTLED, later.state());
        assertNotNull(later.receiptNumber());
        assertTrue(payments.isPaid(PayableType.FILING, filing));
    }

    @Test
    void pendingPaymentsAreVerifiedAgainInOneRun_S0_13_1() throws Exception {
        String filing = filingId();
        PaymentView payment = redirected(Role.CITIZEN, filing, 410_000);
        LocalBankGateway.Callback cb = bank.pay(token(payment), CARD);
        System.setProperty(LocalBankGateway.VERIFY_TIMEOUT_PROPERTY, "true");
        try {
            assertEquals(
                    200,
                    PaymentClient.callback(cb.token(), cb.status(), cb.reference())
                            .statusCode());
        } finally {
            System.clearProperty(LocalBankGateway.VERIFY_TIMEOUT_PROPERTY);
        }
        assertEquals(PaymentState.CALLED_BACK, view(payment.id()).state());
        assertThrows(EJBAccessException.class, () -> as(Role.CITIZEN).call(() -> payments.reverifyPending()));

        int decided = as(Role.ADMIN).call(() -> payments.reverifyPending());

        assertTrue(decided >= 1, "decided " + decided);
        assertEquals(PaymentState.SETTLED, view(payment.id()).state());
        assertTrue(payments.isPaid(PayableType.FILING, filing));
    }

    @Test
    void aDuplicateCallbackPaysOnce_S0_13_1() throws Exception {
        String filing = filingId();
        PaymentView payment = redirected(Role.CITIZEN, filing, 500_000);
        LocalBankGateway.Callback cb = bank.pay(token(payment), CARD);
        HttpResponse<String> first = PaymentClient.callback(cb.token(), cb.status(), cb.reference());
        LocalBankGateway.Callback again = bank.pay(token(payment), CARD); // the bank calls back again
        assertEquals(cb, again);

        // the repeat comes as JSON: either form of the callback is the same callback
        HttpResponse<String> second = PaymentClient.callbackJson(again.token(), again.status(), again.reference());

        assertEquals(200, first.statusCode(), first.body());
        assertEquals(200, second.statusCode(), second.body());
        String receipt = PaymentClient.string(first.body(), "receiptNumber");
        assertNotNull(receipt);
        assertEquals(receipt, PaymentClient.string(second.body(), "receiptNumber"));
        assertEquals(receipt, view(payment.id()).receiptNumber());
        assertEquals(LocalBankOrder.Status.SETTLED, bank.status(cb.token()));
        // a third callback, even after settlement, leaves the next receipt number untouched
        String before = settled(filingId()).receiptNumber();
        PaymentClient.callback(cb.token(), cb.status(), cb.reference());
        String after = settled(filingId()).receiptNumber();
        assertTrue(sequence(after) > sequence(before), before + " then " + after);
        assertEquals(receipt, view(payment.id()).receiptNumber());
    }

    @Test
    void concurrentDuplicateCallbacksPayOnce_S0_13_1() throws Exception {
        String filing = filingId();
        PaymentView payment = redirected(Role.CITIZEN, filing, 600_000);
        LocalBankGateway.Callback cb = bank.pay(token(payment), CARD);
        int callers = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            List<Future<HttpResponse<String>>> replies = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                replies.add(pool.submit(() -> {
                    start.await();
                    return PaymentClient.callback(cb.token(), cb.status(), cb.reference());
                }));
            }
            start.countDown();
            Set<String> receipts = new HashSet<>();
            for (Future<HttpResponse<String>> reply : replies) {
                HttpResponse<String> response = reply.get();
                assertEquals(200, response.statusCode(), response.body());
                assertEquals("SETTLED", PaymentClient.string(response.body(), "state"), response.body());
                receipts.add(PaymentClient.string(response.body(), "receiptNumber"));
            }
            assertEquals(Set.of(view(payment.id()).receiptNumber()), receipts);
            // settled once: one settlement in the audit trail however many callbacks came
            assertEquals(
                    1,
                    store.auditedActions(payment.id()).stream()
                            .filter("payment.settled"::equals)
                            .count());
        } finally {
            pool.shutdownNow();
        }
        assertTrue(payments.isPaid(PayableType.FILING, filing));
    }

    @Test
    void receiptNumbersAreUniqueAndIncreasing_S0_13_1() throws Exception {
        List<String> sequential = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            sequential.add(settled(filingId()).receiptNumber());
        }
        for (int i = 1; i < sequential.size(); i++) {
            assertEquals(year(sequential.get(0)), year(sequential.get(i)));
            assertTrue(sequence(sequential.get(i)) > sequence(sequential.get(i - 1)), sequential.toString());
        }
        int payers = 6;
        ExecutorService pool = Executors.newFixedThreadPool(payers);
        try {
            List<Callable<String>> work = new ArrayList<>();
            for (int i = 0; i < payers; i++) {
                work.add(() -> settled(filingId()).receiptNumber());
            }
            Set<String> concurrent = new HashSet<>();
            for (Future<String> number : pool.invokeAll(work)) {
                String n = number.get();
                assertTrue(sequence(n) > sequence(sequential.get(sequential.size() - 1)), n);
                concurrent.add(n);
            }
            assertEquals(payers, concurrent.size(), concurrent.toString());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aCallbackWithAnUnknownOrForgedReferenceIsRefusedAndChangesNothing_S0_13_1() throws Exception {
        HttpResponse<String> unknown = PaymentClient.callback(UUID.randomUUID().toString(), "OK", "123456789012");
        assertEquals(404, unknown.statusCode(), unknown.body());
        assertEquals(
                "application/problem+json",
                unknown.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        assertEquals("payment-reference-unknown", PaymentClient.string(unknown.body(), "code"), unknown.body());

        String filing = filingId();
        PaymentView payment = redirected(Role.CITIZEN, filing, 700_000);
        // "paid" before the payer paid anything: the bank does not confirm it
        HttpResponse<String> early = PaymentClient.callback(token(payment), "OK", "999999999999");
        assertEquals(422, early.statusCode(), early.body());
        assertEquals("payment-callback-not-confirmed", PaymentClient.string(early.body(), "code"), early.body());
        assertEquals(PaymentState.REDIRECTED, view(payment.id()).state());

        LocalBankGateway.Callback cb = bank.pay(token(payment), CARD);
        String forgedReference = cb.reference().equals("111111111111") ? "222222222222" : "111111111111";
        HttpResponse<String> forged = PaymentClient.callback(cb.token(), "OK", forgedReference);
        assertEquals(422, forged.statusCode(), forged.body());
        PaymentView unchanged = view(payment.id());
        assertEquals(PaymentState.REDIRECTED, unchanged.state());
        assertEquals(null, unchanged.bankReference());
        assertFalse(payments.isPaid(PayableType.FILING, filing));
        assertEquals(LocalBankOrder.Status.PAID, bank.status(cb.token()));

        // the genuine callback still settles it
        HttpResponse<String> genuine = PaymentClient.callback(cb.token(), cb.status(), cb.reference());
        assertEquals(200, genuine.statusCode(), genuine.body());
        assertTrue(payments.isPaid(PayableType.FILING, filing));
    }

    @Test
    void theCallbackNeedsNoAccountButPaymentsAndReceiptsDo_S0_13_1() throws Exception {
        HttpResponse<String> anonymous =
                org.edalat.it.support.Http.send(org.edalat.it.support.Http.anonymous(PaymentClient.base())
                        .request("api/v1/payments/1")
                        .GET());
        assertEquals(401, anonymous.statusCode(), anonymous.body());
        HttpResponse<String> blank = PaymentClient.callback(null, null, null);
        assertEquals(404, blank.statusCode(), blank.body());
    }

    private static int year(String receipt) {
        return Integer.parseInt(receipt.substring(0, receipt.indexOf('-')));
    }

    private static int sequence(String receipt) {
        return Integer.parseInt(receipt.substring(receipt.indexOf('-') + 1));
    }
}
