package org.edalat.filing.fees;

import java.io.Serializable;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An office's reimbursement statement of one Jalali month (S0-14: "the Association pays the offices
 * the cost of the services given to these persons"): one line per exempt service, the total the
 * Association owes (the sum of the lines' tariffs, in whole Rials, overflow refused), subtotals per
 * exemption basis (per body), and the payment once the Association has recorded it.
 */
public final class ReimbursementStatement {
    /** One exempt service: what, how many, the tariff owed, the basis and the confirming body's answer. */
    public record Line(
            Long id,
            OfficeService service,
            int quantity,
            Rials amount,
            ExemptionBasis basis,
            String bodyReference,
            Instant answeredAt,
            String tariffVersionId,
            Long filingId,
            Long officeChargeId,
            String recordedBy,
            Instant recordedAt)
            implements Serializable {
        public Line {
            Objects.requireNonNull(service, "service");
            Objects.requireNonNull(amount, "amount");
            Objects.requireNonNull(basis, "basis");
        }

        /** What the line is for: {@code filing <id>} or {@code office charge <id>}. */
        public String source() {
            return filingId != null ? "filing " + filingId : "office charge " + officeChargeId;
        }
    }

    /** The Association's payment of a statement: its reference (transfer, letter), who, when, what it covered. */
    public record Payment(String reference, String paidBy, Instant paidAt, int entries, Rials total)
            implements Serializable {
        public Payment {
            Objects.requireNonNull(reference, "reference");
            Objects.requireNonNull(paidAt, "paidAt");
            Objects.requireNonNull(total, "total");
        }
    }

    private final String officeCode;
    private final JalaliMonth month;
    private final List<Line> lines;
    private final Payment payment;

    public ReimbursementStatement(String officeCode, JalaliMonth month, List<Line> lines, Payment payment) {
        this.officeCode = Objects.requireNonNull(officeCode, "officeCode");
        this.month = Objects.requireNonNull(month, "month");
        this.lines = List.copyOf(lines);
        this.payment = payment;
    }

    public String officeCode() {
        return officeCode;
    }

    public JalaliMonth month() {
        return month;
    }

    public List<Line> lines() {
        return lines;
    }

    public int entries() {
        return lines.size();
    }

    public boolean isEmpty() {
        return lines.isEmpty();
    }

    /** What the Association owes the office for the month: the sum of the lines (S0-14). */
    public Rials total() {
        return lines.stream().map(Line::amount).reduce(Rials.ZERO, Rials::plus);
    }

    /** The total per exemption basis, i.e. per confirming body, in the order of {@link ExemptionBasis}. */
    public Map<ExemptionBasis, Rials> subtotals() {
        Map<ExemptionBasis, Rials> subtotals = new EnumMap<>(ExemptionBasis.class);
        for (Line line : lines) {
            subtotals.merge(line.basis(), line.amount(), Rials::plus);
        }
        return Collections.unmodifiableMap(subtotals);
    }

    public Optional<Payment> payment() {
        return Optional.ofNullable(payment);
    }

    public boolean isPaid() {
        return payment != null;
    }
}
