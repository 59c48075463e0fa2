package org.edalat.filing.fees;

/**
 * A service an office charges its tariff for (تعرفه خدمات دفاتر, S0-13). Each tariff item is the
 * amount for one {@link #unit()} of the service.
 */
public enum OfficeService {
    FILING_COMPLAINT("ثبت شکوائیه", "هر شکوائیه"),
    FILING_PETITION("ثبت دادخواست", "هر دادخواست"),
    FILING_SUBMISSION("ثبت لایحه", "هر لایحه"),
    DOCUMENT_DIGITISATION("تبدیل اسناد به سند الکترونیکی", "هر صفحه"),
    IDENTITY_VERIFICATION("احراز هویت", "هر نفر");

    private final String label;
    private final String unit;

    OfficeService(String label, String unit) {
        this.label = label;
        this.unit = unit;
    }

    /** The Persian name. */
    public String label() {
        return label;
    }

    /** The Persian name of the unit one tariff item is for (per filing, per page, per person). */
    public String unit() {
        return unit;
    }
}
