package org.edalat.filing.fees;

import jakarta.persistence.EntityManager;

/** Reads the stored fee schedule and tariff versions for the services of this package. */
final class FeeStore {
    /** The {@code cluster_lock} row that serialises entering fee schedule versions. */
    static final String SCHEDULE_LOCK = "fee-schedule";

    private FeeStore() {}

    /** The whole fee schedule: every stored version (S0-3). */
    static FeeSchedule schedule(EntityManager em) {
        return new FeeSchedule(em.createQuery(
                        "select v from StoredFeeScheduleVersion v order by v.effectiveFrom",
                        StoredFeeScheduleVersion.class)
                .getResultStream()
                .map(StoredFeeScheduleVersion::toVersion)
                .toList());
    }

    /** The ratified tariff versions (S0-13): only these ever apply. */
    static TariffBook ratifiedTariffs(EntityManager em) {
        return new TariffBook(em.createQuery("select t from TariffVersion t where t.state = :s", TariffVersion.class)
                .setParameter("s", TariffState.RATIFIED)
                .getResultList());
    }

    static TariffVersion tariff(EntityManager em, String id) {
        TariffVersion version = id == null || id.isBlank() ? null : em.find(TariffVersion.class, id.strip());
        if (version == null) {
            throw new UnknownTariffVersionException(id);
        }
        return version;
    }
}
