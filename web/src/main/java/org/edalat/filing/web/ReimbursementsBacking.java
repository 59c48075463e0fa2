package org.edalat.filing.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.text.NumberFormat;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.edalat.filing.fees.ExemptionBasis;
import org.edalat.filing.fees.JalaliMonth;
import org.edalat.filing.fees.JalaliMonths;
import org.edalat.filing.fees.ReimbursementLedger;
import org.edalat.filing.fees.ReimbursementStatement;
import org.edalat.filing.fees.ReimbursementSummary;
import org.edalat.filing.fees.Rials;
import org.edalat.platform.BusinessException;
import org.edalat.platform.security.Role;
import org.edalat.platform.text.PersianDigits;
import org.edalat.platform.web.Messages;
import org.edalat.platform.web.PageSource;
import org.edalat.platform.web.PagedModel;
import org.edalat.platform.web.jalali.JalaliCalendar;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * association/reimbursements.xhtml?year=&month=&office=: the Association's reimbursement ledger
 * (S0-14). Pick a Jalali month (the current one in Tehran by default); the offices' statements of
 * the month, paged, with their totals and payment; one office's statement with its lines, subtotals
 * per body and CSV export; the Association records the payment of a statement (once, after the
 * month). Open to ASSOCIATION, SERVICES_DEPUTY and ADMIN; only the Association pays.
 */
@Named
@ViewScoped
public class ReimbursementsBacking implements PageSource<ReimbursementsBacking.Row> {
    private static final long serialVersionUID = 1L;

    /** How many past years the year list offers. */
    static final int YEARS_BACK = 4;

    /** A table row (Serializable, no entity in view state). */
    public record Row(String officeCode, long entries, long total, boolean paid, Instant paidAt, String reference)
            implements Serializable {
        static Row of(ReimbursementSummary s) {
            return new Row(
                    s.officeCode(),
                    s.entries(),
                    s.total().value(),
                    s.isPaid(),
                    s.isPaid() ? s.paid().paidAt() : null,
                    s.isPaid() ? s.paid().reference() : null);
        }
    }

    /** A month to pick: its number and its Persian name. */
    public record MonthItem(int number, String name) implements Serializable {}

    /** A subtotal of the open statement: a basis (its label and body) and its amount. */
    public record Subtotal(String basis, String body, long amount) implements Serializable {}

    /** The open statement (Serializable, unlike the service's value). */
    public record Statement(
            String officeCode,
            int year,
            int month,
            List<ReimbursementStatement.Line> lines,
            long total,
            List<Subtotal> subtotals,
            ReimbursementStatement.Payment payment)
            implements Serializable {
        static Statement of(ReimbursementStatement s) {
            List<Subtotal> subtotals = new ArrayList<>();
            for (Map.Entry<ExemptionBasis, Rials> e : s.subtotals().entrySet()) {
                subtotals.add(new Subtotal(
                        e.getKey().label(),
                        e.getKey().confirmingBody(),
                        e.getValue().value()));
            }
            return new Statement(
                    s.officeCode(),
                    s.month().year(),
                    s.month().month(),
                    List.copyOf(s.lines()),
                    s.total().value(),
                    List.copyOf(subtotals),
                    s.payment().orElse(null));
        }

        public boolean paid() {
            return payment != null;
        }

        /** The statement's month as shown: {@code مهر ۱۴۰۴}. */
        public String periodName() {
            return ReimbursementsBacking.periodName(year, month);
        }

        public int entries() {
            return lines.size();
        }
    }

    @EJB
    private ReimbursementLedger ledger;

    private final PagedModel<Row> model = new PagedModel<>(this);

    private int year;
    private int month;
    private Statement statement;
    private String reference;

    /** Reads {@code year}, {@code month} and {@code office} of the GET request that opened the page. */
    @PostConstruct
    void open() {
        JalaliMonth current = JalaliMonths.inTehranAt(Instant.now());
        Map<String, String> params = external().getRequestParameterMap();
        year = number(params.get("year"), 1300, 1600, current.year());
        month = number(params.get("month"), 1, 12, current.month());
        String office = params.get("office");
        if (office != null && !office.isBlank() && office.strip().length() <= 20) {
            show(office.strip());
        }
    }

    private static int number(String text, int min, int max, int otherwise) {
        if (text == null || text.isBlank()) {
            return otherwise;
        }
        try {
            int value = Integer.parseInt(PersianDigits.toLatin(text.strip()));
            return value >= min && value <= max ? value : otherwise;
        } catch (NumberFormatException notANumber) {
            return otherwise;
        }
    }

    private JalaliMonth period() {
        return new JalaliMonth(year, month);
    }

    @Override
    public long count() {
        return ledger.countStatements(period());
    }

    @Override
    public List<Row> page(int first, int max) {
        return ledger.statements(period(), first, max).stream().map(Row::of).toList();
    }

    /** Another month was picked: its statements are listed, the open statement closes. */
    public void apply() {
        statement = null;
        reference = null;
    }

    /** Opens office {@code officeCode}'s statement of the picked month. */
    public void show(String officeCode) {
        statement = Statement.of(ledger.statement(officeCode, period()));
        reference = null;
    }

    /** The Association records its payment of the open statement (S0-14); a refusal stays on the page. */
    public void markPaid() {
        if (statement == null) {
            return;
        }
        try {
            JalaliMonth of = new JalaliMonth(statement.year(), statement.month());
            statement = Statement.of(ledger.markPaid(statement.officeCode(), of, reference));
            reference = null;
            Messages.info("reimbursements.paidNow");
        } catch (BusinessException refused) {
            Messages.error(refused.getMessage());
        }
    }

    /** The open statement as CSV (UTF-8 with BOM), read afresh. */
    public StreamedContent getCsv() {
        if (statement == null) {
            return null;
        }
        ReimbursementStatement fresh =
                ledger.statement(statement.officeCode(), new JalaliMonth(statement.year(), statement.month()));
        byte[] bytes = ReimbursementCsv.bytes(fresh);
        return DefaultStreamedContent.builder()
                .name(ReimbursementCsv.fileName(fresh))
                .contentType(ReimbursementCsv.MEDIA_TYPE)
                .contentLength((long) bytes.length)
                .stream(() -> new ByteArrayInputStream(bytes))
                .build();
    }

    /** Whether the user may record payments: the Association only. */
    public boolean isMayPay() {
        return external().isUserInRole(Role.ASSOCIATION.name());
    }

    public List<Integer> getYears() {
        int current = JalaliMonths.inTehranAt(Instant.now()).year();
        List<Integer> years = new ArrayList<>(IntStream.rangeClosed(current - YEARS_BACK, current)
                .map(y -> current - YEARS_BACK + current - y) // newest first
                .boxed()
                .toList());
        if (!years.contains(year)) {
            years.add(year);
        }
        return years;
    }

    public List<MonthItem> getMonths() {
        return IntStream.rangeClosed(1, 12)
                .mapToObj(m -> new MonthItem(m, JalaliCalendar.monthName(m)))
                .toList();
    }

    /** The picked month as shown: {@code مهر ۱۴۰۴}. */
    public String getPeriodName() {
        return periodName(year, month);
    }

    static String periodName(int year, int month) {
        return JalaliCalendar.monthName(month) + " " + PersianDigits.toPersian(year);
    }

    /** An amount in Rials as shown: Persian digits in groups of three ({@code ۱,۲۵۰,۰۰۰}). */
    public String rials(long amount) {
        return PersianDigits.toPersian(
                NumberFormat.getIntegerInstance(Locale.ROOT).format(amount));
    }

    private static ExternalContext external() {
        return FacesContext.getCurrentInstance().getExternalContext();
    }

    public PagedModel<Row> getModel() {
        return model;
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public int getMonth() {
        return month;
    }

    public void setMonth(int month) {
        this.month = month;
    }

    public Statement getStatement() {
        return statement;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }
}
