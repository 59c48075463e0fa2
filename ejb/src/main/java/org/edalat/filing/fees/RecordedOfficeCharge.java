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
 * An accepted {@link OfficeCharge} as stored (a row of {@code office_charge}): what the office took
 * under which tariff version, and the voluntary discount (S0-13.2), with who charged it and when.
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

    /** For JPA only. */
    protected RecordedOfficeCharge() {}

    RecordedOfficeCharge(OfficeCharge charge, String by, Instant at) {
        this.subject = new TariffedService(
                charge.officeCode(), charge.service(), charge.quantity(), charge.tariffVersionId(), charge.tariff());
        this.charged = charge.charged();
        this.discount = charge.voluntaryDiscount();
        this.chargedBy = by;
        this.chargedAt = at;
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
}
