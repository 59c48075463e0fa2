package org.edalat.filing.domain;

/** A step a filing goes through; which ones, and in which order, its {@link FilingPath} says. */
public enum FilingStep {
    /** Portal: the applicant has written the request and attached the documents (S0-3). */
    DRAFTED("پیش‌نویس"),
    /** Office: the office verified the applicant's identity (S0-4). */
    IDENTITY_VERIFIED("احراز هویت"),
    /** The system computed the judicial service fee (and, at an office, the tariff) (S0-3, S0-4). */
    FEE_COMPUTED("محاسبهٔ هزینه"),
    /** Paid electronically with a receipt (S0-13.1), or nothing was due. */
    PAID("پرداخت"),
    /** Office: the presented papers were digitised (S0-4). */
    DOCUMENTS_DIGITISED("رقمی‌سازی مدارک"),
    /** Office: the electronic documents were shown to the applicant (S0-4). */
    SHOWN_TO_APPLICANT("نمایش به متقاضی"),
    /** Office: each electronic document was matched against the presented paper (S0-4). */
    MATCHED("تطبیق با اصل"),
    /** The tracking code was issued (S0-3, S0-5). */
    TRACKING_CODE_ISSUED("صدور کد رهگیری"),
    /** Sent through the system to the competent authority (S0-3, S0-4, S4-6). */
    SENT("ارسال");

    private final String persian;

    FilingStep(String persian) {
        this.persian = persian;
    }

    /** The step's Persian name, as messages show it. */
    public String persian() {
        return persian;
    }
}
