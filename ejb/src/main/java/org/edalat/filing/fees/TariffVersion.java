package org.edalat.filing.fees;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.edalat.platform.security.Role;

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
 *
 * <p>Persisted as {@code tariff_version} with its items ({@code tariff_item}) and steps ({@code
 * tariff_approval_step}); the id is the version's own id (e.g. {@code T-1405}). There is no account
 * for the head of the judiciary: the Center's head records the ratification with the decree's number
 * and date ({@link #ratifyByDecree}).
 */
@Entity
@Table(name = "tariff_version")
public class TariffVersion {
    /** The time zone that decides the day of a ratification. */
    public static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");

    @Id
    @Column(name = "id", length = 40)
    private String id;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "tariff_item", joinColumns = @JoinColumn(name = "tariff_id"))
    @MapKeyEnumerated(EnumType.STRING)
    @MapKeyColumn(name = "service", length = 40)
    @Column(name = "amount", nullable = false)
    @Convert(converter = RialsConverter.class)
    private Map<OfficeService, Rials> items;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "tariff_approval_step", joinColumns = @JoinColumn(name = "tariff_id"))
    @OrderColumn(name = "seq")
    private List<ApprovalStep> steps = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "state", length = 20, nullable = false)
    private TariffState state;

    @Column(name = "in_force_from")
    private LocalDate inForceFrom;

    @Column(name = "decree_number", length = 100)
    private String decreeNumber;

    @Column(name = "decree_date")
    private LocalDate decreeDate;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    /** For JPA only. */
    protected TariffVersion() {}

    private TariffVersion(String id, Map<OfficeService, Rials> items) {
        this.id = id;
        this.items = items;
    }

    /**
     * The Association proposes a tariff version (S0-13): one amount per service unit. The proposal
     * must name at least one service.
     */
    public static TariffVersion propose(String id, Map<OfficeService, Rials> items, String by, Instant at) {
        return propose(id, items, by, null, null, at);
    }

    /**
     * As {@link #propose(String, Map, String, Instant)}, recording the role the proposer acts in and
     * the Association's reference (its letter), if any.
     */
    public static TariffVersion propose(
            String id, Map<OfficeService, Rials> items, String by, Role actingAs, String reference, Instant at) {
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
        if (id.strip().length() > 40) {
            throw InvalidTariffException.idTooLong();
        }
        TariffVersion version = new TariffVersion(id.strip(), Map.copyOf(copy));
        version.record(new ApprovalStep(TariffState.PROPOSED, by, at, null, actingAs, blankToNull(reference)));
        return version;
    }

    /** The Center's head approves the proposal (S0-13); only a proposed version can be approved. */
    public void approve(String by, Instant at) {
        approve(by, null, at);
    }

    /** As {@link #approve(String, Instant)}, recording the role the approver acts in. */
    public void approve(String by, Role actingAs, Instant at) {
        require(TariffState.PROPOSED, TariffState.APPROVED);
        record(new ApprovalStep(TariffState.APPROVED, by, at, null, actingAs, null));
    }

    /**
     * The head of the judiciary ratifies the approved version (S0-13), in force from {@code
     * inForceFrom} (not before the ratification day); only an approved version can be ratified.
     */
    public void ratify(String by, Instant at, LocalDate inForceFrom) {
        ratify(new ApprovalStep(TariffState.RATIFIED, by, at, null), inForceFrom);
    }

    /**
     * The ratification by the head of the judiciary (S0-13), recorded by {@code recordedBy} (the
     * Center's head: the head of the judiciary has no account) from the ratification decree: its
     * number and date (not after the day it is recorded, in Tehran). The version is in force from
     * {@code inForceFrom}, not before the day it is recorded (no retroactive tariff).
     */
    public void ratifyByDecree(
            String recordedBy,
            Role actingAs,
            Instant at,
            LocalDate inForceFrom,
            String decreeNumber,
            LocalDate decreeDate) {
        require(TariffState.APPROVED, TariffState.RATIFIED);
        Objects.requireNonNull(at, "at");
        if (decreeNumber == null || decreeNumber.isBlank()) {
            throw InvalidTariffException.decreeNumberRequired();
        }
        if (decreeNumber.strip().length() > 100) {
            throw InvalidTariffException.decreeNumberTooLong();
        }
        if (decreeDate == null) {
            throw InvalidTariffException.decreeDateRequired();
        }
        if (decreeDate.isAfter(at.atZone(TEHRAN).toLocalDate())) {
            throw InvalidTariffException.decreeDateInTheFuture();
        }
        if (inForceFrom == null) {
            throw InvalidTariffException.inForceFromRequired();
        }
        ratify(
                new ApprovalStep(
                        TariffState.RATIFIED,
                        recordedBy,
                        at,
                        "ratified by the head of the judiciary, decree of " + decreeDate,
                        actingAs,
                        decreeNumber.strip()),
                inForceFrom);
        this.decreeNumber = decreeNumber.strip();
        this.decreeDate = decreeDate;
    }

    private void ratify(ApprovalStep step, LocalDate inForceFrom) {
        require(TariffState.APPROVED, TariffState.RATIFIED);
        Objects.requireNonNull(inForceFrom, "inForceFrom");
        Objects.requireNonNull(step.at(), "at");
        LocalDate ratifiedOn = step.at().atZone(TEHRAN).toLocalDate();
        if (inForceFrom.isBefore(ratifiedOn)) {
            throw new RetroactiveTariffException(inForceFrom, ratifiedOn);
        }
        record(step);
        this.inForceFrom = inForceFrom;
    }

    /**
     * The Center's head (a proposed version) or the head of the judiciary (an approved one) rejects
     * it; the proposal is closed. A ratified version is not rejected: a new version replaces it.
     */
    public void reject(String by, Instant at, String reason) {
        reject(by, null, at, reason);
    }

    /** As {@link #reject(String, Instant, String)}, recording the role the user acts in. */
    public void reject(String by, Role actingAs, Instant at, String reason) {
        if (state == TariffState.REJECTED) {
            throw new TariffProposalClosedException(id);
        }
        if (state == TariffState.RATIFIED) {
            throw new TariffStepOutOfOrderException(id, state, TariffState.REJECTED);
        }
        if (reason != null && reason.length() > 500) {
            throw InvalidTariffException.reasonTooLong();
        }
        record(new ApprovalStep(TariffState.REJECTED, by, at, blankToNull(reason), actingAs, null));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private void require(TariffState expected, TariffState target) {
        if (state == TariffState.REJECTED) {
            throw new TariffProposalClosedException(id);
        }
        if (state != expected) {
            throw new TariffStepOutOfOrderException(id, state, target);
        }
    }

    private void record(ApprovalStep step) {
        if (!steps.isEmpty() && step.at().isBefore(steps.get(steps.size() - 1).at())) {
            throw new IllegalArgumentException("an approval step cannot come before the previous one");
        }
        steps.add(step);
        state = step.reached();
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

    /** The ratification decree's number; empty unless recorded with {@link #ratifyByDecree}. */
    public Optional<String> decreeNumber() {
        return Optional.ofNullable(decreeNumber);
    }

    /** The ratification decree's date; empty unless recorded with {@link #ratifyByDecree}. */
    public Optional<LocalDate> decreeDate() {
        return Optional.ofNullable(decreeDate);
    }

    /** The amounts per service unit. */
    public Map<OfficeService, Rials> items() {
        return Map.copyOf(items);
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
