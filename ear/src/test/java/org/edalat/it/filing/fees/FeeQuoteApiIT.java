package org.edalat.it.filing.fees;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.edalat.filing.fees.FeeScheduleAdministration;
import org.edalat.filing.fees.Rials;
import org.edalat.it.support.As;
import org.edalat.it.support.Deployments;
import org.edalat.it.support.Http;
import org.edalat.platform.security.Role;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code GET /api/v1/fees/quote} (S0-3): the fee of a civil petition on both sides of a bracket edge
 * of a version entered through the service, and problem details for what a client can get wrong.
 */
@ExtendWith(ArquillianExtension.class)
class FeeQuoteApiIT {
    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @EJB
    FeeScheduleAdministration administration;

    private static String quote(Http http, String query, int status) {
        HttpResponse<String> response = http.get("api/v1/fees/quote?" + query);
        assertEquals(status, response.statusCode(), response.body());
        return response.body();
    }

    @Test
    void theQuoteOverRestOnBothSidesOfABracketEdge_S0_3() throws Exception {
        LocalDate from = FeesIt.farFuture();
        String id = FeesIt.id("FS-Q");
        // rounding unit one Rial, so the Rials either side of the edge show: 2% up to 100,000,000, 3% above
        As.role(Role.ADMIN).call(() -> administration.enter(FeesIt.version(id, from, 1_000_000, Rials.of(1))));
        URL base = FeesIt.base();
        Http citizen = Http.as(base, Role.CITIZEN);
        String date = "&date=" + from;

        String onTheEdge = quote(citizen, "kind=CIVIL_PETITION&claimValue=100000000" + date, 200);
        assertTrue(onTheEdge.contains("\"amount\":2000000,"), onTheEdge);
        assertTrue(onTheEdge.contains("\"scheduleVersionId\":\"" + id + "\""), onTheEdge);
        assertTrue(onTheEdge.contains("\"basis\":\"BRACKETS\""), onTheEdge);
        assertTrue(onTheEdge.contains("\"ruleId\":\"S0-3\""), onTheEdge);
        String below = quote(citizen, "kind=CIVIL_PETITION&claimValue=99999900" + date, 200);
        assertTrue(below.contains("\"amount\":1999998,"), below);
        String above = quote(Http.as(base, Role.AGENCY_API), "kind=CIVIL_PETITION&claimValue=100000100" + date, 200);
        assertTrue(above.contains("\"amount\":2000003,"), above);
        String complaint = quote(citizen, "kind=criminal_complaint" + date, 200);
        assertTrue(complaint.contains("\"amount\":1000000,"), complaint);
        String report = quote(citizen, "kind=OFFICER_REPORT" + date, 200);
        assertTrue(report.contains("\"amount\":0,") && report.contains("NO_FEE_REPORT"), report);
    }

    @Test
    void badQuestionsGetProblemDetailsNamingTheParameter_S0_3() throws Exception {
        URL base = FeesIt.base();
        Http citizen = Http.as(base, Role.CITIZEN);
        String unknownKind = quote(citizen, "kind=LETTER&date=2030-01-01", 422);
        assertTrue(unknownKind.contains("\"code\":\"invalid-parameter\""), unknownKind);
        assertTrue(unknownKind.contains("\"field\":\"kind\""), unknownKind);
        String badDate = quote(citizen, "kind=SUBMISSION&date=1405-13-40", 422);
        assertTrue(badDate.contains("\"field\":\"date\""), badDate);
        String badAmount = quote(citizen, "kind=CIVIL_PETITION&claimValue=ten&date=2030-01-01", 422);
        assertTrue(badAmount.contains("\"field\":\"claimValue\""), badAmount);
        String noClaim = quote(citizen, "kind=CIVIL_PETITION&date=" + FeesIt.farFuture(), 422);
        assertTrue(noClaim.contains("\"field\":\"claimValue\""), noClaim);
        String noSchedule = quote(citizen, "kind=SUBMISSION&date=1900-01-01", 503);
        assertTrue(noSchedule.contains("no-fee-schedule-in-force"), noSchedule);
        assertEquals(
                401,
                Http.anonymous(base).get("api/v1/fees/quote?kind=SUBMISSION").statusCode());
    }
}
