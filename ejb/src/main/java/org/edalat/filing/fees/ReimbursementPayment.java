package org.edalat.filing.fees;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * The Association's payment of one office's statement of one month (a row of {@code
 * reimbursement_statement_payment}, S0-14): at most one per statement (the key decides, even for
 * two payments recorded at once), made only for a month that is over, with what it covered.
 */
@Entity
@Table(name = "reimbursement_statement_payment")
public class ReimbursementPayment {
    @EmbeddedId
    private ReimbursementStatementId statement;

    @Column(name = "entries", nullable = false, updatable = false)
    private int entries;

    @Convert(converter = RialsConverter.class)
    @Column(name = "total", nullable = false, updatable = false)
    private Rials total;

    @Column(name = "reference", length = 100, nullable = false, updatable = false)
    private String reference;

    @Column(name = "paid_by", length = 100, nullable = false, updatable = false)
    private String paidBy;

    @Column(name = "paid_at", nullable = false, updatable = false)
    private Instant paidAt;

    /** For JPA only. */
    protected ReimbursementPayment() {}

    private ReimbursementPayment(
            ReimbursementStatementId statement, int entries, Rials total, String reference, String by, Instant at) {
        this.statement = statement;
        this.entries = entries;
        this.total = total;
        this.reference = reference;
        this.paidBy = by;
        this.paidAt = at;
    }

    /**
     * The Association pays {@code statement} under {@code reference} (its transfer or letter number):
     * refused for an empty statement, for a month not over yet in Tehran at {@code at} (entries may
     * still come), for one already paid, and without a reference.
     */
    static ReimbursementPayment of(ReimbursementStatement statement, String reference, String by, Instant at) {
        Objects.requireNonNull(statement, "statement");
        if (statement.isPaid()) {
            throw new ReimbursementStatementPaidException(statement.officeCode(), statement.month());
        }
        if (statement.isEmpty()) {
            throw new EmptyReimbursementStatementException(statement.officeCode(), statement.month());
        }
        if (statement.month().compareTo(JalaliMonths.inTehranAt(at)) >= 0) {
            throw new ReimbursementMonthNotOverException(statement.month());
        }
        String ref = reference == null ? "" : reference.strip();
        if (ref.isEmpty() || ref.length() > 100) {
            throw new InvalidReimbursementReferenceException();
        }
        return new ReimbursementPayment(
                new ReimbursementStatementId(statement.officeCode(), statement.month()),
                statement.entries(),
                statement.total(),
                ref,
                Objects.requireNonNull(by, "by"),
                at);
    }

    public ReimbursementStatementId statement() {
        return statement;
    }

    /** As a statement shows it. */
    public ReimbursementStatement.Payment view() {
        return new ReimbursementStatement.Payment(reference, paidBy, paidAt, entries, total);
    }
}
