package org.edalat.filing.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import org.edalat.filing.fees.Rials;
import org.junit.jupiter.api.Test;

/** The state machine of a payment (S0-13.1): only a verified payment settles, only with a receipt. */
class PaymentTest {
    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    private static Payment created() {
        Payment p = Payment.create(PayableType.FILING, "42", Rials.of(1_250_000), "it-citizen", NOW);
        p.orderedAtBank("tok-1", "https://bank/pay/tok-1");
        return p;
    }

    private static Payment calledBack() {
        Payment p = created();
        p.redirect(NOW);
        p.calledBack("123456789012", NOW);
        return p;
    }

    @Test
    void theHappyPathEndsSettledWithAReceiptNumber_S0_13_1() {
        Payment p = created();
        assertEquals(PaymentState.CREATED, p.state());
        p.redirect(NOW);
        assertEquals(PaymentState.REDIRECTED, p.state());
        p.calledBack("123456789012", NOW);
        assertEquals(PaymentState.CALLED_BACK, p.state());
        assertFalse(p.isPaid());
        p.verificationAttempted();
        p.verified("123456789012", NOW);
        assertEquals(PaymentState.VERIFIED, p.state());
        assertFalse(p.isPaid());
        p.settle(new ReceiptNumber(1405, 123), NOW);
        assertEquals(PaymentState.SETTLED, p.state());
        assertTrue(p.isPaid());
        assertEquals("1405-000123", p.receiptNumber());
        assertEquals(1, p.verifyAttempts());
    }

    @Test
    void noStepCanBeSkipped_S0_13_1() {
        assertThrows(PaymentStepOutOfOrderException.class, () -> created().settle(new ReceiptNumber(1405, 1), NOW));
        assertThrows(PaymentStepOutOfOrderException.class, () -> created().verified("1", NOW));
        assertThrows(PaymentStepOutOfOrderException.class, () -> calledBack().settle(new ReceiptNumber(1405, 1), NOW));
        Payment unordered = Payment.create(PayableType.FILING, "42", Rials.of(1000), "it-citizen", NOW);
        assertThrows(PaymentStepOutOfOrderException.class, () -> unordered.redirect(NOW));
        assertThrows(PaymentStepOutOfOrderException.class, () -> unordered.calledBack("1", NOW));
    }

    @Test
    void aSettledPaymentTakesNoMoreStepsSoItIsNeverPaidTwice_S0_13_1() {
        Payment p = calledBack();
        p.verified(null, NOW);
        p.settle(new ReceiptNumber(1405, 7), NOW);
        assertThrows(PaymentStepOutOfOrderException.class, () -> p.calledBack("x", NOW));
        assertThrows(PaymentStepOutOfOrderException.class, () -> p.verified("123456789012", NOW));
        assertThrows(PaymentStepOutOfOrderException.class, () -> p.settle(new ReceiptNumber(1405, 8), NOW));
        assertThrows(PaymentStepOutOfOrderException.class, () -> p.decline("late", NOW));
        assertEquals("1405-000007", p.receiptNumber());
    }

    @Test
    void aDeclineLeavesThePayableUnpaidAndIsFinal_S0_13_1() {
        Payment p = calledBack();
        p.decline("insufficient funds", NOW);
        assertEquals(PaymentState.DECLINED, p.state());
        assertFalse(p.isPaid());
        assertNull(p.receiptNumber());
        assertEquals("insufficient funds", p.failureReason());
        assertThrows(PaymentStepOutOfOrderException.class, () -> p.verified("123456789012", NOW));
        assertThrows(PaymentStepOutOfOrderException.class, () -> p.settle(new ReceiptNumber(1405, 1), NOW));
    }

    @Test
    void aCalledBackPaymentIsNotPaidUntilTheBankVerifiesIt_S0_13_1() {
        Payment p = calledBack();
        p.verificationAttempted(); // the bank did not answer
        p.verificationAttempted(); // nor the second time
        assertEquals(PaymentState.CALLED_BACK, p.state());
        assertFalse(p.isPaid());
        assertEquals(2, p.verifyAttempts());
        p.verified("123456789012", NOW);
        assertEquals(PaymentState.VERIFIED, p.state());
    }

    @Test
    void theBankMustConfirmTheReferenceOfTheCallback_S0_13_1() {
        Payment p = calledBack();
        assertThrows(PaymentStepOutOfOrderException.class, () -> p.verified("999999999999", NOW));
        Payment withoutReference = created();
        withoutReference.calledBack(null, NOW);
        assertThrows(PaymentStepOutOfOrderException.class, () -> withoutReference.verified(null, NOW));
    }

    @Test
    void anAnswerContradictingThePaymentFailsIt_S0_13_1() {
        Payment p = calledBack();
        p.fail("amount differs", NOW);
        assertEquals(PaymentState.FAILED, p.state());
        assertFalse(p.isPaid());
        assertThrows(PaymentStepOutOfOrderException.class, () -> created().fail("x", NOW));
    }

    @Test
    void onlyAPaymentNotCalledBackExpires_S0_13_1() {
        Payment p = created();
        p.expire(NOW);
        assertEquals(PaymentState.EXPIRED, p.state());
        assertThrows(PaymentStepOutOfOrderException.class, () -> calledBack().expire(NOW));
        assertThrows(PaymentStepOutOfOrderException.class, () -> p.calledBack("1", NOW));
    }

    @Test
    void aPaymentOfNothingIsRefused_S0_13_1() {
        InvalidPaymentAmountException e = assertThrows(
                InvalidPaymentAmountException.class,
                () -> Payment.create(PayableType.FILING, "42", Rials.ZERO, "it-citizen", NOW));
        assertEquals("amount", e.field());
        assertEquals(422, e.httpStatus());
    }

    @Test
    void receiptNumbersAreTheJalaliYearAndSixDigits_S0_13_1() {
        assertEquals("1405-000001", new ReceiptNumber(1405, 1).toString());
        assertEquals("1405-999999", new ReceiptNumber(1405, 999_999).toString());
        assertThrows(IllegalArgumentException.class, () -> new ReceiptNumber(1405, 0));
        assertThrows(IllegalArgumentException.class, () -> new ReceiptNumber(1405, 1_000_000));
    }

    @Test
    void theJalaliYearChangesAtNowruz_S0_13_1() {
        // Farvardin 1 of 1402..1405 and 1358 as published
        assertEquals(LocalDate.of(2023, 3, 21), JalaliYear.nowruz(1402));
        assertEquals(LocalDate.of(2024, 3, 20), JalaliYear.nowruz(1403));
        assertEquals(LocalDate.of(2025, 3, 21), JalaliYear.nowruz(1404));
        assertEquals(LocalDate.of(2026, 3, 21), JalaliYear.nowruz(1405));
        assertEquals(LocalDate.of(1979, 3, 21), JalaliYear.nowruz(1358));
        assertEquals(1404, JalaliYear.of(LocalDate.of(2026, 3, 20)));
        assertEquals(1405, JalaliYear.of(LocalDate.of(2026, 3, 21)));
        assertEquals(1405, JalaliYear.of(LocalDate.of(2026, 11, 22)));
        // the year is Tehran's: 21:00 UTC on 20 March 2026 is already 21 March in Tehran
        assertEquals(1405, JalaliYear.at(Instant.parse("2026-03-20T21:00:00Z")));
        assertEquals(1404, JalaliYear.at(Instant.parse("2026-03-20T20:00:00Z")));
    }
}
