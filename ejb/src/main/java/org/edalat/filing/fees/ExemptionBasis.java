package org.edalat.filing.fees;

/**
 * Why a client pays no office tariff (S0-14), and which body's inquiry confirms it. Article 14 names
 * all persons covered by the Relief Committee, only the <em>pension-receiving</em> clients of the
 * Welfare Organisation, and indigent prisoners <em>confirmed by the Prisons Organisation</em>.
 */
public enum ExemptionBasis {
    /** Covered by the Imam Khomeini Relief Committee (تحت پوشش کمیته امداد امام خمینی). */
    RELIEF_COMMITTEE("تحت پوشش کمیته امداد امام خمینی (ره)", "کمیته امداد امام خمینی (ره)"),
    /** A pension-receiving client of the Welfare Organisation (مددجوی مستمری‌بگیر سازمان بهزیستی). */
    WELFARE_PENSIONER("مددجوی مستمری‌بگیر سازمان بهزیستی", "سازمان بهزیستی"),
    /** An indigent prisoner, as the Prisons Organisation confirms (زندانی بی‌بضاعت). */
    INDIGENT_PRISONER("زندانی بی‌بضاعت", "سازمان زندان‌ها و اقدامات تأمینی و تربیتی کشور");

    private final String label;
    private final String confirmingBody;

    ExemptionBasis(String label, String confirmingBody) {
        this.label = label;
        this.confirmingBody = confirmingBody;
    }

    public String label() {
        return label;
    }

    /** The body whose electronic inquiry ({@link EligibilityInquiry}) confirms the coverage. */
    public String confirmingBody() {
        return confirmingBody;
    }
}
