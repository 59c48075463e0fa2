package org.edalat.it.filing.fees;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.edalat.it.support.Deployments;
import org.edalat.it.support.Http;
import org.edalat.platform.security.Role;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The tariff approval chain over {@code /api/v1/tariffs} (S0-13): right roles, 403 for others, 409 out of order. */
@ExtendWith(ArquillianExtension.class)
class TariffApiIT {
    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private static String post(Http http, String path, String json, int status) {
        HttpResponse<String> response = Http.send(http.request("api/v1/" + path)
                .header("Content-Type", Http.JSON)
                .header("Accept", Http.JSON)
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
        assertEquals(status, response.statusCode(), path + ": " + response.body());
        return response.body();
    }

    @Test
    void theApprovalChainEndToEndWithRefusalsForWrongRolesAndWrongOrder_S0_13() throws Exception {
        URL base = FeesIt.base();
        Http association = Http.as(base, Role.ASSOCIATION);
        Http centerHead = Http.as(base, Role.CENTER_HEAD);
        String id = FeesIt.id("T-API");
        LocalDate inForce = FeesIt.farFuture();
        String proposal = "{\"id\":\"" + id + "\",\"reference\":\"LTR-9\",\"items\":{\"FILING_COMPLAINT\":2500000,"
                + "\"DOCUMENT_DIGITISATION\":50000}}";

        post(centerHead, "tariffs", proposal, 403);
        String proposed = post(association, "tariffs", proposal, 201);
        assertTrue(proposed.contains("\"state\":\"PROPOSED\""), proposed);
        assertTrue(post(association, "tariffs", proposal, 409).contains("tariff-version-exists"));
        assertTrue(post(association, "tariffs", "{\"id\":\"" + FeesIt.id("T") + "\",\"items\":{\"COFFEE\":1}}", 422)
                .contains("\"field\":\"items\""));

        String ratification = "{\"decreeNumber\":\"9000/55\",\"decreeDate\":\"" + FeesIt.today()
                + "\",\"inForceFrom\":\"" + inForce + "\"}";
        post(association, "tariffs/" + id + "/approval", "{}", 403);
        String skipped = post(centerHead, "tariffs/" + id + "/ratification", ratification, 409);
        assertTrue(skipped.contains("\"code\":\"tariff-step-out-of-order\""), skipped);
        String approved = post(centerHead, "tariffs/" + id + "/approval", "{}", 200);
        assertTrue(approved.contains("\"state\":\"APPROVED\""), approved);
        post(centerHead, "tariffs/" + id + "/approval", "{}", 409);
        String noDecree =
                post(centerHead, "tariffs/" + id + "/ratification", "{\"inForceFrom\":\"" + inForce + "\"}", 422);
        assertTrue(noDecree.contains("\"field\":\"decreeNumber\""), noDecree);
        post(Http.as(base, Role.OFFICE_CLERK), "tariffs/" + id + "/ratification", ratification, 403);
        String ratified = post(centerHead, "tariffs/" + id + "/ratification", ratification, 200);
        assertTrue(ratified.contains("\"state\":\"RATIFIED\""), ratified);
        assertTrue(ratified.contains("\"decreeNumber\":\"9000/55\""), ratified);
        assertTrue(post(centerHead, "tariffs/" + id + "/rejection", "{\"reason\":\"late\"}", 409)
                .contains("tariff-step-out-of-order"));

        HttpResponse<String> inForceNow =
                Http.as(base, Role.OFFICE_CLERK).get("api/v1/tariffs/in-force?date=" + inForce);
        assertEquals(200, inForceNow.statusCode(), inForceNow.body());
        assertTrue(inForceNow.body().contains("\"id\":\"" + id + "\""), inForceNow.body());
        assertTrue(inForceNow.body().contains("\"FILING_COMPLAINT\":2500000"), inForceNow.body());
        HttpResponse<String> before =
                Http.as(base, Role.OFFICE_CLERK).get("api/v1/tariffs/in-force?date=" + inForce.minusDays(1));
        assertTrue(!before.body().contains("\"id\":\"" + id + "\""), "not in force before its date");
        assertEquals(
                422,
                Http.as(base, Role.OFFICE_CLERK)
                        .get("api/v1/tariffs/in-force?date=soon")
                        .statusCode());
    }

    @Test
    void aRejectedProposalIsClosedOverRest_S0_13() throws Exception {
        URL base = FeesIt.base();
        Http centerHead = Http.as(base, Role.CENTER_HEAD);
        String id = FeesIt.id("T-API");
        post(
                Http.as(base, Role.ASSOCIATION),
                "tariffs",
                "{\"id\":\"" + id + "\",\"items\":{\"IDENTITY_VERIFICATION\":400000}}",
                201);
        String rejected = post(centerHead, "tariffs/" + id + "/rejection", "{\"reason\":\"بیش از اندازه\"}", 200);
        assertTrue(rejected.contains("\"state\":\"REJECTED\""), rejected);
        assertTrue(post(centerHead, "tariffs/" + id + "/approval", "{}", 409).contains("tariff-proposal-closed"));
        assertEquals(404, centerHead.get("api/v1/tariffs/NO-SUCH-" + id).statusCode());
    }
}
