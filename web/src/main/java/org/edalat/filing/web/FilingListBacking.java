package org.edalat.filing.web;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.function.LongSupplier;
import org.edalat.filing.application.FilingView;
import org.edalat.filing.domain.FilingPath;
import org.edalat.platform.web.PageSource;
import org.edalat.platform.web.PagedModel;

/**
 * What the two lists of filings share, the citizen's ({@link PortalFilingsBacking}, S0-3) and the
 * office's ({@link OfficeFilingsBacking}, S0-4): newest first, paged, one {@link Row} a filing. Each
 * list names its path's service through {@link #source()}.
 */
public abstract class FilingListBacking implements PageSource<FilingListBacking.Row> {
    private static final long serialVersionUID = 1L;

    /** A row: what a list shows of a filing (Serializable, no service view in the view state). */
    public record Row(
            long id,
            Instant createdAt,
            String kind,
            String path,
            String applicant,
            String unitCode,
            String subject,
            String step,
            boolean sent,
            String trackingCode)
            implements Serializable {
        static Row of(FilingView f) {
            return new Row(
                    f.id(),
                    f.createdAt(),
                    f.kind().name(),
                    f.path().name(),
                    f.filerKey(),
                    f.unitCode(),
                    f.subject(),
                    f.step().name(),
                    f.sent(),
                    f.trackingCode() == null ? null : PortalFilingForm.formatted(f.trackingCode()));
        }

        /** Whether the filer continues it on the portal (a portal filing not yet sent). */
        public boolean resumable() {
            return !sent && FilingPath.PORTAL.name().equals(path);
        }
    }

    /** A page of the filings: {@code filings(first, max)} of the path's service. */
    @FunctionalInterface
    protected interface Page {
        List<FilingView> filings(int first, int max);
    }

    /** The operations of the path's service (PortalFilings, OfficeFilings) a list reads. */
    protected record Source(LongSupplier count, Page page) {}

    private final PagedModel<Row> model = new PagedModel<>(this);

    /** The path's service (read each time: method references to the injected EJB, not kept). */
    protected abstract Source source();

    @Override
    public long count() {
        return source().count().getAsLong();
    }

    @Override
    public List<Row> page(int first, int max) {
        return source().page().filings(first, max).stream().map(Row::of).toList();
    }

    public PagedModel<Row> getModel() {
        return model;
    }
}
