package org.edalat.filing.payment;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import org.edalat.filing.fees.Rials;

/**
 * LOCAL ADAPTER of the bank's e-payment gateway ({@link PaymentGateway}): it STANDS IN FOR THE BANK on
 * machines that cannot reach one, keeping its orders in its own table {@code local_bank_order}, and
 * fails the way a bank gateway fails:
 *
 * <ul>
 *   <li><b>Declines.</b> {@link #pay} (the payer at the bank's page) declines a card whose number
 *       starts with {@value #DECLINED_CARD_PREFIX} ("insufficient funds") and any amount above
 *       {@value #CARD_LIMIT_RIALS} Rials ("over the card's per-payment limit"); other cards pay.
 *   <li><b>Timeouts on verify.</b> While the system property {@value #VERIFY_TIMEOUT_PROPERTY} is
 *       {@code true}, {@link #verify} answers {@link BankVerdict.Outcome#TIMED_OUT}, as a bank that
 *       does not answer in time (nothing is known; the merchant must ask again later).
 *   <li><b>Duplicate callbacks.</b> {@link #pay} on an order already paid or declined returns the
 *       same callback again, as a bank repeating its callback does.
 * </ul>
 *
 * In production the bank's own gateway replaces this class behind the same port.
 */
@Stateless
@LocalBean
@Local(PaymentGateway.class)
@PermitAll
public class LocalBankGateway implements PaymentGateway {
    /** While this system property is {@code true}, every verify times out. */
    public static final String VERIFY_TIMEOUT_PROPERTY = "edalat.local-bank.verify-timeout";

    /**
     * Where the payer is sent: this prefix and the token (property {@code edalat.local-bank.url}); by
     * default the local bank's own page in this application, {@code /bank/pay/{token}} (web module,
     * bank/pay.xhtml).
     */
    public static final String URL_PROPERTY = "edalat.local-bank.url";

    /** Cards starting with this are declined for insufficient funds. */
    public static final String DECLINED_CARD_PREFIX = "603799";

    /** Amounts above this are declined as over the card's per-payment limit. */
    public static final long CARD_LIMIT_RIALS = 500_000_000L;

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "edalat")
    private EntityManager em;

    /** The callback the bank sends to the merchant after the payer's attempt. */
    public record Callback(String token, String status, String reference) {
        public boolean ok() {
            return "OK".equals(status);
        }
    }

    @Override
    public BankOrder order(String merchantOrder, Rials amount, String callbackUrl) {
        String token = randomHex(16);
        em.persist(new LocalBankOrder(token, merchantOrder, amount.value(), callbackUrl, Instant.now()));
        String base = System.getProperty(URL_PROPERTY, "/bank/pay/");
        return new BankOrder(token, base + token);
    }

    /**
     * The payer at the bank's page (or terminal) pays order {@code token} with a card: the bank
     * decides (see the class comment) and answers with the callback it sends. Asked again for the
     * same order, it sends the same callback again (a duplicate callback).
     *
     * @throws IllegalArgumentException for a token the bank does not know
     */
    public Callback pay(String token, String cardNumber) {
        LocalBankOrder order = findLocked(token);
        if (order == null) {
            throw new IllegalArgumentException("no such order at the bank");
        }
        String digits = cardNumber == null ? "" : cardNumber.replaceAll("[^0-9]", "");
        String mask = digits.length() < 10
                ? "****"
                : digits.substring(0, 6) + "******" + digits.substring(digits.length() - 4);
        Instant now = Instant.now();
        if (order.status() == LocalBankOrder.Status.OPEN) {
            if (digits.startsWith(DECLINED_CARD_PREFIX)) {
                order.declined(mask, "insufficient funds", now);
            } else if (order.amount() > CARD_LIMIT_RIALS) {
                order.declined(mask, "over the card's per-payment limit", now);
            } else {
                order.paid(mask, randomDigits(12), now);
            }
        }
        return order.status() == LocalBankOrder.Status.DECLINED
                ? new Callback(token, "NOK", null)
                : new Callback(token, "OK", order.reference());
    }

    @Override
    public BankVerdict verify(String token, String reference) {
        if (Boolean.getBoolean(VERIFY_TIMEOUT_PROPERTY)) {
            return BankVerdict.of(BankVerdict.Outcome.TIMED_OUT);
        }
        LocalBankOrder order = findLocked(token);
        if (order == null) {
            return BankVerdict.of(BankVerdict.Outcome.REFERENCE_MISMATCH);
        }
        order.verifiedOnce();
        return switch (order.status()) {
            case OPEN -> BankVerdict.of(BankVerdict.Outcome.NOT_PAID);
            case DECLINED -> new BankVerdict(BankVerdict.Outcome.DECLINED, null, null, order.declineReason());
            case PAID, SETTLED -> reference == null || reference.isBlank() || reference.equals(order.reference())
                    ? new BankVerdict(BankVerdict.Outcome.PAID, order.reference(), Rials.of(order.amount()), null)
                    : BankVerdict.of(BankVerdict.Outcome.REFERENCE_MISMATCH);
        };
    }

    @Override
    public void settle(String token) {
        LocalBankOrder order = findLocked(token);
        if (order == null
                || order.status() == LocalBankOrder.Status.OPEN
                || order.status() == LocalBankOrder.Status.DECLINED) {
            throw new IllegalStateException("nothing to settle for this token");
        }
        if (order.status() == LocalBankOrder.Status.PAID) {
            order.settled(Instant.now());
        }
    }

    /** The amount of order {@code token} in Rials, as the bank's page shows it to the payer; null if unknown. */
    public Long amount(String token) {
        LocalBankOrder order = token == null
                ? null
                : em.createQuery("select o from LocalBankOrder o where o.token = :token", LocalBankOrder.class)
                        .setParameter("token", token)
                        .getResultStream()
                        .findFirst()
                        .orElse(null);
        return order == null ? null : order.amount();
    }

    /** The bank's view of an order (tests, support staff); null for an unknown token. */
    public LocalBankOrder.Status status(String token) {
        LocalBankOrder order = findLocked(token);
        return order == null ? null : order.status();
    }

    private LocalBankOrder findLocked(String token) {
        return em.createQuery("select o from LocalBankOrder o where o.token = :token", LocalBankOrder.class)
                .setParameter("token", token)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    private static String randomHex(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    private static String randomDigits(int n) {
        StringBuilder s = new StringBuilder(n);
        s.append(1 + RANDOM.nextInt(9));
        while (s.length() < n) {
            s.append(RANDOM.nextInt(10));
        }
        return s.toString();
    }
}
