package org.edalat.filing.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.edalat.filing.application.OfficeFilings;

/**
 * office/filings.xhtml: the filings of the clerk's office (S0-4), newest first, paged, with the
 * applicant; one in progress is resumed at its step on office/filing.xhtml?id=….
 */
@Named
@ViewScoped
public class OfficeFilingsBacking extends FilingListBacking {
    private static final long serialVersionUID = 1L;

    @EJB
    private OfficeFilings filings;

    @Override
    protected Source source() {
        return new Source(filings::countFilings, filings::filings);
    }
}
