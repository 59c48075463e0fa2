package org.edalat.filing.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.edalat.filing.application.FilingView;
import org.edalat.filing.application.PortalFilings;
import org.edalat.filing.domain.FilingPath;
import org.edalat.platform.web.PageSource;
import org.edalat.platform.web.PagedModel;

/**
 * portal/filings.xhtml: the citizen's own filings, on the portal (S0-3) or filed in the citizen's
 * name at an office (S0-4), newest first, paged, with the step and the tracking code; a portal
 * filing in progress is resumed on portal/filing.xhtml?id=….
 */
@Named
@ViewScoped
public class PortalFilingsBacking implements PageSource<PortalFilingsBacking.Row> {
    private static final long serialVersionUID = 1L;

    /** A row: what the list shows of a filing (Serializable). */
    public record Row(
            long id,
            Instant createdAt,
            String kind,
            String path,
            String unitCode,
            String subject,
            String step,
            boolean sent,
            String trackingCode)
            implements Serializable {
        /** Whether the filer continues it on the portal (a portal filing not yet sent). */
        public boolean resumable() {
            return !sent && FilingPath.PORTAL.name().equals(path);
        }
    }

    @EJB
    private PortalFilings filings;

    private final PagedModel<Row> model = new PagedModel<>(this);

    @Override
    public long count() {
        return filings.countFilings();
    }

    @Override
    public List<Row> page(int first, int max) {
        return filings.filings(first, max).stream()
                .map(PortalFilingsBacking::row)
                .toList();
    }

    static Row row(FilingView f) {
        return new Row(
                f.id(),
                f.createdAt(),
                f.kind().name(),
                f.path().name(),
                f.unitCode(),
                f.subject(),
                f.step().name(),
                f.sent(),
                f.trackingCode() == null ? null : PortalFilingForm.formatted(f.trackingCode()));
    }

    public PagedModel<Row> getModel() {
        return model;
    }
}
