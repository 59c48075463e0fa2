package org.edalat.it.accounts.rest;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.edalat.accounts.application.PersonRegistry;
import org.edalat.accounts.domain.PersonKind;
import org.edalat.it.support.As;
import org.edalat.it.support.Identities;
import org.edalat.it.support.ItUsers;
import org.edalat.platform.security.Role;

/**
 * Fixtures of the accounts API ITs, made at deployment when missing (test deployments only): a
 * prison and the company registration office as special account holders, opened the way the Center
 * opens them ({@link PersonRegistry#openSpecialHolder} as ADMIN) and then given the fixture password
 * {@link ItUsers#PASSWORD} so client tests can sign in as them (username = their legal id); and two
 * judicial units, one in a city with an office and one in a city without (S4-11, S4-11.1).
 *
 * <p>Never fails the deployment: every other IT deploys this package too.
 */
@Singleton
@Startup
@DependsOn("ItFixtures")
public class AccountsItFixtures {
    private static final Logger LOG = Logger.getLogger(AccountsItFixtures.class.getName());

    /** The prison's legal id, also its username. */
    public static final String PRISON = Identities.legalId("1403190001");

    /** The company registration office's legal id, also its username. */
    public static final String COMPANY_REGISTRY = Identities.legalId("1403190002");

    /** A unit in a city that has an office: may register only URGENT parties. */
    public static final String UNIT_WITH_OFFICE = "IT-ACC-URG";

    /** A unit in a city without an office: may register for NO_OFFICE_IN_DISTRICT (S4-11.1). */
    public static final String UNIT_WITHOUT_OFFICE = "IT-ACC-NOOF";

    @EJB
    private PersonRegistry registry;

    @EJB
    private AccountsItStore store;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void create() {
        try {
            store.ensureUnits(UNIT_WITH_OFFICE, UNIT_WITHOUT_OFFICE);
            holder(PersonKind.PRISON, PRISON, "زندان آزمون", Role.PRISON);
            holder(PersonKind.STATE_BODY, COMPANY_REGISTRY, "ادارهٔ ثبت شرکت‌های آزمون", Role.COMPANY_REGISTRY);
        } catch (Exception e) {
            LOG.log(Level.WARNING, "accounts IT fixtures could not be created", e);
        }
    }

    private void holder(PersonKind kind, String legalId, String name, Role role) throws Exception {
        if (!store.personExists(legalId)) {
            As.role(Role.ADMIN).call(() -> registry.openSpecialHolder(kind, legalId, name, role, null));
        }
        store.ensureKnownPassword(legalId, ItUsers.PASSWORD);
    }
}
