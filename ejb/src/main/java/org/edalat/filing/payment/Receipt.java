package org.edalat.filing.payment;

/** A payment receipt (S0-13.1): its number and the one-page PDF the payer downloads. */
public record Receipt(String number, byte[] pdf) {}
