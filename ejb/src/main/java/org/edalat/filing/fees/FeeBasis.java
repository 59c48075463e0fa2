package org.edalat.filing.fees;

/** Which part of the rule gave a {@link FeeQuote} its amount. */
public enum FeeBasis {
    /** The kind's fixed fee. */
    FIXED,
    /** The bracketed percentage of the claim value, rounded. */
    BRACKETS,
    /** The bracketed amount was below the rule's minimum: the minimum. */
    MINIMUM,
    /** The bracketed amount was above the rule's maximum: the maximum. */
    MAXIMUM,
    /** A report of an officer, expert or other body (S0-5, S0-6): no fee. */
    NO_FEE_REPORT
}
