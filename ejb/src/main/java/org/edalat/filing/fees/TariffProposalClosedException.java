package org.edalat.filing.fees;

import org.edalat.platform.BusinessException;

/** A rejected tariff proposal (S0-13) is closed: no further step; a new version must be proposed. */
public class TariffProposalClosedException extends BusinessException {
    private static final long serialVersionUID = 1L;

    public TariffProposalClosedException(String versionId) {
        super("پیشنهاد تعرفهٔ «" + versionId + "» رد شده و بسته است؛ برای تعرفهٔ تازه، نسخهٔ تازه‌ای پیشنهاد شود.");
    }

    @Override
    public String code() {
        return "tariff-proposal-closed";
    }
}
