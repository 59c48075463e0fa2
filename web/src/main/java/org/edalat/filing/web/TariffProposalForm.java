package org.edalat.filing.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.edalat.filing.fees.OfficeService;
import org.edalat.filing.fees.Rials;

/**
 * The Association's proposal of a tariff version on fees/tariffs.xhtml (S0-13): the version id, the
 * Association's reference (its letter) and an amount per unit of each service; a service left empty
 * is not part of the proposal (the service refuses a proposal without any).
 */
public class TariffProposalForm implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The amount proposed for one unit of a service. */
    public static class Line implements Serializable {
        private static final long serialVersionUID = 1L;
        private final OfficeService service;
        private Long amount;

        Line(OfficeService service) {
            this.service = service;
        }

        public OfficeService getService() {
            return service;
        }

        public Long getAmount() {
            return amount;
        }

        public void setAmount(Long amount) {
            this.amount = amount;
        }
    }

    private String id;
    private String reference;
    private final List<Line> lines = new ArrayList<>();

    public TariffProposalForm() {
        for (OfficeService service : OfficeService.values()) {
            lines.add(new Line(service));
        }
    }

    /** The amounts typed, per service. */
    public Map<OfficeService, Rials> items() {
        Map<OfficeService, Rials> items = new EnumMap<>(OfficeService.class);
        for (Line line : lines) {
            if (line.amount != null) {
                items.put(line.service, Rials.of(line.amount));
            }
        }
        return items;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public List<Line> getLines() {
        return lines;
    }
}
