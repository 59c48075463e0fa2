package org.edalat.it.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

/** The health endpoint: public, and UP when the database answers. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HealthIT {
    @Deployment(testable = false)
    public static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    private URL base;

    @Test
    void healthIsUpWithoutCredentials() {
        HttpResponse<String> response = Api.anonymous(base).get("api/v1/health");

        assertEquals(200, response.statusCode(), response.body());
        assertEquals(Api.JSON, Api.mediaType(response));
        assertEquals("{\"status\":\"UP\",\"checks\":{\"database\":\"UP\"}}", response.body());
        assertTrue(response.headers().firstValue("Cache-Control").orElse("").contains("no-store"));
    }

    @Test
    void healthIsUpWithCredentialsToo() {
        assertEquals(200, Api.as(base, Role.AGENCY_API).get("api/v1/health").statusCode());
    }
}
