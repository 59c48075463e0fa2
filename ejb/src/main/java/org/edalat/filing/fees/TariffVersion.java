package org.edalat.filing.fees;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A version of the office tariff table (تعرفه خدمات دفاتر) and its approval chain, S0-13: proposed
 * by the Association → approved by the Center's head → ratified by the head of the judiciary, with
 * the date it is in force from. Each step records who and when ({@link #steps()}); no step can be
 * skipped or taken twice ({@link TariffStepOutOfOrderException}); a proposal rejected at either step
 * is closed for good ({@link TariffProposalClosedException}) and a new version must be proposed.
 * Only a ratified version applies, from its in-force date ({@link TariffBook#inForceAt}).
 *
 * <p>The in-force date may not be before the ratification day (in Tehran time): a tariff is not
 * applied to services already charged for ({@link RetroactiveTariffException}).
 */
public final class TariffVersion {
    /** The time zone that decides the day of a ratification. */
    public static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");

    private final String id;
    private final Map<OfficeService, Rials> items;
    private final List<ApprovalStep> steps = new ArrayList<>();
    private TariffState state;
    private LocalDate inForceFrom;

    private TariffVersion(String id, Map<OfficeService, Rials> items) {
        this.id = id;
        this.items = items;
    }

    /**
     * The Association proposes a tariff version (S0-13): one amount per service unit. The proposal
     * must name at least one service.
     */
    public static TariffVersion propose(String id, Map<OfficeService, Rials> items, String by, Instant at) {
        if (id == null || id.isBlank()) {
            throw InvalidTariffException.idRequired();
        }
        Map<OfficeService, Rials> copy = new EnumMap<>(OfficeService.class);
        Objects.requireNonNull(items, "items").forEach((service, amount) -> {
            if (service == null || amount == null) {
                throw InvalidTariffException.incompleteItem();
            }
            copy.put(service, amount);
        });
        if (copy.isEmpty()) {
            throw InvalidTariffException.noItems();
        }
        TariffVersion version = new TariffVersion(id.strip(), Map.copyOf(copy));
        version.record(TariffState.PROPOSED, by, at, null);
        return version;
    }

    /** The Center's head approves the proposal (S0-13); only a proposed version can be approved. */
    public void approve(String by, Instant at) {
        require(TariffState.PROPOSED, TariffState.APPROVED);
        record(TariffState.APPROVED, by, at, null);
    }

    /**
     * The head of the judiciary ratifies the approved version (S0-13), in force from {@code
     * inForceFrom} (not before the ratification day); only an approved version can be ratified.
     */
    public void ratify(String by, Instant at, LocalDate inForceFrom) {
        require(TariffState.APPROVED, TariffState.RATIFIED);
        Objects.requireNonNull(inForceFrom, "inForceFrom");
        Objects.requireNonNull(at, "at");
        LocalDate ratifiedOn = at.atZone(TEHRAN).toLocalDate();
        if (inForceFrom.isBefore(ratifiedOn)) {
            throw new RetroactiveTariffException(inForceFrom, ratifiedOn);
        }
        record(TariffState.RATIFIED, by, at, null);
        this.inForceFrom = inForceFrom;
    }

    /**
     * The Center's head (a proposed version) or the head of the judiciary (an approved one) rejects
     * it; the proposal is closed. A ratified version is not rejected: a new version replaces it.
     */
    public void reject(String by, Instant at, String reason) {
        if (state == TariffState.REJECTED) {
            throw new TariffProposalClosedException(id);
        }
        if (state == TariffState.RATIFIED) {
            throw new TariffStepOutOfOrderException(id, state, TariffState.REJECTED);
        }
        record(TariffState.REJECTED, by, at, reason);
    }

    private void require(TariffState expected, TariffState target) {
        if (state == TariffState.REJECTED) {
            throw new TariffProposalClosedException(id);
        }
        if (state != expected) {
            throw new TariffStepOutOfOrderException(id, state, target);
        }
    }

    private void record(TariffState reached, String by, Instant at, String note) {
        Objects.requireNonNull(at, "at");
        if (!steps.isEmpty() && at.isBefore(steps.get(steps.size() - 1).at())) {
            throw new IllegalArgumentException("an approval step cannot come before the previous one");
        }
        steps.add(new ApprovalStep(reached, by, at, note));
        state = reached;
    }

    public String id() {
        return id;
    }

    public TariffState state() {
        return state;
    }

    /** The steps taken so far, first the proposal. */
    public List<ApprovalStep> steps() {
        return List.copyOf(steps);
    }

    /** The step that reached {@code state}, if taken. */
    public Optional<ApprovalStep> step(TariffState reached) {
        return steps.stream().filter(s -> s.reached() == reached).findFirst();
    }

    /** The day a ratified version is in force from; empty before ratification. */
    public Optional<LocalDate> inForceFrom() {
        return Optional.ofNullable(inForceFrom);
    }

    public boolean isRatified() {
        return state == TariffState.RATIFIED;
    }

    /** Whether this version is ratified and its in-force date is on or before {@code date}. */
    public boolean appliesOn(LocalDate date) {
        return isRatified() && !inForceFrom.isAfter(date);
    }

    /** The amounts per service unit. */
    public Map<OfficeService, Rials> items() {
        return items;
    }

    /** The tariff of one unit of {@code service}; refused when this version does not list it. */
    public Rials unitTariff(OfficeService service) {
        Rials amount = items.get(Objects.requireNonNull(service, "service"));
        if (amount == null) {
            throw new ServiceNotInTariffException(id, service);
        }
        return amount;
    }

    /** The tariff of {@code quantity} units (pages, persons, filings) of {@code service}. */
    public Rials tariffFor(OfficeService service, int quantity) {
        if (quantity < 1) {
            throw new InvalidQuantityException(quantity);
        }
        return unitTariff(service).times(quantity);
    }

    @Override
    public String toString() {
        return "tariff " + id + " " + state + (inForceFrom == null ? "" : " from " + inForceFrom);
    }
}
