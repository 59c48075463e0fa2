package org.edalat.filing.fees;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.edalat.platform.audit.AuditTrail;
import org.edalat.platform.security.Role;

/**
 * What an office takes for its services (S0-13, S0-13.2): the clerk asks to charge an amount for a
 * number of units of a service; the ratified tariff in force today (Tehran) decides. At or below the
 * tariff the charge is recorded with its voluntary discount; above, it is refused ({@link
 * ChargeAboveTariffException}, 422) and the attempt is recorded as a possible S0-38.k violation for
 * the discipline context ({@link PossibleViolationLog}) and in the audit trail, both in transactions
 * of their own, so they stay when the refusal rolls back.
 *
 * <p>The office code is the clerk's office as the caller states it: the link of a clerk's account to
 * an office belongs to the licensing context, which will check it behind this call.
 */
@Stateless
public class OfficeCharges {
    static final String ENTITY = "OfficeCharge";

    @PersistenceContext(unitName = "edalat")
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private AuditTrail audit;

    @Inject
    private PossibleViolationLog violations;

    private final Clock clock = Clock.systemUTC();

    /** The clerk charges {@code asked} for {@code quantity} units of {@code service} (S0-13.2). */
    @RolesAllowed(Role.Names.OFFICE_CLERK)
    public RecordedOfficeCharge charge(String officeCode, OfficeService service, int quantity, Rials asked) {
        if (officeCode == null || officeCode.isBlank() || officeCode.strip().length() > 20) {
            throw new IllegalArgumentException("officeCode is required (at most 20 characters)");
        }
        if (service == null || asked == null) {
            throw new IllegalArgumentException("service and amount are required");
        }
        String office = officeCode.strip();
        Instant now = Instant.now(clock);
        LocalDate today = now.atZone(TariffVersion.TEHRAN).toLocalDate();
        TariffVersion tariff = FeeStore.ratifiedTariffs(em).inForceAt(today);
        OfficeCharge charge;
        try {
            charge = OfficeCharge.charge(tariff, office, service, quantity, asked);
        } catch (ChargeAboveTariffException refused) {
            PossibleViolation violation = refused.violation();
            violations.record(violation);
            audit.recordRefusal(
                    Role.OFFICE_CLERK,
                    "office-charge.refused",
                    ENTITY,
                    office,
                    "S0-13.2",
                    "possible " + PossibleViolation.RULE_ID + ": asked "
                            + violation.asked().value() + " for "
                            + quantity + " x " + service + ", tariff "
                            + violation.tariff().value() + " ("
                            + tariff.id() + ")");
            throw refused;
        }
        RecordedOfficeCharge recorded = new RecordedOfficeCharge(charge, caller(), now);
        em.persist(recorded);
        em.flush();
        audit.record(
                Role.OFFICE_CLERK,
                "office-charge",
                ENTITY,
                office,
                "S0-13.2",
                "charged " + charge.charged().value() + " for " + quantity + " x " + service + ", tariff "
                        + charge.tariff().value() + " (" + tariff.id() + "), voluntary discount "
                        + charge.voluntaryDiscount().value());
        return recorded;
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }
}
