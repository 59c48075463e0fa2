package org.edalat.it.rest;

import static org.edalat.it.rest.ApiSecurityIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.net.URL;
import java.net.http.HttpResponse;
import org.edalat.it.support.Deployments;
import org.edalat.platform.security.Role;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Audit chain verification over the API: ADMIN only (S4-28), intact on an untampered trail. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuditApiIT {
    private static final String VERIFICATION = "api/v1/admin/audit/verification";

    @Deployment(testable = false)
    public static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    private URL base;

    @Test
    void adminVerifiesAnIntactChain_S4_28() {
        // Make sure the trail is not empty: opening an account is audited.
        Api admin = Api.as(base, Role.ADMIN);
        String account = "{\"username\":\"" + Api.freshUsername("audited")
                + "\",\"displayName\":\"x\",\"password\":\"Audit-Pass-1405\",\"roles\":[\"INSPECTOR\"]}";
        assertEquals(201, admin.postJson("api/v1/admin/users", account).statusCode());

        HttpResponse<String> response = admin.get(VERIFICATION);

        assertEquals(200, response.statusCode(), response.body());
        assertEquals(Api.JSON, Api.mediaType(response));
        assertEquals("true", Api.scalar(response.body(), "intact"), response.body());
        assertNotNull(Api.string(response.body(), "verifiedAt"), response.body());
        long checked = Long.parseLong(Api.scalar(response.body(), "entriesChecked"));
        assertEquals(true, checked >= 1, response.body());
    }

    @Test
    void onlyAdminMayVerify_S4_28() {
        assertProblem(Api.as(base, Role.AGENCY_API).get(VERIFICATION), 403);
        assertProblem(Api.as(base, Role.INSPECTOR).get(VERIFICATION), 403);
        assertProblem(Api.anonymous(base).get(VERIFICATION), 401);
    }
}
