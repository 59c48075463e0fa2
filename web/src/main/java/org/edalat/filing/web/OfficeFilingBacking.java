package org.edalat.filing.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.edalat.filing.application.FilingView;
import org.edalat.filing.application.OfficeFilings;
import org.edalat.filing.application.OfficeItem;
import org.edalat.filing.application.Submitted;
import org.edalat.filing.domain.FilingKind;
import org.edalat.filing.domain.FilingStep;
import org.edalat.filing.fees.ExemptionBasis;
import org.edalat.filing.fees.OfficeService;
import org.edalat.filing.fees.Rials;
import org.edalat.filing.fees.TariffApproval;
import org.edalat.filing.fees.TariffVersion;
import org.edalat.filing.payment.PaymentService;
import org.edalat.filing.payment.PaymentView;
import org.edalat.platform.BusinessException;
import org.edalat.platform.web.Messages;
import org.primefaces.event.FileUploadEvent;

/**
 * office/filing.xhtml[?id=…]: the clerk's wizard of the office path (S0-4), one step after the other
 * as {@link OfficeFilings} takes them: the applicant's identity (a verified SANA account) and the
 * filing form → the office's services under the tariff in force, with the applicant's exemption
 * if any (S0-13, S0-13.2, S0-14), and the judicial fee → payment at the bank (S0-13.1) → the papers
 * digitised → shown to the applicant → each document confirmed against its paper → tracking code
 * and sending (S4-6), with the access secret shown this once. A filing in progress is resumed at its
 * step by its id.
 */
@Named
@ViewScoped
public class OfficeFilingBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The wizard's steps (p:steps), as the office path's steps taken (S0-4). */
    static final List<FilingStep> STEPS = List.of(
            FilingStep.IDENTITY_VERIFIED,
            FilingStep.FEE_COMPUTED,
            FilingStep.PAID,
            FilingStep.DOCUMENTS_DIGITISED,
            FilingStep.SHOWN_TO_APPLICANT,
            FilingStep.MATCHED,
            FilingStep.SENT);

    @EJB
    private OfficeFilings filings;

    @EJB
    private PaymentService payments;

    @EJB
    private TariffApproval tariffs;

    private Long filingId;
    private transient FilingView filing;
    private boolean missing;

    private String applicantKey;
    private final PortalFilingForm form = new PortalFilingForm("filing");

    private final List<OfficeFilingItem> items = new ArrayList<>();
    private ExemptionBasis exemptionBasis;
    private String tariffId;
    private EnumMap<OfficeService, Long> unitTariffs;

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
        loadTariff();
        if (filing != null && filing.step() == FilingStep.IDENTITY_VERIFIED) {
            defaultItems(filing.kind());
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

    private void loadTariff() {
        try {
            TariffVersion tariff =
                    tariffs.inForceAt(LocalDate.now(TariffVersion.TEHRAN)).orElse(null);
            if (tariff != null) {
                tariffId = tariff.id();
                unitTariffs = new EnumMap<>(OfficeService.class);
                for (Map.Entry<OfficeService, Rials> e : tariff.items().entrySet()) {
                    unitTariffs.put(e.getKey(), e.getValue().value());
                }
            }
        } catch (BusinessException | EJBAccessException e) {
            tariffId = null;
        }
    }

    /** The usual services of a filing of {@code kind}: the filing itself, identity, digitisation. */
    private void defaultItems(FilingKind kind) {
        items.clear();
        OfficeService filingService =
                switch (kind) {
                    case CIVIL_PETITION -> OfficeService.FILING_PETITION;
                    case SUBMISSION -> OfficeService.FILING_SUBMISSION;
                    default -> OfficeService.FILING_COMPLAINT;
                };
        for (OfficeService service :
                List.of(filingService, OfficeService.IDENTITY_VERIFICATION, OfficeService.DOCUMENT_DIGITISATION)) {
            if (unitTariffs == null || unitTariffs.containsKey(service)) {
                items.add(new OfficeFilingItem(service, 1, tariffOf(service, 1)));
            }
        }
    }

    private Long tariffOf(OfficeService service, int quantity) {
        Long unit = unitTariffs == null || service == null ? null : unitTariffs.get(service);
        return unit == null || quantity < 1 ? null : unit * quantity;
    }

    // ---- the steps -----------------------------------------------------------------------------

    /** IDENTITY_VERIFIED (S0-4): the applicant's verified account and the filing form; opens the filing. */
    public String openFiling() {
        try {
            FilingView opened = filings.open(applicantKey == null ? null : applicantKey.strip(), form.draft());
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            Messages.info("office.filing.opened");
            return "/office/filing.xhtml?faces-redirect=true&id=" + opened.id();
        } catch (BusinessException refused) {
            form.show(refused);
            return null;
        }
    }

    /** FEE_COMPUTED (S0-4, S0-13.2, S0-14). */
    public void computeFee() {
        try {
            List<OfficeItem> asked = items.stream().map(OfficeFilingItem::item).toList();
            filing = filings.computeFee(filingId, asked, exemptionBasis);
        } catch (BusinessException refused) {
            form.show(refused);
        }
    }

    public void addItem() {
        if (items.size() < 10) {
            items.add(new OfficeFilingItem(
                    OfficeService.DOCUMENT_DIGITISATION, 1, tariffOf(OfficeService.DOCUMENT_DIGITISATION, 1)));
        }
    }

    public void removeItem(int index) {
        if (index >= 0 && index < items.size()) {
            items.remove(index);
        }
    }

    /** The asked amount follows the tariff of the chosen service and quantity. */
    public void itemChanged(int index) {
        if (index >= 0 && index < items.size()) {
            OfficeFilingItem item = items.get(index);
            item.setAsked(tariffOf(item.getService(), item.getQuantity()));
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
            BankRedirect.send(payments.redirect(payment.id()), "/office/filing.xhtml?id=" + filingId);
        } catch (BusinessException refused) {
            form.show(refused);
        }
    }

    /** PAID (S0-13.1): after the bank settled the amount due. */
    public void confirmPayment() {
        try {
            filing = filings.confirmPayment(filingId);
        } catch (BusinessException refused) {
            form.show(refused);
        }
    }

    /** S0-4: one scanned paper (PDF, PNG, JPEG); the inspector's refusal is shown in Persian. */
    public void upload(FileUploadEvent event) {
        try {
            filing = filings.attach(
                    filingId, event.getFile().getFileName(), event.getFile().getContent());
        } catch (BusinessException refused) {
            error(refused);
        }
    }

    /** DOCUMENTS_DIGITISED (S0-4). */
    public void digitised() {
        try {
            filing = filings.digitised(filingId);
        } catch (BusinessException refused) {
            error(refused);
        }
    }

    /** SHOWN_TO_APPLICANT (S0-4). */
    public void shown() {
        try {
            filing = filings.shownToApplicant(filingId);
        } catch (BusinessException refused) {
            form.show(refused);
        }
    }

    /** S0-4: document {@code seq} matches the presented paper. */
    public void confirmMatch(int seq) {
        try {
            filing = filings.confirmMatch(filingId, seq);
        } catch (BusinessException refused) {
            form.show(refused);
        }
    }

    /** MATCHED (S0-4). */
    public void matched() {
        try {
            filing = filings.matched(filingId);
        } catch (BusinessException refused) {
            form.show(refused);
        }
    }

    /** TRACKING_CODE_ISSUED and SENT (S0-4, S4-6): the code and the access secret, shown once. */
    public void submit() {
        try {
            Submitted submitted = filings.submit(filingId);
            filing = submitted.filing();
            trackingCode = submitted.trackingCode();
            accessSecret = submitted.accessSecret();
        } catch (BusinessException refused) {
            form.show(refused);
        }
    }

    private static void error(BusinessException refused) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(
                null, new FacesMessage(FacesMessage.SEVERITY_ERROR, refused.getMessage(), refused.getMessage()));
        faces.validationFailed();
    }

    // ---- what the page shows -------------------------------------------------------------------

    /** The step being worked on (p:steps activeIndex): the next step of the path, or the last. */
    public int getStepIndex() {
        FilingView f = getFiling();
        if (f == null) {
            return 0;
        }
        FilingStep next = f.nextStep() == null || f.nextStep() == FilingStep.TRACKING_CODE_ISSUED
                ? FilingStep.SENT
                : f.nextStep();
        return STEPS.indexOf(next);
    }

    /** Whether the wizard is at {@code step}: the filing's current step's successor is the one shown. */
    public boolean at(String step) {
        FilingView f = getFiling();
        FilingStep current = f == null ? null : f.step();
        return switch (step) {
            case "OPEN" -> f == null;
            case "FEE" -> current == FilingStep.IDENTITY_VERIFIED;
            case "PAY" -> current == FilingStep.FEE_COMPUTED;
            case "DIGITISE" -> current == FilingStep.PAID;
            case "SHOW" -> current == FilingStep.DOCUMENTS_DIGITISED;
            case "MATCH" -> current == FilingStep.SHOWN_TO_APPLICANT;
            case "SUBMIT" -> current == FilingStep.MATCHED;
            case "SENT" -> current == FilingStep.SENT || current == FilingStep.TRACKING_CODE_ISSUED;
            default -> false;
        };
    }

    /** Whether a filing asked for by id is not one of the office's. */
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

    public List<OfficeService> getServices() {
        return List.of(OfficeService.values());
    }

    public List<ExemptionBasis> getExemptionBases() {
        return List.of(ExemptionBasis.values());
    }

    public String getTariffId() {
        return tariffId;
    }

    public Long getFilingId() {
        return filingId;
    }

    public String getApplicantKey() {
        return applicantKey;
    }

    public void setApplicantKey(String applicantKey) {
        this.applicantKey = applicantKey;
    }

    public PortalFilingForm getForm() {
        return form;
    }

    public List<OfficeFilingItem> getItems() {
        return items;
    }

    public ExemptionBasis getExemptionBasis() {
        return exemptionBasis;
    }

    public void setExemptionBasis(ExemptionBasis exemptionBasis) {
        this.exemptionBasis = exemptionBasis;
    }

    public String getTrackingCode() {
        return trackingCode;
    }

    public String getAccessSecret() {
        return accessSecret;
    }
}
