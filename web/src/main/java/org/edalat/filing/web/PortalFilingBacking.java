package org.edalat.filing.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.edalat.filing.application.FilingView;
import org.edalat.filing.application.PortalFilings;
import org.edalat.filing.application.Submitted;
import org.edalat.filing.domain.FilingPath;
import org.edalat.filing.domain.FilingStep;
import org.edalat.filing.payment.PaymentService;
import org.edalat.filing.payment.PaymentView;
import org.edalat.platform.BusinessException;
import org.edalat.platform.web.Messages;
import org.primefaces.event.FileUploadEvent;

/**
 * portal/filing.xhtml[?id=…]: a citizen's filing on the portal (S0-3), one step after the other as
 * {@link PortalFilings} takes them: the request drafted with its documents → the judicial service
 * fee computed → paid at the bank (S0-13.1) → tracking code and sending to the unit (S4-6), with the
 * access secret for the public status page shown this once. A filing in progress is resumed at its
 * step by its id; one filed at an office in the citizen's name is shown, not worked on.
 */
@Named
@ViewScoped
public class PortalFilingBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The wizard's steps (p:steps), as the portal path's steps (S0-3). */
    static final List<FilingStep> STEPS =
            List.of(FilingStep.DRAFTED, FilingStep.FEE_COMPUTED, FilingStep.PAID, FilingStep.SENT);

    @EJB
    private PortalFilings filings;

    @EJB
    private PaymentService payments;

    private Long filingId;
    private transient FilingView filing;
    private boolean missing;

    private final PortalFilingForm form = new PortalFilingForm("filing");

    private String trackingCode;
    private String accessSecret;

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
    }

    private void reload() {
        filing = filings.find(filingId);
    }

    /** The filing as last read (read again after the view was restored). */
    public FilingView getFiling() {
        if (filing == null && filingId != null) {
            reload();
        }
        return filing;
    }

    /** DRAFTED (S0-3): the request is saved; its documents are attached next. */
    public String draft() {
        try {
            FilingView drafted = filings.draft(form.draft());
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            Messages.info("portal.filing.drafted");
            return "/portal/filing.xhtml?faces-redirect=true&id=" + drafted.id();
        } catch (BusinessException refused) {
            form.show(refused);
            return null;
        }
    }

    /** S0-3: one document of the request (PDF, PNG, JPEG); the inspector's refusal is shown in Persian. */
    public void upload(FileUploadEvent event) {
        try {
            filing = filings.attach(
                    filingId, event.getFile().getFileName(), event.getFile().getContent());
        } catch (BusinessException refused) {
            error(refused);
        }
    }

    /** FEE_COMPUTED (S0-3). */
    public void computeFee() {
        try {
            filing = filings.computeFee(filingId);
        } catch (BusinessException refused) {
            error(refused);
        }
    }

    /** S0-13.1: opens the payment and sends the browser to the bank; nothing due: PAID at once. */
    public void pay() {
        try {
            PaymentView payment = filings.pay(filingId);
            if (payment == null) {
                reload();
                Messages.info("filing.nothingDue");
                return;
            }
            BankRedirect.send(payments.redirect(payment.id()), "/portal/filing.xhtml?id=" + filingId);
        } catch (BusinessException refused) {
            error(refused);
        }
    }

    /** PAID (S0-13.1): after the bank settled the amount due. */
    public void confirmPayment() {
        try {
            filing = filings.confirmPayment(filingId);
        } catch (BusinessException refused) {
            error(refused);
        }
    }

    /** TRACKING_CODE_ISSUED and SENT (S0-3, S4-6): the code and the access secret, shown once. */
    public void submit() {
        try {
            Submitted submitted = filings.submit(filingId);
            filing = submitted.filing();
            trackingCode = submitted.trackingCode();
            accessSecret = submitted.accessSecret();
        } catch (BusinessException refused) {
            error(refused);
        }
    }

    private static void error(BusinessException refused) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(
                null, new FacesMessage(FacesMessage.SEVERITY_ERROR, refused.getMessage(), refused.getMessage()));
        faces.validationFailed();
    }

    /** The step being worked on (p:steps activeIndex). */
    public int getStepIndex() {
        FilingView f = getFiling();
        if (f == null || f.step() == FilingStep.DRAFTED) {
            return 0;
        }
        return switch (f.step()) {
            case FEE_COMPUTED -> 2;
            case PAID -> 3;
            default -> 3;
        };
    }

    /** Whether the page is at {@code step}: what the filer does next. */
    public boolean at(String step) {
        FilingView f = getFiling();
        if (f != null && f.path() != FilingPath.PORTAL) {
            return "SENT".equals(step) && f.sent();
        }
        FilingStep current = f == null ? null : f.step();
        return switch (step) {
            case "DRAFT" -> f == null && !missing;
            case "DOCUMENTS" -> current == FilingStep.DRAFTED;
            case "PAY" -> current == FilingStep.FEE_COMPUTED;
            case "SUBMIT" -> current == FilingStep.PAID;
            case "SENT" -> current == FilingStep.SENT || current == FilingStep.TRACKING_CODE_ISSUED;
            default -> false;
        };
    }

    public boolean isMissing() {
        return missing;
    }

    public String formatted(String code) {
        return PortalFilingForm.formatted(code);
    }

    public String amount(Long rials) {
        return FeeAmountConverter.format(rials);
    }

    /** The address of a document's content. */
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
