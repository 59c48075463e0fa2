package org.edalat.filing.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.edalat.filing.application.FilingView;
import org.edalat.filing.application.PortalFilings;
import org.edalat.filing.domain.FilingPath;
import org.edalat.filing.domain.FilingStep;

/**
 * portal/filing.xhtml[?id=…]: a citizen's filing on the portal (S0-3), one step after the other as
 * {@link PortalFilings} takes them: the request drafted with its documents → the judicial service
 * fee computed → paid at the bank (S0-13.1) → tracking code and sending to the unit (S4-6), with the
 * access secret for the public status page shown this once. A filing in progress is resumed at its
 * step by its id; one filed at an office in the citizen's name is shown, not worked on. The upload,
 * the payment and the sending are {@link FilingWizardBacking}'s.
 */
@Named
@ViewScoped
public class PortalFilingBacking extends FilingWizardBacking {
    private static final long serialVersionUID = 1L;

    @EJB
    private PortalFilings filings;

    public PortalFilingBacking() {
        super("/portal/filing.xhtml");
    }

    @Override
    protected Steps steps() {
        return new Steps(filings::find, filings::attach, filings::pay, filings::confirmPayment, filings::submit);
    }

    /** DRAFTED (S0-3): the request is saved; its documents are attached next. */
    public String draft() {
        return start("portal.filing.drafted", () -> filings.draft(getForm().draft()));
    }

    /** FEE_COMPUTED (S0-3). */
    public void computeFee() {
        take(filings::computeFee);
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
            case "DRAFT" -> f == null && !isMissing();
            case "DOCUMENTS" -> current == FilingStep.DRAFTED;
            case "PAY" -> current == FilingStep.FEE_COMPUTED;
            case "SUBMIT" -> current == FilingStep.PAID;
            case "SENT" -> current == FilingStep.SENT || current == FilingStep.TRACKING_CODE_ISSUED;
            default -> false;
        };
    }
}
