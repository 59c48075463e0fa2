package org.edalat.filing.fees;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The judicial service fee schedule as data (S0-3): its versions, each in force from its effective
 * date (inclusive) until the day before the next version's. Two versions may not share an id or an
 * effective date. Immutable; {@link #with} makes the schedule with one more version.
 */
public final class FeeSchedule {
    private final List<FeeScheduleVersion> versions;

    public FeeSchedule(List<FeeScheduleVersion> versions) {
        List<FeeScheduleVersion> sorted = new ArrayList<>(Objects.requireNonNull(versions, "versions"));
        sorted.sort(Comparator.comparing(FeeScheduleVersion::effectiveFrom));
        Set<String> ids = new HashSet<>();
        LocalDate previous = null;
        for (FeeScheduleVersion version : sorted) {
            if (!ids.add(version.id())) {
                throw InvalidFeeScheduleException.duplicateVersionId(version.id());
            }
            if (version.effectiveFrom().equals(previous)) {
                throw InvalidFeeScheduleException.duplicateEffectiveDate(previous);
            }
            previous = version.effectiveFrom();
        }
        this.versions = List.copyOf(sorted);
    }

    public static FeeSchedule of(FeeScheduleVersion... versions) {
        return new FeeSchedule(List.of(versions));
    }

    /** This schedule with {@code version} added. */
    public FeeSchedule with(FeeScheduleVersion version) {
        List<FeeScheduleVersion> more = new ArrayList<>(versions);
        more.add(version);
        return new FeeSchedule(more);
    }

    /** The versions, oldest first. */
    public List<FeeScheduleVersion> versions() {
        return versions;
    }

    /** The version in force on {@code date}: the latest whose effective date is on or before it. */
    public Optional<FeeScheduleVersion> findVersionAt(LocalDate date) {
        Objects.requireNonNull(date, "date");
        FeeScheduleVersion found = null;
        for (FeeScheduleVersion version : versions) {
            if (version.effectiveFrom().isAfter(date)) {
                break;
            }
            found = version;
        }
        return Optional.ofNullable(found);
    }

    /** The version in force on {@code date}; refused when the date is before the first version. */
    public FeeScheduleVersion versionAt(LocalDate date) {
        return findVersionAt(date).orElseThrow(() -> new NoFeeScheduleInForceException(date));
    }
}
