package org.edalat.filing.fees;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.edalat.filing.domain.FilingKind;
import org.edalat.platform.audit.AuditTrail;
import org.edalat.platform.persistence.ClusterLock;
import org.edalat.platform.security.Role;

/**
 * The judicial service fee schedule as data (S0-3): the administrator or the Center's deputy for
 * electronic services enters a new version with a future effective date; a version in force is
 * never changed (fees were computed under it), a later version replaces it. Each entry is audited
 * with S0-3.
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.SERVICES_DEPUTY})
public class FeeScheduleAdministration {
    static final String ENTITY = "FeeScheduleVersion";
    static final String RULE_ID = "S0-3";

    @PersistenceContext(unitName = "edalat")
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private AuditTrail audit;

    private final Clock clock = Clock.systemUTC();

    /**
     * Enters {@code version}, in force from its effective date, which must be after today (Tehran):
     * nothing is charged under a version before it is known. Refused when another version has the
     * same id or effective date.
     */
    public StoredFeeScheduleVersion enter(FeeScheduleVersion version) {
        if (version == null) {
            throw new IllegalArgumentException("version is required");
        }
        Instant now = Instant.now(clock);
        LocalDate today = now.atZone(TariffVersion.TEHRAN).toLocalDate();
        if (!version.effectiveFrom().isAfter(today)) {
            throw InvalidFeeScheduleException.effectiveDateNotInTheFuture(version.effectiveFrom(), today);
        }
        if (version.id().length() > 40) {
            throw InvalidFeeScheduleException.versionIdTooLong();
        }
        for (FilingKind kind : FilingKind.values()) {
            if (kind.paysJudicialFee() && version.ruleFor(kind) instanceof BracketedFee bracketed) {
                for (Bracket bracket : bracketed.brackets()) {
                    if (bracket.percent().stripTrailingZeros().scale() > 6) {
                        throw InvalidFeeScheduleException.percentTooPrecise(bracket.percent());
                    }
                }
            }
        }
        // versions are entered one at a time, so the id and date checks see every other version
        em.find(ClusterLock.class, FeeStore.SCHEDULE_LOCK, LockModeType.PESSIMISTIC_WRITE);
        FeeStore.schedule(em).with(version); // refuses a duplicate id or effective date
        StoredFeeScheduleVersion stored = StoredFeeScheduleVersion.of(version, caller(), now);
        em.persist(stored);
        em.flush();
        audit.record(
                actingAs(),
                "fee-schedule.enter",
                ENTITY,
                version.id(),
                RULE_ID,
                "in force from " + version.effectiveFrom());
        return stored;
    }

    /**
     * Withdraws a version entered by mistake, before its effective date; a version in force is not
     * changed ({@link FeeScheduleVersionInForceException}).
     */
    public void withdraw(String id) {
        StoredFeeScheduleVersion stored = id == null ? null : em.find(StoredFeeScheduleVersion.class, id);
        if (stored == null) {
            throw new UnknownFeeScheduleVersionException(id);
        }
        LocalDate today = Instant.now(clock).atZone(TariffVersion.TEHRAN).toLocalDate();
        if (!stored.effectiveFrom().isAfter(today)) {
            throw new FeeScheduleVersionInForceException(id, stored.effectiveFrom());
        }
        em.remove(stored);
        audit.record(actingAs(), "fee-schedule.withdraw", ENTITY, id, RULE_ID, "before " + stored.effectiveFrom());
    }

    /** Every version, oldest first. */
    public List<FeeScheduleVersion> versions() {
        return FeeStore.schedule(em).versions();
    }

    private Role actingAs() {
        return context.isCallerInRole(Role.Names.ADMIN) ? Role.ADMIN : Role.SERVICES_DEPUTY;
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }
}
