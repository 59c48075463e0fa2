package org.edalat.it.accounts.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import org.edalat.accounts.domain.NationalCode;
import org.edalat.accounts.registry.LocalCivilRegistry;
import org.edalat.it.support.As;
import org.edalat.it.support.Deployments;
import org.edalat.it.support.Identities;
import org.edalat.it.support.ItUsers;
import org.edalat.platform.audit.AuditEntry;
import org.edalat.platform.security.Role;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The accounts API cases a client alone cannot set up or observe: the civil registry's records and
 * outage (S0-48, a system property of the server), and the audit trail of a refused change
 * (S0-40.b). Runs in the server and calls the API over HTTP like any client.
 */
@ExtendWith(ArquillianExtension.class)
class AccountsApiInContainerIT {
    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @EJB
    LocalCivilRegistry civilRegistry;

    @EJB
    AccountsItStore store;

    /** This server's own HTTP address. */
    private static URL base() throws Exception {
        int port =
                Integer.getInteger("jboss.http.port", 8080) + Integer.getInteger("jboss.socket.binding.port-offset", 0);
        String host = System.getProperty("jboss.bind.address", "127.0.0.1");
        if (host.equals("0.0.0.0")) {
            host = "127.0.0.1";
        }
        return new URL("http://" + host + ":" + port + "/");
    }

    @Test
    void onlineVerificationConfirmedByTheCivilRegistryMakesTheRegistrationFinal_S0_48() throws Exception {
        URL base = base();
        String code = People.selfRegistered(base);
        As.role(Role.ADMIN)
                .run(() ->
                        civilRegistry.enrol(NationalCode.of(code), "علی", "رضایی", LocalDate.parse(People.BIRTH_DATE)));

        Client.Reply verified = People.citizen(base, code)
                .post(
                        "me/verification",
                        Json.object("birthDate", People.BIRTH_DATE, "firstName", "علی", "lastName", "رضایی"))
                .expect(200);

        assertEquals("VERIFIED", verified.text("status"));
        assertEquals("ONLINE", verified.text("verificationMethod"));
        People.citizen(base, code)
                .post(
                        "me/verification",
                        Json.object("birthDate", People.BIRTH_DATE, "firstName", "علی", "lastName", "رضایی"))
                .expectProblem(409, "already-verified");
    }

    @Test
    void civilRegistryOutageIs503AndChangesNothing_S0_48() throws Exception {
        URL base = base();
        String code = People.selfRegistered(base);
        As.role(Role.ADMIN)
                .run(() ->
                        civilRegistry.enrol(NationalCode.of(code), "علی", "رضایی", LocalDate.parse(People.BIRTH_DATE)));
        Client citizen = People.citizen(base, code);
        String body = Json.object("birthDate", People.BIRTH_DATE, "firstName", "علی", "lastName", "رضایی");

        Client.Reply reply;
        System.setProperty(LocalCivilRegistry.OUTAGE_PROPERTY, "true");
        try {
            reply = citizen.post("me/verification", body);
        } finally {
            System.clearProperty(LocalCivilRegistry.OUTAGE_PROPERTY);
        }

        reply.expectProblem(503, "identity-service-unavailable");
        assertEquals("PENDING_VERIFICATION", citizen.get("me").expect(200).text("status"));
        assertEquals(
                "VERIFIED", citizen.post("me/verification", body).expect(200).text("status"));
    }

    @Test
    void unrequestedOfficeChangeIsRefusedAndAudited_S0_40_b() throws Exception {
        URL base = base();
        String code = Identities.nationalCode();
        People.officeRegistered(base, code, Identities.mobile());
        String stranger = Identities.nationalCode();

        Client.as(base, Role.OFFICE_CLERK)
                .post(
                        "office/persons/" + code + "/contact-changes",
                        Json.object("mobile", Identities.mobile(), "requesterKey", stranger, "requestReference", "X-1"))
                .expectProblem(403, "unrequested-change");

        List<AuditEntry> trail = store.auditOf(code);
        AuditEntry refusal = trail.stream()
                .filter(e -> "contact.change.refused".equals(e.getAction()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no refusal audited: " + trail));
        assertEquals(ItUsers.username(Role.OFFICE_CLERK), refusal.getActor());
        assertEquals(Role.OFFICE_CLERK.name(), refusal.getActorRole());
        assertEquals("S0-40.b", refusal.getRuleId());
        assertTrue(refusal.getDetail().contains(stranger), refusal.getDetail());
    }
}
