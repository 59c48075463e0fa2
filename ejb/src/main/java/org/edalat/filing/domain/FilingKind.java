package org.edalat.filing.domain;

/**
 * What is filed through SAKHA (S0-2, S0-5, S0-6). Parties file complaints, petitions and submissions
 * (S0-2) and pay the judicial service fee (S0-1 "هزینه خدمات قضایی", computed by the system, S0-3,
 * S0-4); officers and experts send reports (S0-5, S0-6), which pay no fee.
 */
public enum FilingKind {
    /** A criminal complaint (شکوائیه). */
    CRIMINAL_COMPLAINT("شکوائیه", false, false),
    /** A civil petition (دادخواست) with its claim value (بهای خواسته) in Rials. */
    CIVIL_PETITION("دادخواست", true, false),
    /** A submission (لایحه) to an existing case. */
    SUBMISSION("لایحه", false, false),
    /** A report of a law-enforcement officer (گزارش ضابط، S0-5). */
    OFFICER_REPORT("گزارش ضابط", false, true),
    /** The preliminary case of a flagrant crime or urgent matter (پرونده مقدماتی جرم مشهود، S0-6). */
    FLAGRANT_PRELIMINARY_CASE("پرونده مقدماتی جرم مشهود", false, true),
    /** A report of an official expert or another body related to proceedings (گزارش کارشناس، S0-5). */
    EXPERT_REPORT("گزارش کارشناس رسمی", false, true);

    private final String label;
    private final boolean hasClaimValue;
    private final boolean report;

    FilingKind(String label, boolean hasClaimValue, boolean report) {
        this.label = label;
        this.hasClaimValue = hasClaimValue;
        this.report = report;
    }

    /** The Persian name. */
    public String label() {
        return label;
    }

    /** Whether a filing of this kind states a claim value (only the civil petition). */
    public boolean hasClaimValue() {
        return hasClaimValue;
    }

    /** A report of an officer, expert or other body (S0-5, S0-6), not a party's filing. */
    public boolean isReport() {
        return report;
    }

    /** Whether the filer pays the judicial service fee: parties do, reports (S0-5, S0-6) do not. */
    public boolean paysJudicialFee() {
        return !report;
    }
}
