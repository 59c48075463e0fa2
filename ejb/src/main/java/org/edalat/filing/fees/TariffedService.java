package org.edalat.filing.fees;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;

/**
 * What an office charge is about, as a stored charge and a stored possible violation both record
 * it: the office, the service and its quantity, and the ratified tariff version with its amount
 * (S0-13, S0-13.2).
 */
@Embeddable
public class TariffedService implements Serializable {
    private static final long serialVersionUID = 1L;

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

    /** For JPA only. */
    protected TariffedService() {}

    TariffedService(String officeCode, OfficeService service, int quantity, String tariffVersionId, Rials tariff) {
        this.officeCode = officeCode;
        this.service = service;
        this.quantity = quantity;
        this.tariffVersionId = tariffVersionId;
        this.tariff = tariff;
    }

    /** What {@code charge} is about (a filing keeps its office charges with it, S0-13.2). */
    public static TariffedService of(OfficeCharge charge) {
        return new TariffedService(
                charge.officeCode(), charge.service(), charge.quantity(), charge.tariffVersionId(), charge.tariff());
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
}
