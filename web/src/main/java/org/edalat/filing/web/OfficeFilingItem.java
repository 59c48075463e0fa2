package org.edalat.filing.web;

import java.io.Serializable;
import org.edalat.filing.application.OfficeItem;
import org.edalat.filing.fees.OfficeService;

/**
 * One row of the office's services on the wizard (S0-13): the service, the quantity and the amount
 * the clerk asks in Rials, prefilled with the tariff in force; more than the tariff is refused by
 * the service as a possible violation (S0-13.2).
 */
public class OfficeFilingItem implements Serializable {
    private static final long serialVersionUID = 1L;

    private OfficeService service;
    private int quantity = 1;
    private Long asked;

    OfficeFilingItem(OfficeService service, int quantity, Long asked) {
        this.service = service;
        this.quantity = quantity;
        this.asked = asked;
    }

    /** What the service is asked to charge; a blank amount asks the full tariff. */
    OfficeItem item() {
        return new OfficeItem(service, quantity, asked);
    }

    public OfficeService getService() {
        return service;
    }

    public void setService(OfficeService service) {
        this.service = service;
    }

    public int getQuantity() {
        return quantity;
    }

    public void setQuantity(int quantity) {
        this.quantity = quantity;
    }

    public Long getAsked() {
        return asked;
    }

    public void setAsked(Long asked) {
        this.asked = asked;
    }
}
