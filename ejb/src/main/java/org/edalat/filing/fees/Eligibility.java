package org.edalat.filing.fees;

/** A body's answer to an exemption inquiry (S0-14). */
public enum Eligibility {
    /** The person is covered: exempt from the office tariff. */
    ELIGIBLE,
    /** The body says the person is not covered. */
    NOT_ELIGIBLE,
    /** The body could not be asked (outage, timeout): no answer either way. */
    UNAVAILABLE
}
