package org.edalat.filing.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.edalat.filing.application.FilingView;
import org.edalat.filing.application.OfficeFilings;
import org.edalat.platform.web.PageSource;
import org.edalat.platform.web.PagedModel;

/**
 * office/filings.xhtml: the filings of the clerk's office (S0-4), newest first, paged; one in
 * progress is resumed at its step on office/filing.xhtml?id=….
 */
@Named
@ViewScoped
public class OfficeFilingsBacking implements PageSource<OfficeFilingsBacking.Row> {
    private static final long serialVersionUID = 1L;

    /** A row: what the list shows of a filing (Serializable, no service view in the view state). */
    public record Row(
            long id,
            Instant createdAt,
            String kind,
            String applicant,
            String unitCode,
            String step,
            boolean sent,
            String trackingCode)
            implements Serializable {}

    @EJB
    private OfficeFilings filings;

    private final PagedModel<Row> model = new PagedModel<>(this);

    @Override
    public long count() {
        return filings.countFilings();
    }

    @Override
    public List<Row> page(int first, int max) {
        return filings.filings(first, max).stream()
                .map(OfficeFilingsBacking::row)
                .toList();
    }

    static Row row(FilingView f) {
        return new Row(
                f.id(),
                f.createdAt(),
                f.kind().name(),
                f.filerKey(),
                f.unitCode(),
                f.step().name(),
                f.sent(),
                f.trackingCode() == null ? null : PortalFilingForm.formatted(f.trackingCode()));
    }

    public PagedModel<Row> getModel() {
        return model;
    }
}
