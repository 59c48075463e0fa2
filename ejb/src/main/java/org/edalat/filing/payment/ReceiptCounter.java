package org.edalat.filing.payment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The last receipt number issued in a Jalali year (S0-13.1); locked while the next is drawn. */
@Entity
@Table(name = "payment_receipt_counter")
public class ReceiptCounter {
    @Id
    @Column(name = "receipt_year")
    private Integer year;

    @Column(name = "last_seq", nullable = false)
    private int lastSequence;

    protected ReceiptCounter() {}

    ReceiptCounter(int year) {
        this.year = year;
    }

    /** The next number of the year. */
    ReceiptNumber next() {
        lastSequence++;
        return new ReceiptNumber(year, lastSequence);
    }
}
