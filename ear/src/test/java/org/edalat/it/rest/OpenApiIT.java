package org.edalat.it.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import org.edalat.it.support.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The OpenAPI document the server generates for the application (MicroProfile OpenAPI layer), at
 * {@code /openapi} on the server root, public.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OpenApiIT {
    @Deployment(testable = false)
    public static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    private URL base;

    @Test
    void documentListsTheEndpointsAndTheBasicScheme() {
        HttpResponse<String> response = Api.anonymous(base).get("openapi", Api.JSON);

        assertEquals(200, response.statusCode(), response.body());
        assertEquals(Api.JSON, Api.mediaType(response));
        String document = response.body();
        assertTrue(document.contains("\"openapi\""), document);
        assertTrue(document.contains("edalat API"), document);
        assertTrue(document.contains("\"/api/v1/health\""), document);
        assertTrue(document.contains("\"/api/v1/admin/users\""), document);
        assertTrue(document.contains("\"/api/v1/admin/audit/verification\""), document);
        assertTrue(document.contains("\"basic\""), document);
    }

    @Test
    void documentIsAlsoServedAsYaml() {
        HttpResponse<String> response = Api.anonymous(base).get("openapi");

        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.body().contains("/api/v1/health:"), response.body());
    }
}
