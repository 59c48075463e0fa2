package org.edalat.filing.fees;

/**
 * Where a tariff version stands in the S0-13 approval chain: proposed by the Association, approved
 * by the Center's head, ratified by the head of the judiciary; or rejected (closed) by either.
 */
public enum TariffState {
    PROPOSED("پیشنهاد کانون"),
    APPROVED("تأیید رئیس مرکز"),
    RATIFIED("تصویب رئیس قوه قضائیه"),
    REJECTED("ردشده");

    private final String label;

    TariffState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
