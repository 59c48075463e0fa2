/**
 * Filing and fees (SAKHA, سخا): how complaints, petitions, submissions and the reports of officers
 * and experts reach the judiciary electronically, through the portal or a licensed office, with the
 * judicial service fee and the office tariff (SPEC.md §2).
 *
 * <p>Vocabulary: <em>filing</em> (a complaint, petition, submission or report with its parties and
 * documents); <em>path</em>: the portal path (S0-3) or the office path (S0-4), each a fixed order of
 * steps ({@link org.edalat.filing.domain.FilingPath}); <em>tracking code</em> (کد رهگیری), issued once
 * per filing at submission (S0-3, S0-5); <em>judicial service fee</em> (هزینه خدمات قضایی, set by law
 * in a versioned fee schedule) and <em>office tariff</em> (تعرفه, proposed by the Association,
 * approved by the Center's head, ratified by the head of the judiciary, S0-13); <em>exemption</em>
 * (S0-14: clients of the Relief Committee, Welfare Organisation pensioners, indigent prisoners pay
 * no office tariff; the Association reimburses the office).
 *
 * <p>Rules owned: S0-2, S4-5 (filing electronically through an office or the portal), S0-3 and its
 * note (portal path; authenticity inquiry of documents), S0-4 (office path), S0-5 and its note
 * (reports of officers and experts with a tracking code; classified reports not disclosed), S0-6
 * (flagrant-crime preliminary case), S0-13, S0-13.1, S0-13.2 (tariffs, payment with receipt, never
 * above the tariff), S0-14 (exemptions and reimbursement), S4-6 and S4-13.3 (what is sent reaches the
 * unit electronically), and S0-38.k is recorded here as a possible violation for discipline.
 *
 * <p>Roles: {@code domain} holds the {@link org.edalat.filing.domain.Filing} aggregate (its steps go
 * through {@link org.edalat.filing.domain.FilingProgress}, so none is skipped), tracking codes,
 * document inspection and the {@link org.edalat.filing.domain.DocumentStore} port; {@code fees} the
 * fee schedule, tariffs, office charges, exemptions and the reimbursement ledger; {@code payment} the
 * payment port and its local bank adapter; {@code application} the services of the three ways in:
 * {@link org.edalat.filing.application.PortalFilings} (S0-3), {@link
 * org.edalat.filing.application.OfficeFilings} (S0-4), {@link org.edalat.filing.application.ReportIntake}
 * (S0-5, S0-6), and {@link org.edalat.filing.application.FilingTracking} (status, authenticity). A
 * sent filing is handed to the referral context as a case awaiting referral in the same transaction
 * (S4-6).
 */
package org.edalat.filing;
