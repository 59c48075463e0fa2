package org.edalat.filing.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.edalat.filing.application.PortalFilings;

/**
 * portal/filings.xhtml: the citizen's own filings, on the portal (S0-3) or filed in the citizen's
 * name at an office (S0-4), newest first, paged, with the step and the tracking code; a portal
 * filing in progress ({@link FilingListBacking.Row#resumable()}) is resumed on
 * portal/filing.xhtml?id=….
 */
@Named
@ViewScoped
public class PortalFilingsBacking extends FilingListBacking {
    private static final long serialVersionUID = 1L;

    @EJB
    private PortalFilings filings;

    @Override
    protected Source source() {
        return new Source(filings::countFilings, filings::filings);
    }
}
