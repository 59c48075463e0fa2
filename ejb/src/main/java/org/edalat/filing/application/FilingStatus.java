package org.edalat.filing.application;

import java.time.Instant;
import org.edalat.filing.domain.FilingKind;
import org.edalat.filing.domain.FilingStep;

/**
 * What the public status page shows of a filing (S4-5: following a filing up through SAKHA): its
 * kind, the step it reached, the unit and when it was sent; never its text, parties or documents.
 */
public record FilingStatus(
        String trackingCode,
        FilingKind kind,
        FilingStep step,
        String unitCode,
        Instant createdAt,
        Instant sentAt,
        String caseStatus) {}
