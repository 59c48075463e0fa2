package org.edalat.filing.web;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.edalat.filing.fees.ApprovalStep;
import org.edalat.filing.fees.OfficeService;
import org.edalat.filing.fees.Rials;
import org.edalat.filing.fees.TariffState;
import org.edalat.filing.fees.TariffVersion;
import org.edalat.platform.security.Role;

/**
 * One office tariff version as fees/tariffs.xhtml shows it (S0-13): its state, the amount per service
 * unit, the whole approval chain (who, in which role, when, with which reference or decree, and a
 * rejection's reason), the in-force date once ratified, and whether it is the version in force today.
 * Serializable and free of entities, for the view state.
 */
public record TariffRow(
        String id,
        TariffState state,
        List<Item> items,
        List<Step> steps,
        LocalDate inForceFrom,
        String decreeNumber,
        LocalDate decreeDate,
        boolean inForceToday)
        implements Serializable {
    /** The tariff of one unit of a service. */
    public record Item(OfficeService service, long amount) implements Serializable {
        public String amountText() {
            return FeeAmountConverter.format(amount);
        }
    }

    /** One step of the chain (S0-13). */
    public record Step(TariffState reached, String by, Role actingAs, Instant at, String note, String reference)
            implements Serializable {}

    public TariffRow {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(state, "state");
        items = List.copyOf(items);
        steps = List.copyOf(steps);
    }

    /** The row of {@code version}; {@code inForceId} is the id of the version in force today, if any. */
    public static TariffRow of(TariffVersion version, String inForceId) {
        List<Item> items = new ArrayList<>();
        Map<OfficeService, Rials> amounts = version.items();
        for (OfficeService service : OfficeService.values()) {
            Rials amount = amounts.get(service);
            if (amount != null) {
                items.add(new Item(service, amount.value()));
            }
        }
        List<Step> steps = version.steps().stream()
                .map((ApprovalStep s) -> new Step(s.reached(), s.by(), s.actingAs(), s.at(), s.note(), s.reference()))
                .toList();
        return new TariffRow(
                version.id(),
                version.state(),
                items,
                steps,
                version.inForceFrom().orElse(null),
                version.decreeNumber().orElse(null),
                version.decreeDate().orElse(null),
                version.id().equals(inForceId));
    }

    /** S0-13: the Center's head approves or rejects a proposed version. */
    public boolean proposed() {
        return state == TariffState.PROPOSED;
    }

    /**
     * S0-13: for an approved version the Center's head records the head of the judiciary's
     * ratification decree, or the rejection.
     */
    public boolean approved() {
        return state == TariffState.APPROVED;
    }

    /** Waiting for a step of the Center's head. */
    public boolean pending() {
        return proposed() || approved();
    }
}
