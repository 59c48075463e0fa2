package org.edalat.filing.fees;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import org.edalat.filing.domain.FilingKind;
import org.edalat.platform.security.Role;

/**
 * Quotes the judicial service fee (S0-3, S0-4: the system computes it) of a filing kind with its
 * claim value on a date, from the stored fee schedule version in force then. Any signed-in role and
 * agencies may ask; a quote changes nothing and is not audited.
 */
@Stateless
@RolesAllowed({
    Role.Names.CITIZEN,
    Role.Names.OFFICE_CLERK,
    Role.Names.OFFICE_MANAGER,
    Role.Names.REFERRAL_AUTHORITY,
    Role.Names.BRANCH_CLERK,
    Role.Names.JUDGE,
    Role.Names.NOTICE_OFFICER,
    Role.Names.SERVICES_DEPUTY,
    Role.Names.INSPECTOR,
    Role.Names.BOARD_MEMBER,
    Role.Names.CENTER_HEAD,
    Role.Names.ASSOCIATION,
    Role.Names.AGENCY_API,
    Role.Names.PRISON,
    Role.Names.COMPANY_REGISTRY,
    Role.Names.ADMIN
})
public class FeeQuotes {
    @PersistenceContext(unitName = "edalat")
    private EntityManager em;

    /**
     * The fee of a filing of {@code kind} with {@code claimValue} (Rials; civil petitions only) filed
     * on {@code date}; see {@link FeeCalculator#fee}.
     */
    public FeeQuote quote(FilingKind kind, Long claimValue, LocalDate date) {
        if (kind == null || date == null) {
            throw new IllegalArgumentException("kind and date are required");
        }
        return new FeeCalculator(FeeStore.schedule(em)).fee(kind, claimValue, date);
    }
}
