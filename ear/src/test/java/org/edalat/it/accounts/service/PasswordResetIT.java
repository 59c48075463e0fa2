package org.edalat.it.accounts.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import org.edalat.accounts.application.PasswordReset;
import org.edalat.accounts.application.PersonDetails;
import org.edalat.accounts.application.PersonRegistry;
import org.edalat.accounts.domain.ContactChange;
import org.edalat.accounts.domain.IdentityNotConfirmedException;
import org.edalat.accounts.domain.NotVerifiedException;
import org.edalat.it.support.As;
import org.edalat.it.support.Deployments;
import org.edalat.it.support.Identities;
import org.edalat.platform.security.Role;
import org.edalat.platform.security.UserAccount;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A password is reset only after identity is verified again, at an office or online (S4-27, S0-48). */
@ExtendWith(ArquillianExtension.class)
class PasswordResetIT {
    private static final LocalDate BORN = LocalDate.of(1988, 8, 8);
    private static final String OLD = "Old-Pass-1405";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @EJB
    PersonRegistry registry;

    @EJB
    PasswordReset reset;

    @EJB
    AccountsFixture fixture;

    @PersistenceContext(unitName = "edalat")
    EntityManager em;

    private String verifiedPerson() throws Exception {
        String code = Identities.nationalCode();
        fixture.civilRecord(code, "نرگس", "یزدانی", BORN, false);
        registry.selfRegister(PersonDetails.natural(code, BORN, ContactChange.name("نرگس", "یزدانی")), OLD);
        As.user(code, OLD).call(() -> registry.verifyOnline(BORN, "نرگس", "یزدانی"));
        return code;
    }

    private UserAccount account(String code) {
        return em.createQuery("select u from UserAccount u where u.username = :u", UserAccount.class)
                .setParameter("u", code)
                .getSingleResult();
    }

    @Test
    void anOfficeIssuesANewPasswordThatMustBeChanged_S4_27() throws Exception {
        String code = verifiedPerson();
        String issued = As.role(Role.OFFICE_CLERK).call(() -> reset.resetAtOffice(code, "REQ-PW-1"));
        assertNotNull(As.user(code, issued), "the new password signs in");
        assertThrows(IllegalStateException.class, () -> As.user(code, OLD), "the old one no longer does");
        assertTrue(account(code).isPasswordChangeRequired());
        assertEquals(1, fixture.auditCount("user.password.reset", code));
    }

    @Test
    void anOfficeResetsOnlyAVerifiedRegistration_S4_27() {
        String code = Identities.nationalCode();
        registry.selfRegister(PersonDetails.natural(code, BORN, ContactChange.name("نرگس", "یزدانی")), OLD);
        assertThrows(NotVerifiedException.class, () -> As.role(Role.OFFICE_CLERK)
                .call(() -> reset.resetAtOffice(code, "REQ-PW-2")));
    }

    @Test
    void anOnlineResetNeedsTheCivilRegistryToConfirmIdentity_S4_27_S0_48() throws Exception {
        String code = verifiedPerson();
        assertThrows(
                IdentityNotConfirmedException.class,
                () -> reset.resetOnline(code, BORN.minusDays(1), "نرگس", "یزدانی", "New-Pass-1405"));
        assertThrows(
                IdentityNotConfirmedException.class,
                () -> reset.resetOnline(code, BORN, "نرگس", "احمدی", "New-Pass-1405"));
        assertNotNull(As.user(code, OLD), "a refused reset changes nothing");
        assertEquals(2, fixture.auditCount("user.password.reset-online.refused", code));

        reset.resetOnline(code, BORN, "نرگس", "یزدانی", "New-Pass-1405");
        assertNotNull(As.user(code, "New-Pass-1405"));
        assertThrows(IllegalStateException.class, () -> As.user(code, OLD));
    }

    @Test
    void anUnregisteredCodeGetsTheSameAnswerAsAWrongBirthDate_S4_27() {
        String code = Identities.nationalCode();
        fixture.civilRecord(code, "نرگس", "یزدانی", BORN, false);
        assertThrows(
                IdentityNotConfirmedException.class,
                () -> reset.resetOnline(code, BORN, "نرگس", "یزدانی", "New-Pass-1405"));
    }
}
