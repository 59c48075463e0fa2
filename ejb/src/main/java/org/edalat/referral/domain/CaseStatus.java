package org.edalat.referral.domain;

/** Where a registered case stands in its unit (S4-6, S4-8). */
public enum CaseStatus {
    /** Arrived from SAKHA; the referral authority must refer it (not handling it is refusal, S4-6). */
    AWAITING_REFERRAL("در انتظار ارجاع");

    private final String label;

    CaseStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
