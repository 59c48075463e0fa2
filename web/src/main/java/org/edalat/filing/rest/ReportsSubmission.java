package org.edalat.filing.rest;

import jakarta.ejb.EJBException;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.edalat.filing.application.ReportIntake;
import org.edalat.filing.application.Submitted;
import org.edalat.filing.application.Upload;
import org.edalat.filing.domain.FilingDraft;
import org.edalat.platform.BusinessException;

/**
 * The idempotent submission of a report (S0-5) the REST resource and the SOAP endpoint share: {@link
 * ReportIntake#submit} answers a retry of a registered request itself; when two first attempts of
 * one request run at the same time, the unique constraint on (sender, request id) lets one commit
 * and the other fail with a system exception, after which the report the first registered is looked
 * up ({@link ReportIntake#find}) and answered as a retry.
 */
public final class ReportsSubmission {
    private static final Logger LOG = Logger.getLogger(ReportsSubmission.class.getName());

    /** Look-ups after a concurrent first attempt failed, waiting a little longer each time. */
    private static final int LOOKUPS = 5;

    private static final long WAIT_MILLIS = 100;

    private ReportsSubmission() {}

    /** What a submission gave: the report, and whether it had been registered before (a retry). */
    public record Outcome(Submitted submitted, boolean replayed) {}

    /** Submits the report of {@code requestId}, or answers the one registered under it before. */
    public static Outcome submit(ReportIntake intake, String requestId, FilingDraft draft, List<Upload> documents) {
        try {
            Submitted submitted = intake.submit(requestId, draft, documents);
            // a retry found the report of an earlier call: the access secret was given then, not now
            return new Outcome(submitted, submitted.accessSecret() == null);
        } catch (EJBException failure) {
            if (hasBusinessCause(failure)) {
                throw failure;
            }
            Optional<Submitted> first = registeredMeanwhile(intake, requestId);
            if (first.isEmpty()) {
                throw failure;
            }
            LOG.log(
                    Level.FINE,
                    "concurrent first attempt of report request " + requestId + " lost; answered as a retry",
                    failure);
            return new Outcome(first.get(), true);
        }
    }

    private static Optional<Submitted> registeredMeanwhile(ReportIntake intake, String requestId) {
        for (int attempt = 1; attempt <= LOOKUPS; attempt++) {
            Optional<Submitted> found = intake.find(requestId);
            if (found.isPresent()) {
                return found;
            }
            try {
                Thread.sleep(WAIT_MILLIS * attempt);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return Optional.empty();
    }

    private static boolean hasBusinessCause(Throwable failure) {
        int depth = 0;
        for (Throwable cause = failure; cause != null && depth++ < 16; cause = cause.getCause()) {
            if (cause instanceof BusinessException) {
                return true;
            }
            if (cause instanceof EJBException ejb && ejb.getCause() == null && ejb.getCausedByException() != null) {
                cause = ejb.getCausedByException();
                if (cause instanceof BusinessException) {
                    return true;
                }
            }
        }
        return false;
    }
}
