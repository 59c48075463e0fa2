package org.edalat.filing.fees;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A {@link ReimbursementEntry} in the Association's ledger (a row of {@code reimbursement_entry},
 * S0-14): the tariff the Association owes an office for one exempt service, in the office's statement
 * of a Jalali month, with the basis and the confirming body's answer (its reference and time), the
 * tariff version, and where it comes from: a filing or a stand-alone office charge (exactly one).
 * Written once, never changed.
 */
@Entity
@Table(name = "reimbursement_entry")
public class RecordedReimbursement {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reimbursement_entry_seq")
    @SequenceGenerator(name = "reimbursement_entry_seq", sequenceName = "reimbursement_entry_seq", allocationSize = 50)
    private Long id;

    @Embedded
    private TariffedService subject;

    @Column(name = "jalali_year", nullable = false, updatable = false)
    private int year;

    @Column(name = "jalali_month", nullable = false, updatable = false)
    private int month;

    @Enumerated(EnumType.STRING)
    @Column(name = "basis", length = 30, nullable = false, updatable = false)
    private ExemptionBasis basis;

    @Column(name = "body_reference", length = 100, nullable = false, updatable = false)
    private String bodyReference;

    @Column(name = "answered_at", nullable = false, updatable = false)
    private Instant answeredAt;

    /** The filing the exempt service was part of (no foreign key: filings are stored by a later migration). */
    @Column(name = "filing_id", updatable = false)
    private Long filingId;

    @Column(name = "office_charge_id", updatable = false)
    private Long officeChargeId;

    @Column(name = "recorded_by", length = 100, nullable = false, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    /** For JPA only. */
    protected RecordedReimbursement() {}

    private RecordedReimbursement(
            OfficeCharge charge, JalaliMonth month, Long filingId, Long officeChargeId, String by, Instant at) {
        ReimbursementEntry entry = Objects.requireNonNull(charge, "charge").reimbursement(month);
        if ((filingId == null) == (officeChargeId == null)) {
            throw new IllegalArgumentException("an entry comes from a filing or from an office charge");
        }
        EligibilityAnswer answer = charge.exemption().answer();
        if (answer.reference() == null || answer.reference().isBlank()) {
            throw new IllegalArgumentException("an exemption is reimbursed on the body's reference only");
        }
        this.subject = new TariffedService(
                entry.officeCode(), entry.service(), entry.quantity(), entry.tariffVersionId(), entry.amount());
        this.year = entry.month().year();
        this.month = entry.month().month();
        this.basis = entry.basis();
        this.bodyReference = answer.reference();
        this.answeredAt = answer.answeredAt();
        this.filingId = filingId;
        this.officeChargeId = officeChargeId;
        this.recordedBy = Objects.requireNonNull(by, "by");
        this.recordedAt = Objects.requireNonNull(at, "at");
    }

    /** The entry of an exempt service of filing {@code filingId}, in the month of {@code at} (Tehran). */
    static RecordedReimbursement ofFiling(OfficeCharge charge, long filingId, String by, Instant at) {
        return new RecordedReimbursement(charge, JalaliMonths.inTehranAt(at), filingId, null, by, at);
    }

    /** The entry of the stand-alone exempt office charge {@code officeChargeId}, in the month of {@code at}. */
    static RecordedReimbursement ofOfficeCharge(OfficeCharge charge, long officeChargeId, String by, Instant at) {
        return new RecordedReimbursement(charge, JalaliMonths.inTehranAt(at), null, officeChargeId, by, at);
    }

    public Long id() {
        return id;
    }

    public String officeCode() {
        return subject.officeCode();
    }

    public JalaliMonth month() {
        return new JalaliMonth(year, month);
    }

    public OfficeService service() {
        return subject.service();
    }

    public int quantity() {
        return subject.quantity();
    }

    /** What the Association owes: the tariff of the service (S0-14). */
    public Rials amount() {
        return subject.tariff();
    }

    public String tariffVersionId() {
        return subject.tariffVersionId();
    }

    public ExemptionBasis basis() {
        return basis;
    }

    public String bodyReference() {
        return bodyReference;
    }

    public Instant answeredAt() {
        return answeredAt;
    }

    public Long filingId() {
        return filingId;
    }

    public Long officeChargeId() {
        return officeChargeId;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    /** This entry as a line of its office's statement. */
    public ReimbursementStatement.Line line() {
        return new ReimbursementStatement.Line(
                id,
                service(),
                quantity(),
                amount(),
                basis,
                bodyReference,
                answeredAt,
                tariffVersionId(),
                filingId,
                officeChargeId,
                recordedBy,
                recordedAt);
    }
}
