package org.edalat.filing.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import org.edalat.filing.payment.LocalBankGateway;
import org.edalat.filing.payment.PaymentService;
import org.edalat.platform.BusinessException;
import org.edalat.platform.text.PersianDigits;
import org.edalat.platform.web.Messages;

/**
 * bank/pay.xhtml?token=…&amp;return=…: the LOCAL STAND-IN of the bank's payment page (S0-13.1), for
 * machines without a bank: it shows the amount of the bank's order, takes a card number and pays
 * with {@link LocalBankGateway#pay} (cards starting 603799 are declined, as the local bank does),
 * then posts the bank's callback to {@link PaymentService#callback}, as the bank would, and sends
 * the payer back to {@code return}: only a path of this application ({@link BankRedirect#safeReturn}),
 * anything else is refused. Cancel goes back without paying.
 */
@Named
@ViewScoped
public class BankPaymentBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    private LocalBankGateway bank;

    @EJB
    private PaymentService payments;

    private String token;
    private String returnPath;
    private boolean returnRefused;
    private Long amount;
    private String cardNumber;
    private String outcome;

    @PostConstruct
    void open() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        token = external.getRequestParameterMap().get("token");
        String asked = external.getRequestParameterMap().get("return");
        returnPath = BankRedirect.safeReturn(asked);
        returnRefused = asked != null && !asked.isBlank() && returnPath == null;
        amount = token == null || token.isBlank() || token.length() > 64 ? null : bank.amount(token);
    }

    /** The payer pays at the bank; the bank calls the merchant back; the payer goes back. */
    public void pay() {
        if (amount == null || returnRefused) {
            return;
        }
        String digits =
                cardNumber == null ? "" : PersianDigits.toLatin(cardNumber).replaceAll("[\\s-]", "");
        if (!digits.matches("[0-9]{16}")) {
            Messages.error(Messages.text("bank.cardInvalid"));
            return;
        }
        LocalBankGateway.Callback callback;
        try {
            callback = bank.pay(token, digits);
        } catch (EJBException unknown) {
            Messages.error(Messages.text("bank.unknownOrder"));
            return;
        }
        try {
            payments.callback(callback.token(), callback.status(), callback.reference());
        } catch (BusinessException refused) {
            Messages.error(refused.getMessage());
            return;
        }
        if (!callback.ok()) {
            outcome = "DECLINED";
            Messages.error(Messages.text("bank.declined"));
            return;
        }
        outcome = "PAID";
        back();
    }

    /** The payer gives up at the bank and goes back unpaid. */
    public void cancel() {
        outcome = "CANCELLED";
        back();
    }

    private void back() {
        if (returnPath == null) {
            Messages.info(outcome.equals("PAID") ? "bank.paid" : "bank.cancelled");
            return;
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        try {
            external.redirect(external.getRequestContextPath() + returnPath);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String amountText() {
        return FeeAmountConverter.format(amount);
    }

    public String getToken() {
        return token;
    }

    public Long getAmount() {
        return amount;
    }

    public boolean isReturnRefused() {
        return returnRefused;
    }

    public String getReturnPath() {
        return returnPath;
    }

    public String getCardNumber() {
        return cardNumber;
    }

    public void setCardNumber(String cardNumber) {
        this.cardNumber = cardNumber;
    }

    public String getOutcome() {
        return outcome;
    }
}
