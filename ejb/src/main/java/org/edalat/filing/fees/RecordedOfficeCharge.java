package org.edalat.filing.fees;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
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
import java.util.Optional;

/**
 * An accepted {@link OfficeCharge} as stored (a row of {@code office_charge}): what the office took
 * under which tariff version, and the voluntary discount (S0-13.2), with who charged it and when. An
 * exempt client's charge (S0-14) is zero and keeps the exemption: its basis, the confirming body's
 * reference and the time of its answer, and the client's national code (migration V8).
 */
@Entity
@Table(name = "office_charge")
public class RecordedOfficeCharge {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "office_charge_seq")
    @SequenceGenerator(name = "office_charge_seq", sequenceName = "office_charge_seq", allocationSize = 50)
    private Long id;

    @Embedded
    private TariffedService subject;

    @Convert(converter = RialsConverter.class)
    @Column(name = "charged", nullable = false, updatable = false)
    private Rials charged;

    @Convert(converter = RialsConverter.class)
    @Column(name = "discount", nullable = false, updatable = false)
    private Rials discount;

    @Column(name = "charged_by", length = 100, nullable = false, updatable = false)
    private String chargedBy;

    @Column(name = "charged_at", nullable = false, updatable = false)
    private Instant chargedAt;

    /** S0-14: why the client paid nothing; null for a paying client. */
    @Enumerated(EnumType.STRING)
    @Column(name = "exemption_basis", length = 30, updatable = false)
    private ExemptionBasis exemptionBasis;

    /** S0-14: the confirming body's reference for its ELIGIBLE answer. */
    @Column(name = "exemption_reference", length = 100, updatable = false)
    private String exemptionReference;

    @Column(name = "exemption_answered_at", updatable = false)
    private Instant exemptionAnsweredAt;

    /** S0-14: the exempt client's national code, as the body was asked about it. */
    @Column(name = "exempt_national_code", length = 10, updatable = false)
    private String exemptNationalCode;

    /** For JPA only. */
    protected RecordedOfficeCharge() {}

    RecordedOfficeCharge(OfficeCharge charge, String by, Instant at) {
        this.subject = new TariffedService(
                charge.officeCode(), charge.service(), charge.quantity(), charge.tariffVersionId(), charge.tariff());
        this.charged = charge.charged();
        this.discount = charge.voluntaryDiscount();
        this.chargedBy = by;
        this.chargedAt = at;
        if (charge.isExempt()) {
            EligibilityAnswer answer = charge.exemption().answer();
            this.exemptionBasis = answer.basis();
            this.exemptionReference = answer.reference();
            this.exemptionAnsweredAt = answer.answeredAt();
            this.exemptNationalCode = answer.person().value();
        }
    }

    public Long id() {
        return id;
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

    public Rials charged() {
        return charged;
    }

    /** The voluntary discount (S0-13.2): tariff minus charged. */
    public Rials discount() {
        return discount;
    }

    public String chargedBy() {
        return chargedBy;
    }

    public Instant chargedAt() {
        return chargedAt;
    }

    /** Whether the client was exempt (S0-14): charged nothing, the Association owes the tariff. */
    public boolean isExempt() {
        return exemptionBasis != null;
    }

    /** The exemption's basis (S0-14), empty for a paying client. */
    public Optional<ExemptionBasis> exemptionBasis() {
        return Optional.ofNullable(exemptionBasis);
    }

    /** The confirming body's reference (S0-14), empty for a paying client. */
    public Optional<String> exemptionReference() {
        return Optional.ofNullable(exemptionReference);
    }

    public Optional<Instant> exemptionAnsweredAt() {
        return Optional.ofNullable(exemptionAnsweredAt);
    }

    /** The exempt client's national code (S0-14), empty for a paying client. */
    public Optional<String> exemptNationalCode() {
        return Optional.ofNullable(exemptNationalCode);
    }
}
