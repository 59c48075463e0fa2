package org.edalat.filing.fees;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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

    @Column(name = "rule_id", length = 20, nullable = false, updatable = false)
    private String ruleId;

    @Column(name = "office_code", length = 20, nullable = false, updatable = false)
    private String officeCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "service", length = 40, nullable = false, updatable = false)
    private OfficeService service;

    @Column(name = "quantity", nullable = false, updatable = false)
    private int quantity;

    @Column(name = "tariff_version_id", length = 40, nullable = false, updatable = false)
    private String tariffVersionId;

    @Convert(converter = RialsConverter.class)
    @Column(name = "tariff", nullable = false, updatable = false)
    private Rials tariff;

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
        this.officeCode = violation.officeCode();
        this.service = violation.service();
        this.quantity = violation.quantity();
        this.tariffVersionId = violation.tariffVersionId();
        this.tariff = violation.tariff();
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
        return officeCode;
    }

    public OfficeService service() {
        return service;
    }

    public int quantity() {
        return quantity;
    }

    public String tariffVersionId() {
        return tariffVersionId;
    }

    public Rials tariff() {
        return tariff;
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
