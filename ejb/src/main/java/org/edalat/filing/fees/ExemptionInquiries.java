package org.edalat.filing.fees;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.edalat.accounts.domain.NationalCode;
import org.edalat.platform.audit.AuditTrail;
import org.edalat.platform.security.Role;

/**
 * The electronic inquiry of the persons the bodies cover (S0-14: "the Center provides the electronic
 * inquiry of the persons covered, in coordination with those bodies"): asks the body of an {@link
 * ExemptionBasis} through its {@link EligibilityInquiry} (one per body, all injected; today the
 * local adapters of {@code org.edalat.filing.fees.inquiry}) and records every inquiry in the audit
 * trail with S0-14.
 *
 * <p>{@link #ask} only asks (a clerk checking before the service, the deputy supervising); {@link
 * #confirm} makes the {@link Exemption} an office may grant, or refuses it: {@link
 * NotEligibleForExemptionException} when the body says the person is not covered, {@link
 * EligibilityInquiryUnavailableException} (503) when it cannot be asked. A refused inquiry is
 * audited in a transaction of its own ({@link AuditTrail#recordRefusal}), so the record stays when
 * the refusal rolls the caller back; <b>call {@code confirm} before writing to the audit trail in the
 * same transaction</b> (the audit chain's head is locked until the caller's transaction ends).
 */
@Stateless
public class ExemptionInquiries {
    static final String ENTITY = "ExemptionInquiry";
    static final String RULE_ID = "S0-14";

    @Inject
    private Instance<EligibilityInquiry> bodies;

    @Inject
    private AuditTrail audit;

    @Resource
    private SessionContext context;

    /** What the body of {@code basis} answers about {@code person} today (Tehran); audited. */
    @RolesAllowed({Role.Names.OFFICE_CLERK, Role.Names.SERVICES_DEPUTY})
    public EligibilityAnswer ask(ExemptionBasis basis, NationalCode person) {
        EligibilityAnswer answer = inquire(basis, person);
        audit.record(actingAs(), "exemption-inquiry", ENTITY, person.value(), RULE_ID, detail(answer));
        return answer;
    }

    /**
     * The exemption the body of {@code basis} confirms for {@code person} (S0-14); refused when it
     * says the person is not covered or cannot be asked, never granted without its ELIGIBLE answer.
     */
    @RolesAllowed(Role.Names.OFFICE_CLERK)
    public Exemption confirm(ExemptionBasis basis, NationalCode person) {
        EligibilityAnswer answer = inquire(basis, person);
        Exemption exemption;
        try {
            exemption = Exemption.confirmedBy(answer);
        } catch (NotEligibleForExemptionException | EligibilityInquiryUnavailableException refused) {
            audit.recordRefusal(
                    Role.OFFICE_CLERK, "exemption-inquiry.refused", ENTITY, person.value(), RULE_ID, detail(answer));
            throw refused;
        }
        audit.record(Role.OFFICE_CLERK, "exemption-inquiry", ENTITY, person.value(), RULE_ID, detail(answer));
        return exemption;
    }

    private EligibilityAnswer inquire(ExemptionBasis basis, NationalCode person) {
        if (basis == null || person == null) {
            throw new IllegalArgumentException("basis and person are required");
        }
        EligibilityAnswer answer = bodyOf(basis).ask(person, LocalDate.now(JalaliMonths.TEHRAN));
        if (answer == null || answer.basis() != basis || !answer.person().equals(person)) {
            throw new IllegalStateException("the inquiry of " + basis + " answered about something else: " + answer);
        }
        return answer;
    }

    /** The one inquiry answering for {@code basis}; a deployment without it (or with two) is broken. */
    private EligibilityInquiry bodyOf(ExemptionBasis basis) {
        List<EligibilityInquiry> matching =
                bodies.stream().filter(b -> b.basis() == basis).toList();
        if (matching.size() != 1) {
            throw new IllegalStateException(matching.size() + " eligibility inquiries answer for " + basis);
        }
        return matching.get(0);
    }

    private Role actingAs() {
        return context.isCallerInRole(Role.Names.OFFICE_CLERK) ? Role.OFFICE_CLERK : Role.SERVICES_DEPUTY;
    }

    private static String detail(EligibilityAnswer answer) {
        return answer.basis() + " (" + answer.basis().confirmingBody() + "): " + answer.outcome()
                + (answer.reference() == null ? "" : ", reference " + answer.reference());
    }
}
