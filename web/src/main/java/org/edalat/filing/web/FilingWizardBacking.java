package org.edalat.filing.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.io.Serializable;
import java.util.function.Consumer;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import org.edalat.filing.application.FilingView;
import org.edalat.filing.application.Submitted;
import org.edalat.filing.payment.PaymentService;
import org.edalat.filing.payment.PaymentView;
import org.edalat.platform.BusinessException;
import org.edalat.platform.web.Messages;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * What the two filing wizards share, the portal's ({@link PortalFilingBacking}, S0-3) and the
 * office's ({@link OfficeFilingBacking}, S0-4): the filing in progress resumed by the {@code id} of
 * the request that opened the page, the filing form, a document's upload, the payment at the bank
 * and its confirmation (S0-13.1), the tracking code and the access secret shown once (S4-6), and
 * how a refusal of the service is shown. Each wizard names its path's service through {@link
 * #steps()} and keeps the steps only its path takes.
 */
public abstract class FilingWizardBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    /** A document added to a filing: {@code attach(filingId, fileName, content)} of the path's service. */
    @FunctionalInterface
    protected interface Attach {
        FilingView attach(long filingId, String fileName, byte[] content);
    }

    /** The operations of the path's service (PortalFilings, OfficeFilings) that every wizard takes. */
    protected record Steps(
            LongFunction<FilingView> find,
            Attach attach,
            LongFunction<PaymentView> pay,
            LongFunction<FilingView> confirmPayment,
            LongFunction<Submitted> submit) {}

    @EJB
    private PaymentService payments;

    /** The page of the wizard, {@code /portal/filing.xhtml} or {@code /office/filing.xhtml}. */
    private final String page;

    private Long filingId;
    private transient FilingView filing;
    private boolean missing;

    private final PortalFilingForm form = new PortalFilingForm("filing");

    private String trackingCode;
    private String accessSecret;

    protected FilingWizardBacking(String page) {
        this.page = page;
    }

    /** The path's service (read each time: method references to the injected EJB, not kept). */
    protected abstract Steps steps();

    /** Reads the {@code id} of a filing in progress from the request that opened the page. */
    @PostConstruct
    void open() {
        String id = FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .get("id");
        if (id != null && !id.isBlank()) {
            try {
                filingId = Long.valueOf(id.strip());
                reload();
            } catch (NumberFormatException | BusinessException notFound) {
                filingId = null;
                filing = null;
                missing = true;
            }
        }
        opened();
    }

    /** What the wizard prepares once the filing asked for (if any) was read. */
    protected void opened() {}

    private void reload() {
        filing = steps().find().apply(filingId);
    }

    /** The filing as last read (read again after the view was restored). */
    public FilingView getFiling() {
        if (filing == null && filingId != null) {
            reload();
        }
        return filing;
    }

    /**
     * The first step, which opens the filing from the form: on success the page again with its id
     * and the message {@code messageKey} kept over the redirect; a refusal next to its field.
     */
    protected String start(String messageKey, Supplier<FilingView> opening) {
        try {
            FilingView opened = opening.get();
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            Messages.info(messageKey);
            return page + "?faces-redirect=true&id=" + opened.id();
        } catch (BusinessException refused) {
            form.show(refused);
            return null;
        }
    }

    /** Takes one step of the filing; the service's refusal is shown as {@link #refused} does. */
    protected void take(LongFunction<FilingView> step) {
        take(step, this::refused);
    }

    /** Takes one step of the filing; the service's refusal is shown by {@code onRefusal}. */
    protected void take(LongFunction<FilingView> step, Consumer<BusinessException> onRefusal) {
        try {
            filing = step.apply(filingId);
        } catch (BusinessException refused) {
            onRefusal.accept(refused);
        }
    }

    /** Shows a refusal of a step of the wizard; a message for the whole page unless the wizard says otherwise. */
    protected void refused(BusinessException refused) {
        error(refused);
    }

    /** A refusal for the whole page, Persian as the service wrote it; the request failed validation. */
    protected static void error(BusinessException refused) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(
                null, new FacesMessage(FacesMessage.SEVERITY_ERROR, refused.getMessage(), refused.getMessage()));
        faces.validationFailed();
    }

    // ---- the steps both paths take ------------------------------------------------------------

    /** S0-3, S0-4: one document (PDF, PNG, JPEG); the inspector's refusal is shown in Persian. */
    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        take(id -> steps().attach().attach(id, file.getFileName(), file.getContent()), FilingWizardBacking::error);
    }

    /** S0-13.1: opens the payment and sends the browser to the bank; nothing due: PAID at once. */
    public void pay() {
        try {
            PaymentView payment = steps().pay().apply(filingId);
            if (payment == null) {
                reload();
                Messages.info("filing.nothingDue");
                return;
            }
            BankRedirect.send(payments.redirect(payment.id()), page + "?id=" + filingId);
        } catch (BusinessException refused) {
            refused(refused);
        }
    }

    /** PAID (S0-13.1): after the bank settled the amount due. */
    public void confirmPayment() {
        take(steps().confirmPayment());
    }

    /** TRACKING_CODE_ISSUED and SENT (S0-3, S0-4, S4-6): the code and the access secret, shown once. */
    public void submit() {
        try {
            Submitted submitted = steps().submit().apply(filingId);
            filing = submitted.filing();
            trackingCode = submitted.trackingCode();
            accessSecret = submitted.accessSecret();
        } catch (BusinessException refused) {
            refused(refused);
        }
    }

    // ---- what the page shows -------------------------------------------------------------------

    /** Whether the filing asked for by id is not one the user may see. */
    public boolean isMissing() {
        return missing;
    }

    public String formatted(String code) {
        return PortalFilingForm.formatted(code);
    }

    public String amount(Long rials) {
        return FeeAmountConverter.format(rials);
    }

    /** The address of a document's content, for the preview. */
    public String documentUrl(int seq) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + FilingDocumentServlet.PATH + "?filing=" + filingId + "&seq=" + seq;
    }

    public Long getFilingId() {
        return filingId;
    }

    public PortalFilingForm getForm() {
        return form;
    }

    public String getTrackingCode() {
        return trackingCode;
    }

    public String getAccessSecret() {
        return accessSecret;
    }
}
