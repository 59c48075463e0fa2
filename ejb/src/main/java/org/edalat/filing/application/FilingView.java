package org.edalat.filing.application;

import java.time.Instant;
import java.util.List;
import org.edalat.filing.domain.Filing;
import org.edalat.filing.domain.FilingCharge;
import org.edalat.filing.domain.FilingDocument;
import org.edalat.filing.domain.FilingKind;
import org.edalat.filing.domain.FilingParty;
import org.edalat.filing.domain.FilingPath;
import org.edalat.filing.domain.FilingStep;
import org.edalat.filing.domain.PartyRole;

/** A filing as its filer, the office clerk or the unit's staff see it (amounts in Rials). */
public record FilingView(
        long id,
        FilingKind kind,
        FilingPath path,
        FilingStep step,
        FilingStep nextStep,
        String filerUsername,
        String filerKey,
        String unitCode,
        String subject,
        String body,
        Long claimValue,
        String caseReference,
        boolean classified,
        String officeCode,
        String clerk,
        Long judicialFee,
        String feeScheduleVersion,
        Long officeTotal,
        Long amountDue,
        String exemptionBasis,
        String exemptionReference,
        String paymentBasis,
        String trackingCode,
        Instant createdAt,
        Instant sentAt,
        List<Party> parties,
        List<Document> documents,
        List<Charge> charges) {

    /** A party of the filing. */
    public record Party(PartyRole role, String name, String nationalCode, String personKey, String address) {}

    /** A document of the filing; its content is fetched by number. */
    public record Document(
            int seq,
            String fileName,
            String mediaType,
            long size,
            int pages,
            String sha256,
            boolean matched,
            String matchedBy,
            Instant matchedAt) {}

    /** An office charge of the filing (S0-13.2). */
    public record Charge(
            String service, int quantity, String tariffVersionId, long tariff, long charged, long discount) {}

    static FilingView of(Filing f) {
        return new FilingView(
                f.id(),
                f.kind(),
                f.path(),
                f.step(),
                f.progress().next(),
                f.filerUsername(),
                f.filerKey(),
                f.unitCode(),
                f.subject(),
                f.body(),
                f.claimValue(),
                f.caseReference(),
                f.isClassified(),
                f.officeCode(),
                f.clerk(),
                f.judicialFee() == null ? null : f.judicialFee().value(),
                f.feeScheduleVersion(),
                f.officeTotal() == null ? null : f.officeTotal().value(),
                f.judicialFee() == null ? null : f.amountDue().value(),
                f.exemptionBasis() == null ? null : f.exemptionBasis().name(),
                f.exemptionReference(),
                f.paymentBasis() == null ? null : f.paymentBasis().name(),
                f.trackingCode() == null ? null : f.trackingCode().value(),
                f.createdAt(),
                f.sentAt(),
                f.parties().stream().map(FilingView::party).toList(),
                f.documents().stream().map(FilingView::document).toList(),
                f.charges().stream().map(FilingView::charge).toList());
    }

    private static Party party(FilingParty p) {
        return new Party(p.role(), p.name(), p.nationalCode(), p.personKey(), p.address());
    }

    private static Document document(FilingDocument d) {
        return new Document(
                d.seq(),
                d.fileName(),
                d.mediaType(),
                d.size(),
                d.pages(),
                d.digest(),
                d.isMatched(),
                d.matchedBy(),
                d.matchedAt());
    }

    private static Charge charge(FilingCharge c) {
        return new Charge(
                c.service().name(),
                c.quantity(),
                c.tariffVersionId(),
                c.tariff().value(),
                c.charged().value(),
                c.discount().value());
    }

    /** Whether the filing was sent to its unit. */
    public boolean sent() {
        return step == FilingStep.SENT;
    }
}
