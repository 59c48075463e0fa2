/**
 * The two kinds of money of filing (SPEC.md §2): the <em>judicial service fee</em> (هزینه خدمات
 * قضایی, S0-1), set by law and collected for the judiciary, which the system computes for every
 * filing (S0-3 portal, S0-4 office); and the <em>office tariff</em> (تعرفه خدمات دفاتر, S0-13), what
 * a licensed office takes for its own services.
 *
 * <p><b>Judicial service fee (S0-3).</b> {@link org.edalat.filing.fees.FeeSchedule} holds versions,
 * each in force from its effective date; each {@link org.edalat.filing.fees.FeeScheduleVersion}
 * holds one rule per fee-paying {@link org.edalat.filing.domain.FilingKind}: a {@link
 * org.edalat.filing.fees.FixedFee} or a {@link org.edalat.filing.fees.BracketedFee} on the civil
 * petition's claim value. {@link org.edalat.filing.fees.FeeCalculator} gives a {@link
 * org.edalat.filing.fees.FeeQuote} naming the version and rule. Decisions:
 *
 * <ul>
 *   <li>Amounts are whole Rials ({@link org.edalat.filing.fees.Rials}, a {@code long}, never
 *       negative, overflow refused); BigDecimal only inside the percentage computation.
 *   <li>Brackets are <em>marginal</em>: each rate applies to the part of the claim value inside its
 *       bracket; an edge value belongs to the lower bracket, the next Rial to the higher one. The
 *       fee is continuous and never decreases with the claim value.
 *   <li>Rounding: the exact amount is rounded once, half up, to a multiple of the version's rounding
 *       unit (1,000 Rials by default: fees are charged in round thousands); then the optional
 *       minimum and maximum (multiples of the unit) apply.
 *   <li>Reports of officers, experts and other bodies (S0-5, S0-6) pay no fee.
 *   <li>S0-14 exempts from the office tariff only; the judicial fee is not waived here.
 * </ul>
 *
 * <p><b>Office tariff (S0-13).</b> {@link org.edalat.filing.fees.TariffVersion} goes through the
 * approval chain PROPOSED (Association) → APPROVED (Center's head) → RATIFIED (head of the judiciary,
 * with an in-force date), or REJECTED (closed); {@link org.edalat.filing.fees.TariffBook} gives the
 * ratified version in force on a date. {@link org.edalat.filing.fees.OfficeCharge} records what an
 * office takes: at most the tariff (S0-13.2; less is a voluntary discount, more is refused as a
 * possible S0-38.k violation), nothing from an exempt client (S0-14), whose tariff becomes a {@link
 * org.edalat.filing.fees.ReimbursementEntry} the Association owes the office. Eligibility comes from
 * each body's {@link org.edalat.filing.fees.EligibilityInquiry}.
 *
 * <p><b>Persistence and services (migration V5).</b> {@link org.edalat.filing.fees.TariffVersion}
 * is itself the entity (items and {@link org.edalat.filing.fees.ApprovalStep}s, an embeddable
 * record, as element collections); the immutable fee schedule keeps its classes and is stored by the
 * thin {@link org.edalat.filing.fees.StoredFeeScheduleVersion}, which rebuilds (and re-checks) a
 * {@link org.edalat.filing.fees.FeeScheduleVersion}. Services: {@link
 * org.edalat.filing.fees.FeeScheduleAdministration} (ADMIN, SERVICES_DEPUTY: new versions with a
 * future effective date only, a version in force never changes), {@link
 * org.edalat.filing.fees.FeeQuotes} (every role), {@link org.edalat.filing.fees.TariffApproval}
 * (ASSOCIATION proposes; CENTER_HEAD approves, rejects and records the ratification decree of the
 * head of the judiciary, who has no role in the system) and {@link
 * org.edalat.filing.fees.OfficeCharges} (OFFICE_CLERK; a refused charge above the tariff leaves a
 * {@link org.edalat.filing.fees.RecordedViolation} written by {@link
 * org.edalat.filing.fees.PossibleViolationLog} in its own transaction, S0-38.k).
 *
 * <p><b>Exemptions and the ledger (migration V8, S0-14).</b> {@link
 * org.edalat.filing.fees.ExemptionInquiries} asks the body of the basis through its port (local
 * adapters in {@code inquiry}); every exempt service, of a filing at an office or charged on its own,
 * becomes a {@link org.edalat.filing.fees.RecordedReimbursement} in the {@link
 * org.edalat.filing.fees.ReimbursementLedger}, whose monthly statement per office the Association
 * pays once (statement screen and CSV export).
 */
package org.edalat.filing.fees;
