/**
 * Referral and case management (SAMP): provinces, judicial units (courts, prosecutors' offices,
 * dispute-resolution councils), their branches and each branch's specialisations; the
 * <em>registered case</em>: a filing sent from SAKHA, awaiting referral in its unit (S4-6, written in
 * the filing's transaction by {@link org.edalat.referral.application.CaseIntake}); later the referral
 * inbox, automatic referral and national case numbers.
 *
 * <p>Rules owned: S4-2.1, S4-6, S4-8, S4-8.1, S4-29 (see SPEC.md §3).
 */
package org.edalat.referral;
