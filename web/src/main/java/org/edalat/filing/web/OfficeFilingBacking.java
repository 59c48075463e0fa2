package org.edalat.filing.web;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.edalat.filing.application.FilingView;
import org.edalat.filing.application.OfficeFilings;
import org.edalat.filing.domain.FilingKind;
import org.edalat.filing.domain.FilingPath;
import org.edalat.filing.domain.FilingStep;
import org.edalat.filing.fees.ExemptionBasis;
import org.edalat.filing.fees.OfficeService;
import org.edalat.filing.fees.Rials;
import org.edalat.filing.fees.TariffApproval;
import org.edalat.filing.fees.TariffVersion;
import org.edalat.platform.BusinessException;

/**
 * office/filing.xhtml[?id=…]: the clerk's wizard of the office path (S0-4), one step after the other
 * as {@link OfficeFilings} takes them: the applicant's identity (a verified SANA account) and the
 * filing form → the office's services under the tariff in force, with the applicant's exemption
 * if any (S0-13, S0-13.2, S0-14), and the judicial fee → payment at the bank (S0-13.1) → the papers
 * digitised → shown to the applicant → each document confirmed against its paper → tracking code
 * and sending (S4-6), with the access secret shown this once. A filing in progress is resumed at its
 * step by its id. The upload, the payment and the sending are {@link FilingWizardBacking}'s.
 */
@Named
@ViewScoped
public class OfficeFilingBacking extends FilingWizardBacking {
    private static final long serialVersionUID = 1L;

    /**
     * The wizard's steps (p:steps), as the office path's steps taken (S0-4); the tracking code is
     * issued with the sending.
     */
    static final List<FilingStep> STEPS = FilingPath.OFFICE.steps().stream()
            .filter(step -> step != FilingStep.TRACKING_CODE_ISSUED)
            .toList();

    @EJB
    private OfficeFilings filings;

    @EJB
    private TariffApproval tariffs;

    private String applicantKey;

    private final List<OfficeFilingItem> items = new ArrayList<>();
    private ExemptionBasis exemptionBasis;
    private String tariffId;
    private EnumMap<OfficeService, Long> unitTariffs;

    public OfficeFilingBacking() {
        super("/office/filing.xhtml");
    }

    @Override
    protected Steps steps() {
        return new Steps(filings::find, filings::attach, filings::pay, filings::confirmPayment, filings::submit);
    }

    /** The tariff in force, and the usual services of a filing whose fee is computed next. */
    @Override
    protected void opened() {
        loadTariff();
        FilingView filing = getFiling();
        if (filing != null && filing.step() == FilingStep.IDENTITY_VERIFIED) {
            defaultItems(filing.kind());
        }
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
        return start(
                "office.filing.opened",
                () -> filings.open(
                        applicantKey == null ? null : applicantKey.strip(),
                        getForm().draft()));
    }

    /** FEE_COMPUTED (S0-4, S0-13.2, S0-14). */
    public void computeFee() {
        take(id -> filings.computeFee(
                id, items.stream().map(OfficeFilingItem::item).toList(), exemptionBasis));
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

    /** DOCUMENTS_DIGITISED (S0-4). */
    public void digitised() {
        take(filings::digitised, FilingWizardBacking::error);
    }

    /** SHOWN_TO_APPLICANT (S0-4). */
    public void shown() {
        take(filings::shownToApplicant);
    }

    /** S0-4: document {@code seq} matches the presented paper. */
    public void confirmMatch(int seq) {
        take(id -> filings.confirmMatch(id, seq));
    }

    /** MATCHED (S0-4). */
    public void matched() {
        take(filings::matched);
    }

    /** The office's refusals of a step are shown next to the form's field when it has one. */
    @Override
    protected void refused(BusinessException refused) {
        getForm().show(refused);
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

    public List<OfficeService> getServices() {
        return List.of(OfficeService.values());
    }

    public List<ExemptionBasis> getExemptionBases() {
        return List.of(ExemptionBasis.values());
    }

    public String getTariffId() {
        return tariffId;
    }

    public String getApplicantKey() {
        return applicantKey;
    }

    public void setApplicantKey(String applicantKey) {
        this.applicantKey = applicantKey;
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
}
