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
import java.util.Map;
import java.util.Optional;
import org.edalat.platform.audit.AuditTrail;
import org.edalat.platform.security.Role;

/**
 * The office tariff's approval chain (S0-13): the Association proposes a version; the Center's head
 * approves or rejects it; the ratification by the head of the judiciary is recorded by the Center's
 * head from the ratification decree (number and date) with the date the tariff is in force from.
 *
 * <p><b>No role for the head of the judiciary.</b> The head of the judiciary does not use this
 * system; the ratification reaches the Center as a decree. The Center's head ({@code CENTER_HEAD})
 * records it, and the step keeps who recorded it, in which role, and the decree's number and date,
 * so the record shows it was the head of the judiciary's act, recorded by the Center. A rejection by
 * the head of the judiciary of an approved version is recorded the same way ({@link #reject}).
 *
 * <p>Steps out of order are refused (409 {@code tariff-step-out-of-order}, {@code
 * tariff-proposal-closed}); wrong roles by {@code @RolesAllowed} (403). Every step is audited with
 * S0-13. Only a ratified version applies, from its in-force date ({@link #inForceAt}).
 */
@Stateless
public class TariffApproval {
    static final String ENTITY = "TariffVersion";
    static final String RULE_ID = "S0-13";

    @PersistenceContext(unitName = "edalat")
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private AuditTrail audit;

    private final Clock clock = Clock.systemUTC();

    /** The Association proposes a tariff version: one amount per service unit (S0-13). */
    @RolesAllowed(Role.Names.ASSOCIATION)
    public TariffVersion propose(String id, Map<OfficeService, Rials> items, String reference) {
        TariffVersion version =
                TariffVersion.propose(id, items, caller(), Role.ASSOCIATION, reference, Instant.now(clock));
        if (em.find(TariffVersion.class, version.id()) != null) {
            throw new TariffVersionExistsException(version.id());
        }
        if (reference != null && reference.strip().length() > 100) {
            throw InvalidTariffException.referenceTooLong();
        }
        em.persist(version);
        em.flush();
        audit.record(Role.ASSOCIATION, "tariff.propose", ENTITY, version.id(), RULE_ID, "proposed");
        return version;
    }

    /** The Center's head approves a proposed version (S0-13). */
    @RolesAllowed(Role.Names.CENTER_HEAD)
    public TariffVersion approve(String id) {
        TariffVersion version = lock(id);
        version.approve(caller(), Role.CENTER_HEAD, Instant.now(clock));
        audit.record(Role.CENTER_HEAD, "tariff.approve", ENTITY, version.id(), RULE_ID, "approved");
        return version;
    }

    /**
     * The Center's head rejects a proposed version, or records the head of the judiciary's rejection
     * of an approved one (S0-13); the proposal is closed.
     */
    @RolesAllowed(Role.Names.CENTER_HEAD)
    public TariffVersion reject(String id, String reason) {
        TariffVersion version = lock(id);
        TariffState from = version.state();
        version.reject(caller(), Role.CENTER_HEAD, Instant.now(clock), reason);
        audit.record(
                Role.CENTER_HEAD,
                "tariff.reject",
                ENTITY,
                version.id(),
                RULE_ID,
                (from == TariffState.APPROVED ? "rejected by the head of the judiciary" : "rejected at approval")
                        + (reason == null || reason.isBlank() ? "" : ": " + clip(reason.strip())));
        return version;
    }

    /**
     * The Center's head records the ratification by the head of the judiciary (S0-13): the decree's
     * number and date, and the day the tariff is in force from (not before today, Tehran).
     */
    @RolesAllowed(Role.Names.CENTER_HEAD)
    public TariffVersion ratify(String id, String decreeNumber, LocalDate decreeDate, LocalDate inForceFrom) {
        TariffVersion version = lock(id);
        version.ratifyByDecree(caller(), Role.CENTER_HEAD, Instant.now(clock), inForceFrom, decreeNumber, decreeDate);
        audit.record(
                Role.CENTER_HEAD,
                "tariff.ratify",
                ENTITY,
                version.id(),
                RULE_ID,
                "ratified by the head of the judiciary, decree " + clip(decreeNumber.strip()) + " of " + decreeDate
                        + ", in force from " + inForceFrom);
        return version;
    }

    /** The ratified version in force on {@code date} (S0-13), if any. */
    @RolesAllowed({
        Role.Names.OFFICE_CLERK,
        Role.Names.OFFICE_MANAGER,
        Role.Names.CITIZEN,
        Role.Names.ASSOCIATION,
        Role.Names.CENTER_HEAD,
        Role.Names.SERVICES_DEPUTY,
        Role.Names.INSPECTOR,
        Role.Names.BOARD_MEMBER,
        Role.Names.AGENCY_API,
        Role.Names.ADMIN
    })
    public Optional<TariffVersion> inForceAt(LocalDate date) {
        if (date == null) {
            throw new IllegalArgumentException("date is required");
        }
        return FeeStore.ratifiedTariffs(em).findInForceAt(date);
    }

    /** One version with its steps. */
    @RolesAllowed({
        Role.Names.ASSOCIATION,
        Role.Names.CENTER_HEAD,
        Role.Names.SERVICES_DEPUTY,
        Role.Names.INSPECTOR,
        Role.Names.BOARD_MEMBER,
        Role.Names.ADMIN
    })
    public TariffVersion find(String id) {
        return FeeStore.tariff(em, id);
    }

    /** Every version, newest proposal first. */
    @RolesAllowed({
        Role.Names.ASSOCIATION,
        Role.Names.CENTER_HEAD,
        Role.Names.SERVICES_DEPUTY,
        Role.Names.INSPECTOR,
        Role.Names.BOARD_MEMBER,
        Role.Names.ADMIN
    })
    public List<TariffVersion> versions() {
        return em.createQuery("select t from TariffVersion t", TariffVersion.class).getResultList().stream()
                .sorted((a, b) ->
                        b.steps().get(0).at().compareTo(a.steps().get(0).at()))
                .toList();
    }

    private TariffVersion lock(String id) {
        TariffVersion version = FeeStore.tariff(em, id);
        // one step at a time: the row stays locked until the step commits (a stale read fails the lock)
        em.lock(version, LockModeType.PESSIMISTIC_WRITE);
        return version;
    }

    private static String clip(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300);
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }
}
