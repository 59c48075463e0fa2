package org.edalat.filing.domain;

/** Why a filing took its PAID step (S0-13.1). */
public enum PaymentBasis {
    /** The amount due was settled through the Center's payment port, with a receipt. */
    SETTLED,
    /** Nothing was due: a report (S0-5, S0-6), or no fee and an exempt client (S0-14). */
    NOTHING_DUE
}
