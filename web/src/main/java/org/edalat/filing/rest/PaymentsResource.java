package org.edalat.filing.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.edalat.filing.payment.PaymentService;
import org.edalat.filing.payment.PaymentView;
import org.edalat.filing.payment.Receipt;
import org.edalat.platform.rest.problem.Problem;
import org.edalat.platform.security.Role;

/**
 * Payments (S0-13.1: money only through the Center's payment method, always with a receipt): the
 * bank's callback ({@code POST /payments/callback}, public: the bank has no account here; it posts
 * a form {@code token}, {@code status} (OK/NOK), {@code reference}, as Iranian gateways do, or the
 * same as JSON), a payment's state and its receipt as PDF (payer or ADMIN).
 */
@Path("/payments")
@RequestScoped
@Tag(name = "payments", description = "SAKHA payments with numbered receipts (S0-13.1)")
public class PaymentsResource {
    @EJB
    private PaymentService payments;

    /** The bank's callback as JSON. */
    public static class CallbackBody {
        public String token;
        public String status;
        public String reference;
    }

    @POST
    @Path("/callback")
    @PermitAll // the bank calls back without an account; its verify decides, not this call
    @SecurityRequirementsSet
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The bank's callback after the payer's attempt (form); verified with the bank")
    @APIResponse(
            responseCode = "200",
            description = "The payment after the callback (SETTLED, DECLINED, or CALLED_BACK while the bank is slow)",
            content = @Content(schema = @Schema(implementation = PaymentView.class)))
    @APIResponse(
            responseCode = "404",
            description = "payment-reference-unknown: no payment has this token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "422",
            description = "payment-callback-not-confirmed: the bank does not confirm this callback",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PaymentView callback(
            @FormParam("token") String token,
            @FormParam("status") String status,
            @FormParam("reference") String reference) {
        return payments.callback(token, status, reference);
    }

    @POST
    @Path("/callback")
    @PermitAll
    @SecurityRequirementsSet
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The bank's callback as JSON {token, status, reference}")
    public PaymentView callbackJson(CallbackBody body) {
        CallbackBody b = body == null ? new CallbackBody() : body;
        return payments.callback(b.token, b.status, b.reference);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Role.Names.CITIZEN, Role.Names.OFFICE_CLERK, Role.Names.ADMIN})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A payment (its payer or ADMIN)")
    @APIResponse(
            responseCode = "200",
            description = "The payment",
            content = @Content(schema = @Schema(implementation = PaymentView.class)))
    @APIResponse(
            responseCode = "404",
            description = "payment-not-found (also when it is someone else's)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PaymentView get(@PathParam("id") long id) {
        return payments.find(id);
    }

    @GET
    @Path("/{id}/receipt.pdf")
    @RolesAllowed({Role.Names.CITIZEN, Role.Names.OFFICE_CLERK, Role.Names.ADMIN})
    @Produces({"application/pdf", Problem.MEDIA_TYPE})
    @Operation(summary = "The numbered receipt of a settled payment as PDF (S0-13.1)")
    @APIResponse(
            responseCode = "200",
            description = "One-page PDF receipt",
            content = @Content(mediaType = "application/pdf"))
    @APIResponse(
            responseCode = "409",
            description = "receipt-not-issued: not settled",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response receipt(@PathParam("id") long id) {
        Receipt receipt = payments.receipt(id);
        return Response.ok(receipt.pdf(), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"receipt-" + receipt.number() + ".pdf\"")
                .build();
    }
}
