package org.edalat.filing.domain;

import java.util.List;

/**
 * What a filer writes (S0-2, S0-3, S0-5): the kind, the judicial unit it is for, a subject and the
 * text of the request or report, the claim value of a civil petition, the case a submission is for,
 * whether a report is classified (S0-5 note), and the parties. Validated field by field, each
 * refusal naming its field in Persian.
 *
 * @param claimValue Rials; required for a civil petition, ignored otherwise
 * @param caseReference the national number of the existing case; required for a submission
 * @param classified only a report may be classified
 */
public record FilingDraft(
        FilingKind kind,
        String unitCode,
        String subject,
        String body,
        Long claimValue,
        String caseReference,
        boolean classified,
        List<FilingParty> parties) {
    /** Longest text of a request or report. */
    public static final int MAX_BODY = 20_000;

    public FilingDraft {
        if (kind == null) {
            throw new InvalidFilingException("kind", "kind-required", "نوع درخواست را تعیین کنید.");
        }
        unitCode = unitCode == null ? "" : unitCode.strip();
        if (unitCode.isEmpty() || unitCode.length() > 20) {
            throw new InvalidFilingException("unitCode", "unit-required", "مرجع قضایی مقصد را تعیین کنید.");
        }
        subject = subject == null ? "" : subject.strip();
        if (subject.isEmpty() || subject.length() > 200) {
            throw new InvalidFilingException("subject", "subject-required", "موضوع (حداکثر ۲۰۰ نویسه) را وارد کنید.");
        }
        body = body == null ? "" : body.strip();
        if (body.isEmpty()) {
            throw new InvalidFilingException("body", "body-required", "متن درخواست یا گزارش را وارد کنید.");
        }
        if (body.length() > MAX_BODY) {
            throw new InvalidFilingException("body", "body-too-long", "متن بیش از ۲۰٬۰۰۰ نویسه است.");
        }
        if (kind.hasClaimValue()) {
            if (claimValue == null || claimValue <= 0) {
                throw new InvalidFilingException(
                        "claimValue", "claim-value-required", "بهای خواسته را به ریال (بیش از صفر) وارد کنید.");
            }
        } else {
            claimValue = null;
        }
        caseReference = caseReference == null || caseReference.isBlank() ? null : caseReference.strip();
        if (kind == FilingKind.SUBMISSION && caseReference == null) {
            throw new InvalidFilingException(
                    "caseReference", "case-reference-required", "شمارهٔ پرونده‌ای را که لایحه برای آن است وارد کنید.");
        }
        if (caseReference != null && (kind != FilingKind.SUBMISSION || !caseReference.matches("[0-9]{1,40}"))) {
            throw new InvalidFilingException(
                    "caseReference",
                    "invalid-case-reference",
                    "شمارهٔ پرونده فقط برای لایحه و فقط با رقم نوشته می‌شود.");
        }
        if (classified && !kind.isReport()) {
            throw new InvalidFilingException(
                    "classified",
                    "classified-only-reports",
                    "فقط گزارش ضابطان و کارشناسان می‌تواند طبقه‌بندی‌شده باشد (مادهٔ ۵).");
        }
        parties = parties == null ? List.of() : List.copyOf(parties);
        if (parties.size() > 50) {
            throw new InvalidFilingException("parties", "too-many-parties", "حداکثر ۵۰ طرف ثبت می‌شود.");
        }
        if (!kind.isReport() && parties.size() < 2) {
            throw new InvalidFilingException(
                    "parties", "parties-required", "دست‌کم دو طرف (متقاضی و طرف مقابل) را وارد کنید.");
        }
    }
}
