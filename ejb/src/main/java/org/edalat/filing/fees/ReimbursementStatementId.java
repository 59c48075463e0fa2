package org.edalat.filing.fees;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;

/** Which statement (S0-14): an office and a Jalali month; the key of a statement's payment. */
@Embeddable
public class ReimbursementStatementId implements Serializable {
    private static final long serialVersionUID = 1L;

    @Column(name = "office_code", length = 20, nullable = false, updatable = false)
    private String officeCode;

    @Column(name = "jalali_year", nullable = false, updatable = false)
    private int year;

    @Column(name = "jalali_month", nullable = false, updatable = false)
    private int month;

    /** For JPA only. */
    protected ReimbursementStatementId() {}

    ReimbursementStatementId(String officeCode, JalaliMonth month) {
        this.officeCode = Objects.requireNonNull(officeCode, "officeCode");
        this.year = month.year();
        this.month = month.month();
    }

    public String officeCode() {
        return officeCode;
    }

    public JalaliMonth month() {
        return new JalaliMonth(year, month);
    }

    @Override
    public boolean equals(Object o) {
        return this == o
                || (o instanceof ReimbursementStatementId other
                        && officeCode.equals(other.officeCode)
                        && year == other.year
                        && month == other.month);
    }

    @Override
    public int hashCode() {
        return Objects.hash(officeCode, year, month);
    }

    /** E.g. {@code OF-23-0101/1404/07}: the audit trail's id of the statement. */
    @Override
    public String toString() {
        return officeCode + "/" + month();
    }
}
