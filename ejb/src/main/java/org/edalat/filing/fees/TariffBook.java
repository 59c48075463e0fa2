package org.edalat.filing.fees;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The office tariff versions (S0-13) and which one applies on a date: only a ratified version, the
 * one with the latest in-force date on or before the date. Where two ratified versions are in force
 * from the same day, the one ratified later applies (the later ratification replaces the earlier).
 * Proposed, approved and rejected versions never apply.
 */
public final class TariffBook {
    private final List<TariffVersion> versions;

    public TariffBook(List<TariffVersion> versions) {
        this.versions = List.copyOf(Objects.requireNonNull(versions, "versions"));
    }

    public static TariffBook of(TariffVersion... versions) {
        return new TariffBook(List.of(versions));
    }

    public List<TariffVersion> versions() {
        return versions;
    }

    /** The ratified version in force on {@code date}, if any. */
    public Optional<TariffVersion> findInForceAt(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return versions.stream()
                .filter(v -> v.appliesOn(date))
                .max(Comparator.comparing((TariffVersion v) -> v.inForceFrom().orElseThrow())
                        .thenComparing(
                                v -> v.step(TariffState.RATIFIED).orElseThrow().at()));
    }

    /** The ratified version in force on {@code date}; refused when there is none. */
    public TariffVersion inForceAt(LocalDate date) {
        return findInForceAt(date).orElseThrow(() -> new NoTariffInForceException(date));
    }
}
