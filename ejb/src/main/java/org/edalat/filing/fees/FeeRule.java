package org.edalat.filing.fees;

/**
 * How a fee schedule version charges one filing kind (S0-3): a {@link FixedFee} or a {@link
 * BracketedFee} on the claim value. Rules are data: a new schedule version replaces them, no code
 * changes.
 */
public sealed interface FeeRule permits FixedFee, BracketedFee {
    /** A short description for receipts and audit, e.g. {@code fixed 500,000 ریال}. */
    String describe();
}
