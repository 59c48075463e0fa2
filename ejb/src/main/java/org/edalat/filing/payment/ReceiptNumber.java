package org.edalat.filing.payment;

import java.io.Serializable;

/**
 * The number of a payment receipt (S0-13.1): the Jalali year and a sequence within it, written
 * {@code 1405-000123}. Numbers of a year are issued one after another without reuse.
 */
public record ReceiptNumber(int year, int sequence) implements Serializable {
    public ReceiptNumber {
        if (year < 1300 || year > 9999 || sequence < 1 || sequence > 999_999) {
            throw new IllegalArgumentException("receipt number out of range: " + year + "-" + sequence);
        }
    }

    @Override
    public String toString() {
        return String.format("%04d-%06d", year, sequence);
    }
}
