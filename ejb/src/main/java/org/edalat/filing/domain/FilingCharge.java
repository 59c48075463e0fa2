package org.edalat.filing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import java.io.Serializable;
import org.edalat.filing.fees.OfficeCharge;
import org.edalat.filing.fees.OfficeService;
import org.edalat.filing.fees.Rials;
import org.edalat.filing.fees.RialsConverter;
import org.edalat.filing.fees.TariffedService;

/**
 * One item of what an office charged for a filing (S0-13, S0-13.2): the service, its quantity and
 * ratified tariff, and the amount charged, never above the tariff (zero for an exempt client, S0-14).
 */
@Embeddable
public class FilingCharge implements Serializable {
    private static final long serialVersionUID = 1L;

    @Embedded
    private TariffedService subject;

    @Convert(converter = RialsConverter.class)
    @Column(name = "charged", nullable = false)
    private Rials charged;

    /** For JPA only. */
    protected FilingCharge() {}

    FilingCharge(OfficeCharge charge) {
        this.subject = TariffedService.of(charge);
        this.charged = charge.charged();
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

    /** The voluntary discount (S0-13.2); for an exempt client the whole tariff is waived instead. */
    public Rials discount() {
        return subject.tariff().minus(charged);
    }
}
