package org.edalat.filing.payment;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.edalat.filing.fees.Rials;
import org.edalat.filing.payment.PaymentGateway.BankVerdict;
import org.edalat.platform.audit.AuditTrail;
import org.edalat.platform.security.Role;

/**
 * Payment of what a citizen or an office clerk files (S0-13.1: money is taken only through the
 * Center's payment method, always with a receipt): create → redirect → the bank's callback → verify
 * with the bank → settle → numbered receipt. Every transition is audited with rule S0-13.1.
 *
 * <p>Idempotent: the bank's callback locks the payment row ({@code SELECT ... FOR UPDATE}), so
 * duplicate callbacks, even concurrent ones, are handled one after another and the second finds the
 * payment settled and changes nothing; the unique {@code settled_payable} column makes a second
 * settled payment of one payable impossible. A callback alone proves nothing: the bank's verify
 * decides. A decline leaves the payable unpaid; a verify that times out leaves the payment
 * CALLED_BACK, never paid, for {@link #reverify} / {@link #reverifyPending}.
 */
@Stateless
public class PaymentService {
    /** Rule id of every audit entry and refusal here. */
    public static final String RULE = "S0-13.1";

    /** Where the bank calls back (property {@code edalat.payment.callback-url}). */
    public static final String CALLBACK_URL_PROPERTY = "edalat.payment.callback-url";

    private static final String ENTITY = "Payment";
    private static final String BANK = "system:bank-callback";

    @PersistenceContext(unitName = "edalat")
    private EntityManager em;

    @EJB
    private PaymentGateway gateway;

    @EJB
    private ReceiptCounters receipts;

    @EJB
    private AuditTrail audit;

    @Resource
    private SessionContext context;

    /**
     * Opens a payment of {@code amount} for a payable and orders it at the bank; refused when the
     * payable is already paid.
     */
    @RolesAllowed({Role.Names.CITIZEN, Role.Names.OFFICE_CLERK})
    public PaymentView create(PayableType type, String payableId, Rials amount) {
        if (isPaid(type, payableId)) {
            throw new PayableAlreadyPaidException();
        }
        Payment payment = Payment.create(type, payableId, amount, caller(), Instant.now());
        em.persist(payment);
        em.flush();
        PaymentGateway.BankOrder order = gateway.order(
                "EDL-" + payment.id(), amount, System.getProperty(CALLBACK_URL_PROPERTY, "/api/v1/payments/callback"));
        payment.orderedAtBank(order.token(), order.redirectUrl());
        audit.record(actingRole(), "payment.create", ENTITY, id(payment), RULE, type + ":" + payableId + " " + amount);
        return PaymentView.of(payment);
    }

    /** The payer is sent to the bank: the view's redirect URL says where. */
    @RolesAllowed({Role.Names.CITIZEN, Role.Names.OFFICE_CLERK})
    public PaymentView redirect(long paymentId) {
        Payment payment = locked(paymentId);
        requirePayer(payment, false);
        payment.redirect(Instant.now());
        audit.record(actingRole(), "payment.redirect", ENTITY, id(payment), RULE, null);
        return PaymentView.of(payment);
    }

    /**
     * The bank's callback (anonymous): the token of the order, the status the bank reports and its
     * reference. The bank's verify decides, not the callback. A token the bank never gave us, or a
     * callback the bank does not confirm, is refused and changes nothing.
     */
    @PermitAll
    public PaymentView callback(String token, String status, String reference) {
        Payment payment = token == null || token.isBlank() ? null : lockedByToken(token);
        if (payment == null) {
            audit.recordSystemRefusal(
                    BANK, "payment.callback-unknown", ENTITY, null, RULE, "token " + abbreviate(token));
            throw new UnknownPaymentReferenceException();
        }
        PaymentState state = payment.state();
        if (state != PaymentState.CREATED && state != PaymentState.REDIRECTED && state != PaymentState.CALLED_BACK) {
            // a duplicate callback of a payment already decided: nothing to do, nothing changes
            return PaymentView.of(payment);
        }
        Instant now = Instant.now();
        Events events = new Events().of(payment);
        BankVerdict verdict = gateway.verify(token, reference);
        switch (verdict.outcome()) {
            case REFERENCE_MISMATCH, NOT_PAID -> {
                audit.recordSystemRefusal(
                        BANK, "payment.callback-refused", ENTITY, id(payment), RULE, verdict.outcome() + " " + status);
                throw new CallbackNotConfirmedException();
            }
            case TIMED_OUT -> {
                if (state != PaymentState.CALLED_BACK) {
                    payment.calledBack(reference, now);
                    events.add("payment.called-back", "status " + status);
                }
                payment.verificationAttempted();
                events.add("payment.verify-timed-out", null);
                events.write(BANK);
                return PaymentView.of(payment);
            }
            default -> {
                if (state != PaymentState.CALLED_BACK) {
                    payment.calledBack(reference, now);
                    events.add("payment.called-back", "status " + status);
                }
                conclude(payment, verdict, events);
                events.write(BANK);
                return PaymentView.of(payment);
            }
        }
    }

    /** Asks the bank again about one payment left CALLED_BACK (payer or ADMIN). */
    @RolesAllowed({Role.Names.CITIZEN, Role.Names.OFFICE_CLERK, Role.Names.ADMIN})
    public PaymentView reverify(long paymentId) {
        Payment payment = locked(paymentId);
        requirePayer(payment, true);
        if (payment.state().isPendingVerification()) {
            Events events = new Events().of(payment);
            reverify(payment, events);
            events.write("system:payment-reverify by " + caller());
        }
        return PaymentView.of(payment);
    }

    /** Asks the bank again about every payment left CALLED_BACK or VERIFIED; how many were decided. */
    @RolesAllowed(Role.Names.ADMIN)
    public int reverifyPending() {
        List<Long> pending = em.createQuery(
                        "select p.id from Payment p where p.state in :states order by p.id", Long.class)
                .setParameter("states", List.of(PaymentState.CALLED_BACK, PaymentState.VERIFIED))
                .getResultList();
        int decided = 0;
        Events events = new Events();
        for (Long id : pending) {
            Payment payment = locked(id);
            if (payment.state().isPendingVerification()) {
                reverify(payment, events.of(payment));
                if (payment.state().isFinal()) {
                    decided++;
                }
            }
        }
        events.write("system:payment-reverify by " + caller());
        return decided;
    }

    /** Marks payments never called back since {@code before} as EXPIRED (unpaid); how many. */
    @RolesAllowed(Role.Names.ADMIN)
    public int expireAbandoned(Instant before) {
        List<Long> stale = em.createQuery(
                        "select p.id from Payment p where p.state in :states and p.createdAt < :before", Long.class)
                .setParameter("states", List.of(PaymentState.CREATED, PaymentState.REDIRECTED))
                .setParameter("before", before)
                .getResultList();
        int expired = 0;
        Events events = new Events();
        for (Long id : stale) {
            Payment payment = locked(id);
            if (payment.state() == PaymentState.CREATED || payment.state() == PaymentState.REDIRECTED) {
                payment.expire(Instant.now());
                events.of(payment).add("payment.expired", null);
                expired++;
            }
        }
        events.write("system:payment-expiry by " + caller());
        return expired;
    }

    /** A payment, to its payer or to ADMIN; otherwise as if it did not exist. */
    @RolesAllowed({Role.Names.CITIZEN, Role.Names.OFFICE_CLERK, Role.Names.ADMIN})
    public PaymentView find(long paymentId) {
        Payment payment = em.find(Payment.class, paymentId);
        if (payment == null) {
            throw new PaymentNotFoundException();
        }
        requirePayer(payment, true);
        return PaymentView.of(payment);
    }

    /** The receipt of a settled payment as PDF, to its payer or to ADMIN. */
    @RolesAllowed({Role.Names.CITIZEN, Role.Names.OFFICE_CLERK, Role.Names.ADMIN})
    public Receipt receipt(long paymentId) {
        Payment payment = em.find(Payment.class, paymentId);
        if (payment == null) {
            throw new PaymentNotFoundException();
        }
        requirePayer(payment, true);
        return new Receipt(payment.receiptNumber(), ReceiptPdf.render(payment));
    }

    /** Whether the payable has a settled payment (the filing context asks before sending a filing). */
    @PermitAll
    public boolean isPaid(PayableType type, String payableId) {
        return !em.createQuery(
                        "select p.id from Payment p where p.payableType = :type and p.payableId = :id"
                                + " and p.state = :settled",
                        Long.class)
                .setParameter("type", type)
                .setParameter("id", payableId)
                .setParameter("settled", PaymentState.SETTLED)
                .getResultList()
                .isEmpty();
    }

    /**
     * The amount of the payable's settled payment, if it has one: the filing context checks that
     * exactly the amount due was paid before it takes the step PAID (S0-13.1).
     */
    @PermitAll
    public Optional<Rials> settledAmount(PayableType type, String payableId) {
        return em.createQuery(
                        "select p from Payment p where p.payableType = :type and p.payableId = :id"
                                + " and p.state = :settled",
                        Payment.class)
                .setParameter("type", type)
                .setParameter("id", payableId)
                .setParameter("settled", PaymentState.SETTLED)
                .getResultStream()
                .findFirst()
                .map(Payment::amount);
    }

    private void reverify(Payment payment, Events events) {
        if (payment.state() == PaymentState.VERIFIED) {
            settle(payment, events);
            return;
        }
        BankVerdict verdict = gateway.verify(payment.gatewayToken(), payment.bankReference());
        switch (verdict.outcome()) {
            case TIMED_OUT -> {
                payment.verificationAttempted();
                events.add("payment.verify-timed-out", null);
            }
            case NOT_PAID, REFERENCE_MISMATCH -> {
                payment.verificationAttempted();
                payment.fail("bank: " + verdict.outcome(), Instant.now());
                events.add("payment.failed", verdict.outcome().name());
            }
            default -> conclude(payment, verdict, events);
        }
    }

    /** The bank answered PAID or DECLINED for a CALLED_BACK payment. */
    private void conclude(Payment payment, BankVerdict verdict, Events events) {
        payment.verificationAttempted();
        Instant now = Instant.now();
        if (verdict.outcome() == BankVerdict.Outcome.DECLINED) {
            payment.decline(verdict.reason(), now);
            events.add("payment.declined", verdict.reason());
            return;
        }
        if (!payment.amount().equals(verdict.amount())) {
            payment.fail("bank amount " + verdict.amount() + " differs", now);
            events.add("payment.failed", "amount differs");
            return;
        }
        payment.verified(verdict.reference(), now);
        events.add("payment.verified", null);
        settle(payment, events);
    }

    private void settle(Payment payment, Events events) {
        gateway.settle(payment.gatewayToken());
        Instant now = Instant.now();
        payment.settle(receipts.next(JalaliYear.at(now)), now);
        em.flush(); // the unique settled_payable and receipt number decide here, inside the transaction
        events.add("payment.settled", "receipt " + payment.receiptNumber());
    }

    /**
     * The transitions of one transaction, written to the audit trail at its end: the trail locks
     * its chain head until commit, so every transaction here takes the payment row, the bank order,
     * the receipt counter and then the chain head, in that order, and none waits for another in a
     * circle.
     */
    private final class Events {
        private final List<String[]> entries = new java.util.ArrayList<>();
        private Payment current;

        Events of(Payment payment) {
            this.current = payment;
            return this;
        }

        void add(String action, String detail) {
            entries.add(new String[] {id(current), action, detail});
        }

        void write(String actor) {
            for (String[] e : entries) {
                audit.recordSystem(actor, e[1], ENTITY, e[0], RULE, e[2]);
            }
            entries.clear();
        }
    }

    private Payment locked(long paymentId) {
        Payment payment = em.find(Payment.class, paymentId, LockModeType.PESSIMISTIC_WRITE);
        if (payment == null) {
            throw new PaymentNotFoundException();
        }
        return payment;
    }

    private Payment lockedByToken(String token) {
        return em.createQuery("select p from Payment p where p.gatewayToken = :token", Payment.class)
                .setParameter("token", token)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    private void requirePayer(Payment payment, boolean staffToo) {
        boolean payer = payment.payer().equals(caller());
        boolean staff = staffToo && context.isCallerInRole(Role.Names.ADMIN);
        if (!payer && !staff) {
            throw new PaymentNotFoundException(); // not the caller's: as if it did not exist
        }
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }

    private Role actingRole() {
        return context.isCallerInRole(Role.Names.OFFICE_CLERK) ? Role.OFFICE_CLERK : Role.CITIZEN;
    }

    private static String id(Payment payment) {
        return String.valueOf(payment.id());
    }

    private static String abbreviate(String token) {
        if (token == null) {
            return "(none)";
        }
        return token.length() > 12 ? token.substring(0, 12) + "…" : token;
    }
}
