package org.edalat.filing.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.edalat.filing.fees.JalaliMonth;
import org.edalat.filing.fees.JalaliMonths;
import org.edalat.filing.fees.ReimbursementLedger;
import org.edalat.filing.fees.ReimbursementStatement;
import org.edalat.filing.fees.ReimbursementSummary;
import org.edalat.filing.web.ReimbursementCsv;
import org.edalat.platform.rest.problem.Problem;
import org.edalat.platform.security.Role;
import org.edalat.platform.text.PersianDigits;

/**
 * The Association's reimbursement ledger (S0-14): a month's statements, one summary per office
 * ({@code GET /reimbursements?year=&month=}, Jalali; the current month in Tehran when both are
 * absent), one office's statement ({@code GET /reimbursements/{office}?year=&month=}, also as CSV
 * {@code GET /reimbursements/{office}/{year}/{month}.csv}), and the Association's payment of a
 * statement ({@code POST /reimbursements/{office}/{year}/{month}/payment}). Readers: ASSOCIATION,
 * SERVICES_DEPUTY, ADMIN; an office manager reads a statement by office code (not yet checked against
 * the manager's office: see {@link ReimbursementLedger}).
 */
@Path("/reimbursements")
@RequestScoped
@Tag(name = "fees")
public class ReimbursementsResource {
    static final int MAX_PAGE = 200;

    @EJB
    private ReimbursementLedger ledger;

    /** The payment: the Association's reference (transfer or letter number). */
    public static class PaymentBody {
        public String reference;
    }

    /** One office's statement of the month in the list. */
    public record SummaryView(
            String officeCode,
            String month,
            long entries,
            long total,
            boolean paid,
            Instant paidAt,
            String paymentReference) {
        static SummaryView of(ReimbursementSummary s) {
            return new SummaryView(
                    s.officeCode(),
                    s.month().toString(),
                    s.entries(),
                    s.total().value(),
                    s.isPaid(),
                    s.isPaid() ? s.paid().paidAt() : null,
                    s.isPaid() ? s.paid().reference() : null);
        }
    }

    /** A page of the month's statements: {@code items}, {@code total} offices, and the {@code first}/{@code max} asked. */
    public record SummaryPage(String month, List<SummaryView> items, long total, int first, int max) {}

    /** One exempt service of a statement. */
    public record LineView(
            Long id,
            String service,
            String serviceLabel,
            int quantity,
            long amount,
            String basis,
            String bodyReference,
            Instant answeredAt,
            String tariffVersionId,
            Long filingId,
            Long officeChargeId,
            String recordedBy,
            Instant recordedAt) {
        static LineView of(ReimbursementStatement.Line l) {
            return new LineView(
                    l.id(),
                    l.service().name(),
                    l.service().label(),
                    l.quantity(),
                    l.amount().value(),
                    l.basis().name(),
                    l.bodyReference(),
                    l.answeredAt(),
                    l.tariffVersionId(),
                    l.filingId(),
                    l.officeChargeId(),
                    l.recordedBy(),
                    l.recordedAt());
        }
    }

    /** The Association's payment of a statement. */
    public record PaymentView(String reference, String paidBy, Instant paidAt, int entries, long total) {}

    /** An office's statement of a month: lines, total, subtotals per basis (in Rials), the payment if recorded. */
    public record StatementView(
            String officeCode,
            String month,
            List<LineView> lines,
            int entries,
            long total,
            Map<String, Long> subtotals,
            boolean paid,
            PaymentView payment) {
        static StatementView of(ReimbursementStatement s) {
            Map<String, Long> subtotals = new LinkedHashMap<>();
            s.subtotals().forEach((basis, amount) -> subtotals.put(basis.name(), amount.value()));
            return new StatementView(
                    s.officeCode(),
                    s.month().toString(),
                    s.lines().stream().map(LineView::of).toList(),
                    s.entries(),
                    s.total().value(),
                    subtotals,
                    s.isPaid(),
                    s.payment()
                            .map(p -> new PaymentView(
                                    p.reference(),
                                    p.paidBy(),
                                    p.paidAt(),
                                    p.entries(),
                                    p.total().value()))
                            .orElse(null));
        }
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.ASSOCIATION, Role.Names.SERVICES_DEPUTY, Role.Names.ADMIN})
    @Operation(summary = "A Jalali month's reimbursement statements, one summary per office (S0-14)")
    @APIResponse(
            responseCode = "422",
            description = "invalid-parameter: year or month (errors[0].field)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SummaryPage list(
            @QueryParam("year") String year,
            @QueryParam("month") String month,
            @QueryParam("first") @DefaultValue("0") @Min(0) int first,
            @QueryParam("max") @DefaultValue("50") @Min(1) @Max(MAX_PAGE) int max) {
        JalaliMonth period = month(year, month, true);
        List<SummaryView> items = ledger.statements(period, first, max).stream()
                .map(SummaryView::of)
                .toList();
        return new SummaryPage(period.toString(), items, ledger.countStatements(period), first, max);
    }

    @GET
    @Path("/{office}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.ASSOCIATION, Role.Names.SERVICES_DEPUTY, Role.Names.ADMIN, Role.Names.OFFICE_MANAGER})
    @Operation(summary = "An office's reimbursement statement of a Jalali month: lines, total, payment (S0-14)")
    @APIResponse(
            responseCode = "422",
            description = "invalid-parameter: year or month (errors[0].field)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public StatementView statement(
            @PathParam("office") String office, @QueryParam("year") String year, @QueryParam("month") String month) {
        return StatementView.of(ledger.statement(office, month(year, month, false)));
    }

    @GET
    @Path("/{office}/{year}/{month}.csv")
    @Produces({"text/csv", Problem.MEDIA_TYPE})
    @RolesAllowed({Role.Names.ASSOCIATION, Role.Names.SERVICES_DEPUTY, Role.Names.ADMIN, Role.Names.OFFICE_MANAGER})
    @Operation(summary = "An office's statement of a Jalali month as CSV (UTF-8 with BOM, for Excel) (S0-14)")
    @APIResponse(responseCode = "200", description = "The statement", content = @Content(mediaType = "text/csv"))
    public Response csv(
            @PathParam("office") String office, @PathParam("year") String year, @PathParam("month") String month) {
        ReimbursementStatement statement = ledger.statement(office, month(year, month, false));
        return Response.ok(ReimbursementCsv.bytes(statement), ReimbursementCsv.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + ReimbursementCsv.fileName(statement) + "\"")
                .build();
    }

    @POST
    @Path("/{office}/{year}/{month}/payment")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.ASSOCIATION)
    @Operation(summary = "The Association records its payment of a statement, once, after the month (S0-14)")
    @APIResponse(
            responseCode = "200",
            description = "The statement, paid",
            content = @Content(schema = @Schema(implementation = StatementView.class)))
    @APIResponse(
            responseCode = "404",
            description = "reimbursement-statement-empty: no exempt service in the month",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "409",
            description = "reimbursement-statement-paid, reimbursement-month-not-over",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "422",
            description = "invalid-reimbursement-reference (reference), invalid-parameter (year, month)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public StatementView pay(
            @PathParam("office") String office,
            @PathParam("year") String year,
            @PathParam("month") String month,
            PaymentBody body) {
        return StatementView.of(
                ledger.markPaid(office, month(year, month, false), body == null ? null : body.reference));
    }

    /** The Jalali month named by {@code year} and {@code month}; the current one (Tehran) when both may be absent and are. */
    static JalaliMonth month(String year, String month, boolean currentWhenAbsent) {
        boolean noYear = year == null || year.isBlank();
        boolean noMonth = month == null || month.isBlank();
        if (noYear && noMonth && currentWhenAbsent) {
            return JalaliMonths.inTehranAt(Instant.now());
        }
        int y = number("year", year, 1300, 1600, "سال را به تقویم هجری شمسی وارد کنید (مانند ۱۴۰۴).");
        int m = number("month", month, 1, 12, "ماه را به عدد از ۱ تا ۱۲ وارد کنید.");
        return new JalaliMonth(y, m);
    }

    private static int number(String field, String text, int min, int max, String message) {
        if (text == null || text.isBlank()) {
            throw new InvalidFeeParameterException(field, message);
        }
        try {
            int value = Integer.parseInt(PersianDigits.toLatin(text.strip()));
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // refused below
        }
        throw new InvalidFeeParameterException(field, message);
    }
}
