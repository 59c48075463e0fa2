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
import org.edalat.accounts.domain.NationalCode;
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
 * <p>An exempt client (S0-14) is charged nothing ({@link #chargeExempt}): the body of the exemption's
 * basis is asked through {@link ExemptionInquiries}; on its ELIGIBLE answer the zero charge is
 * recorded with the exemption and the tariff is entered in the Association's {@link
 * ReimbursementLedger}, in the same transaction; a body saying "not covered" or not answering leaves
 * nothing charged and nothing owed (the inquiry itself stays in the audit trail).
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

    @Inject
    private ExemptionInquiries inquiries;

    @Inject
    private ReimbursementLedger ledger;

    private final Clock clock = Clock.systemUTC();

    /** The clerk charges {@code asked} for {@code quantity} units of {@code service} (S0-13.2). */
    @RolesAllowed(Role.Names.OFFICE_CLERK)
    public RecordedOfficeCharge charge(String officeCode, OfficeService service, int quantity, Rials asked) {
        if (service == null || asked == null) {
            throw new IllegalArgumentException("service and amount are required");
        }
        String office = office(officeCode);
        Instant now = Instant.now(clock);
        TariffVersion tariff = tariffInForce(now);
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

    /**
     * The clerk serves an exempt client (S0-14) with {@code quantity} units of {@code service}: the
     * body of {@code basis} is asked about {@code client} first; on its ELIGIBLE answer the charge is
     * recorded at zero with the exemption, and the tariff is owed to the office by the Association
     * (its ledger entry, same transaction). Refused, with nothing charged or owed, when the body says
     * the client is not covered ({@link NotEligibleForExemptionException}) or cannot be asked ({@link
     * EligibilityInquiryUnavailableException}, 503): the office may then charge the tariff ({@link
     * #charge}) or ask again later.
     */
    @RolesAllowed(Role.Names.OFFICE_CLERK)
    public RecordedOfficeCharge chargeExempt(
            String officeCode, OfficeService service, int quantity, ExemptionBasis basis, NationalCode client) {
        if (service == null || basis == null || client == null) {
            throw new IllegalArgumentException("service, basis and client are required");
        }
        String office = office(officeCode);
        Instant now = Instant.now(clock);
        TariffVersion tariff = tariffInForce(now);
        tariff.tariffFor(service, quantity); // a wrong quantity or service is refused before the body is asked
        // S0-14: never exempt without the body's ELIGIBLE answer; the inquiry is audited (a refusal in
        // its own transaction), so it is asked before this transaction writes to the audit trail
        Exemption exemption = inquiries.confirm(basis, client);
        OfficeCharge charge = OfficeCharge.exempt(tariff, office, service, quantity, exemption);
        RecordedOfficeCharge recorded = new RecordedOfficeCharge(charge, caller(), now);
        em.persist(recorded);
        em.flush();
        RecordedReimbursement owed = ledger.recordOfficeCharge(charge, recorded.id(), caller(), now);
        audit.record(
                Role.OFFICE_CLERK,
                "office-charge.exempt",
                ENTITY,
                office,
                ExemptionInquiries.RULE_ID,
                "charged 0 for " + quantity + " x " + service + ", tariff "
                        + charge.tariff().value() + " ("
                        + tariff.id() + ") owed by the Association (entry " + owed.id() + " of " + owed.month()
                        + "), " + basis + " " + exemption.answer().reference() + ", charge " + recorded.id());
        return recorded;
    }

    private TariffVersion tariffInForce(Instant now) {
        LocalDate today = now.atZone(TariffVersion.TEHRAN).toLocalDate();
        return FeeStore.ratifiedTariffs(em).inForceAt(today);
    }

    private static String office(String officeCode) {
        if (officeCode == null || officeCode.isBlank() || officeCode.strip().length() > 20) {
            throw new IllegalArgumentException("officeCode is required (at most 20 characters)");
        }
        return officeCode.strip();
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }
}
