package org.edalat.filing.payment;

import org.edalat.platform.BusinessException;

/** A payment was asked to take a step its state does not allow (S0-13.1). */
public class PaymentStepOutOfOrderException extends BusinessException {
    private static final long serialVersionUID = 1L;

    private final PaymentState state;
    private final String step;

    public PaymentStepOutOfOrderException(PaymentState state, String step) {
        super("این پرداخت در وضعیت فعلی (" + state + ") این مرحله را نمی‌پذیرد.");
        this.state = state;
        this.step = step;
    }

    public PaymentState state() {
        return state;
    }

    public String step() {
        return step;
    }

    @Override
    public String code() {
        return "payment-step-out-of-order";
    }
}
