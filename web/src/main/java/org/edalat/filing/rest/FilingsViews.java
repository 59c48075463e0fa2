package org.edalat.filing.rest;

import java.time.Instant;
import java.util.List;
import org.edalat.filing.application.FilingView;
import org.edalat.filing.application.Submitted;
import org.edalat.filing.domain.FilingStep;
import org.edalat.filing.domain.TrackingCode;

/** The answers of the filing API that are not a service's own record. */
public final class FilingsViews {
    private FilingsViews() {}

    /** A page of the caller's filings, newest first. */
    public record FilingPage(List<FilingView> items, long total, int first, int max) {}

    /**
     * A filing submitted (S0-3): the tracking code and the access secret for the public status page,
     * shown this once (only its hash is kept).
     */
    public record SubmissionView(
            long filingId,
            String trackingCode,
            String trackingCodeFormatted,
            String accessSecret,
            FilingStep step,
            Instant sentAt) {
        static SubmissionView of(Submitted submitted) {
            return new SubmissionView(
                    submitted.filing().id(),
                    submitted.trackingCode(),
                    formatted(submitted.trackingCode()),
                    submitted.accessSecret(),
                    submitted.filing().step(),
                    submitted.filing().sentAt());
        }
    }

    /** A stored tracking code for people: {@code 4929-1837-5520-6618}. */
    static String formatted(String trackingCode) {
        return trackingCode == null ? null : TrackingCode.of(trackingCode).formatted();
    }
}
