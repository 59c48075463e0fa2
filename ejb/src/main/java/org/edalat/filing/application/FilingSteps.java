package org.edalat.filing.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import org.edalat.filing.domain.AccessSecret;
import org.edalat.filing.domain.DocumentInspector;
import org.edalat.filing.domain.DocumentStore;
import org.edalat.filing.domain.Filing;
import org.edalat.filing.domain.FilingDocument;
import org.edalat.filing.domain.FilingKind;
import org.edalat.filing.domain.FilingNotFoundException;
import org.edalat.filing.domain.FilingNotPaidException;
import org.edalat.filing.domain.FilingPath;
import org.edalat.filing.domain.FilingStep;
import org.edalat.filing.domain.InspectedDocument;
import org.edalat.filing.domain.PaymentBasis;
import org.edalat.filing.domain.StepOutOfOrderException;
import org.edalat.filing.domain.TrackingCode;
import org.edalat.filing.domain.TrackingCodeGenerator;
import org.edalat.filing.fees.Rials;
import org.edalat.filing.fees.TariffVersion;
import org.edalat.filing.payment.PayableType;
import org.edalat.filing.payment.PaymentService;
import org.edalat.filing.payment.PaymentView;
import org.edalat.platform.audit.AuditTrail;
import org.edalat.platform.security.Role;
import org.edalat.referral.application.CaseIntake;
import org.edalat.referral.domain.RegisteredCase;

/**
 * The steps the portal, office and report services share, run inside the calling service's
 * transaction with its collaborators; the calling service has checked who may act on the filing.
 * Each step is audited with the rule that orders it: S0-3 (portal), S0-4 (office), S0-5 / S0-6
 * (reports), S0-13.1 (payment), S4-6 (the hand-off to the unit). It runs only inside the calling
 * service's transaction ({@code MANDATORY}) and audits in the role the caller acts in, which the
 * audit trail checks the caller holds; it decides nothing about who may act on which filing.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class FilingSteps {
    /** Property: the largest document accepted, in bytes (default 10 MiB). */
    static final String MAX_DOCUMENT_BYTES = "edalat.filing.max-document-bytes";

    static final String ENTITY = "Filing";
    private static final int DRAWS = 5;
    private static final TrackingCodeGenerator CODES = new TrackingCodeGenerator();

    @PersistenceContext(unitName = "edalat")
    private EntityManager em;

    @Inject
    private AuditTrail audit;

    @EJB
    private DocumentStore documents;

    @EJB
    private PaymentService payments;

    @EJB
    private CaseIntake intake;

    /** The rule a step of {@code filing} is audited with. */
    public static String ruleOf(Filing filing, FilingStep step) {
        return switch (step) {
            case PAID -> PaymentService.RULE;
            case SENT -> "S4-6";
            default -> filing.kind() == FilingKind.FLAGRANT_PRELIMINARY_CASE
                    ? "S0-6"
                    : filing.kind().isReport() ? "S0-5" : filing.path().ruleId();
        };
    }

    /** Audits the step {@code filing} just took, as {@code role}. */
    public void audit(Role role, Filing filing, String detail) {
        FilingStep step = filing.step();
        audit.record(
                role,
                "filing." + step.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                ENTITY,
                String.valueOf(filing.id()),
                ruleOf(filing, step),
                filing.kind() + " " + filing.path() + (detail == null ? "" : ": " + detail));
    }

    /** Inspects, stores and attaches one document (S0-3 upload, S0-4 digitisation). */
    public FilingDocument attach(Role role, Filing filing, String claimedName, byte[] content) {
        DocumentInspector inspector =
                new DocumentInspector(Integer.getInteger(MAX_DOCUMENT_BYTES, DocumentInspector.DEFAULT_MAX_BYTES));
        InspectedDocument inspected = inspector.inspect(content);
        documents.put(inspected, content); // first: the document row refers to the stored content
        FilingDocument document = filing.attach(inspected, claimedName);
        em.flush();
        audit.record(
                role,
                "filing.document",
                ENTITY,
                String.valueOf(filing.id()),
                filing.path() == FilingPath.OFFICE ? "S0-4" : ruleOf(filing, FilingStep.DRAFTED),
                "document " + document.seq() + " " + inspected.type() + " " + inspected.pages() + " page(s), sha256 "
                        + inspected.sha256());
        return document;
    }

    /** Today in Tehran: fees and tariffs apply by the Iranian calendar day. */
    public static LocalDate today() {
        return LocalDate.now(TariffVersion.TEHRAN);
    }

    /**
     * Opens the payment of what is due (S0-13.1) and returns it with the bank's redirect; when
     * nothing is due the filing takes the step PAID at once and the answer is null.
     */
    public PaymentView pay(Role role, Filing filing) {
        FilingStep next = filing.progress().next();
        if (next != FilingStep.PAID) {
            throw new StepOutOfOrderException(filing.path(), FilingStep.PAID, next);
        }
        Rials due = filing.amountDue();
        if (due.isZero()) {
            filing.paid(PaymentBasis.NOTHING_DUE);
            audit(role, filing, "nothing due");
            return null;
        }
        return payments.create(PayableType.FILING, String.valueOf(filing.id()), due);
    }

    /** PAID (S0-13.1): only when a settled payment of exactly the amount due exists. */
    public void confirmPayment(Role role, Filing filing) {
        Rials due = filing.amountDue();
        Rials settled = payments.settledAmount(PayableType.FILING, String.valueOf(filing.id()))
                .orElseThrow(FilingNotPaidException::new);
        if (!settled.equals(due)) {
            throw new FilingNotPaidException();
        }
        filing.paid(PaymentBasis.SETTLED);
        audit(role, filing, "settled " + settled.value());
    }

    /**
     * TRACKING_CODE_ISSUED then SENT (S0-3, S0-4, S0-5, S4-6), in the caller's transaction with the
     * registration of the case awaiting referral: no filing is sent and lost. The code is drawn at
     * random and drawn again while taken; the unique constraint on it has the last word.
     */
    public Submitted submit(Role role, Filing filing) {
        TrackingCode code = CODES.next();
        FilingStore store = new FilingStore(em);
        for (int draw = 1; store.codeTaken(code); draw++) {
            if (draw >= DRAWS) {
                throw new IllegalStateException("no free tracking code in " + DRAWS + " draws");
            }
            code = CODES.next();
        }
        String secret = AccessSecret.generate();
        filing.trackingCodeIssued(code, AccessSecret.hash(secret));
        em.flush(); // the unique constraint decides now, before anything is sent
        audit(role, filing, "tracking code " + code.value());
        Instant now = Instant.now();
        filing.sent(now);
        intake.register(RegisteredCase.arrived(
                filing.id(),
                filing.unitCode(),
                filing.kind().name(),
                code.value(),
                filing.subject(),
                filing.isClassified(),
                now));
        audit(role, filing, "to unit " + filing.unitCode() + ", awaiting referral");
        return new Submitted(FilingView.of(filing), code.value(), secret);
    }

    /** The content of document {@code seq} of {@code filing}, as stored. */
    public DocumentContent content(Filing filing, int seq) {
        FilingDocument document = filing.documents().stream()
                .filter(d -> d.seq() == seq)
                .findFirst()
                .orElseThrow(FilingNotFoundException::new);
        byte[] bytes = documents
                .get(document.digest())
                .orElseThrow(
                        () -> new IllegalStateException("document " + document.digest() + " missing from the store"));
        return new DocumentContent(document.fileName(), document.mediaType(), bytes);
    }
}
