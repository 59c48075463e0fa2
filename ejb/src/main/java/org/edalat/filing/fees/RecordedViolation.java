package org.edalat.filing.fees;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A {@link PossibleViolation} as stored for the discipline context (a row of {@code
 * possible_violation}, S0-38.k): an office asked more than the ratified tariff, the charge was
 * refused; who asked and when. Written in a transaction of its own, so it stays when the refusal
 * rolls back ({@link PossibleViolationLog}).
 */
@Entity
@Table(name = "possible_violation")
public class RecordedViolation {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "possible_violation_seq")
    @SequenceGenerator(name = "possible_violation_seq", sequenceName = "possible_violation_seq", allocationSize = 50)
    private Long id;

    @Embedded
    private TariffedService subject;

    @Column(name = "rule_id", length = 20, nullable = false, updatable = false)
    private String ruleId;

    @Convert(converter = RialsConverter.class)
    @Column(name = "asked", nullable = false, updatable = false)
    private Rials asked;

    @Column(name = "attempted_by", length = 100, nullable = false, updatable = false)
    private String attemptedBy;

    @Column(name = "attempted_at", nullable = false, updatable = false)
    private Instant attemptedAt;

    /** For JPA only. */
    protected RecordedViolation() {}

    RecordedViolation(PossibleViolation violation, String by, Instant at) {
        this.ruleId = violation.ruleId();
        this.subject = new TariffedService(
                violation.officeCode(),
                violation.service(),
                violation.quantity(),
                violation.tariffVersionId(),
                violation.tariff());
        this.asked = violation.asked();
        this.attemptedBy = by;
        this.attemptedAt = at;
    }

    public Long id() {
        return id;
    }

    public String ruleId() {
        return ruleId;
    }

    public String officeCode() {
        return subject.officeCode();
    }

    public OfficeService service() {
        return subject.service();
    }

    public int quantity() {
        return subject.quantity();
    }

    public String tariffVersionId() {
        return subject.tariffVersionId();
    }

    public Rials tariff() {
        return subject.tariff();
    }

    public Rials asked() {
        return asked;
    }

    public String attemptedBy() {
        return attemptedBy;
    }

    public Instant attemptedAt() {
        return attemptedAt;
    }
}
