package org.edalat.filing.fees;

import java.util.Objects;
import org.edalat.platform.BusinessException;

/**
 * An office asked more than the ratified tariff (S0-13.2: less is allowed, more is not); the charge
 * is refused and {@link #violation()} carries what the discipline context records as a possible
 * S0-38.k violation.
 */
public class ChargeAboveTariffException extends BusinessException {
    private static final long serialVersionUID = 1L;

    private final PossibleViolation violation;

    public ChargeAboveTariffException(PossibleViolation violation) {
        super("مبلغ درخواستی (" + violation.asked() + ") بیش از تعرفهٔ مصوب «"
                + violation.service().label() + "» (" + violation.tariff()
                + ") است و پذیرفته نمی‌شود؛ دریافت وجه بیش از تعرفه تخلف است.");
        this.violation = Objects.requireNonNull(violation, "violation");
    }

    public PossibleViolation violation() {
        return violation;
    }

    @Override
    public String code() {
        return "charge-above-tariff";
    }

    @Override
    public String field() {
        return "amount";
    }

    @Override
    public int httpStatus() {
        return 422;
    }
}
