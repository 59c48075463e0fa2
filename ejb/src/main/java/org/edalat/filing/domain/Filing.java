package org.edalat.filing.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.edalat.filing.fees.Exemption;
import org.edalat.filing.fees.ExemptionBasis;
import org.edalat.filing.fees.FeeBasis;
import org.edalat.filing.fees.FeeQuote;
import org.edalat.filing.fees.OfficeCharge;
import org.edalat.filing.fees.Rials;
import org.edalat.filing.fees.RialsConverter;

/**
 * A filing (S0-2): a complaint, petition or submission of a party, or a report of an officer or
 * expert (S0-5, S0-6), on its path (S0-3 portal, S0-4 office). Every change is a step of the path,
 * taken through {@link FilingProgress} so that none is skipped or repeated: the fee is computed
 * before it is paid, paid before (at an office) the papers are digitised, shown and matched, and
 * only then does the filing get its tracking code and go to the judicial unit (S4-6).
 */
@Entity
@Table(name = "filing")
public class Filing {
    /** Most documents a filing may have. */
    public static final int MAX_DOCUMENTS = 20;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "filing_seq")
    @SequenceGenerator(name = "filing_seq", sequenceName = "filing_seq", allocationSize = 50)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", length = 40, nullable = false, updatable = false)
    private FilingKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "path", length = 10, nullable = false, updatable = false)
    private FilingPath path;

    @Enumerated(EnumType.STRING)
    @Column(name = "step", length = 30, nullable = false)
    private FilingStep step;

    @Column(name = "filer_key", length = 20, updatable = false)
    private String filerKey;

    @Column(name = "filer_username", length = 100, nullable = false, updatable = false)
    private String filerUsername;

    @Column(name = "unit_code", length = 20, nullable = false, updatable = false)
    private String unitCode;

    @Column(name = "subject", length = 200, nullable = false, updatable = false)
    private String subject;

    @Column(name = "body", length = FilingDraft.MAX_BODY, nullable = false, updatable = false)
    private String body;

    @Column(name = "claim_value", updatable = false)
    private Long claimValue;

    @Column(name = "case_reference", length = 40, updatable = false)
    private String caseReference;

    @Column(name = "classified", nullable = false, updatable = false)
    private boolean classified;

    @Column(name = "office_code", length = 20, updatable = false)
    private String officeCode;

    @Column(name = "clerk", length = 100, updatable = false)
    private String clerk;

    @Convert(converter = RialsConverter.class)
    @Column(name = "judicial_fee")
    private Rials judicialFee;

    @Column(name = "fee_schedule_version", length = 40)
    private String feeScheduleVersion;

    @Enumerated(EnumType.STRING)
    @Column(name = "fee_basis", length = 30)
    private FeeBasis feeBasis;

    @Convert(converter = RialsConverter.class)
    @Column(name = "office_total")
    private Rials officeTotal;

    @Enumerated(EnumType.STRING)
    @Column(name = "exemption_basis", length = 30)
    private ExemptionBasis exemptionBasis;

    @Column(name = "exemption_reference", length = 100)
    private String exemptionReference;

    @Column(name = "exemption_answered_at")
    private Instant exemptionAnsweredAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "payment_basis", length = 20)
    private PaymentBasis paymentBasis;

    @Embedded
    @AttributeOverride(name = "value", column = @Column(name = "tracking_code", length = TrackingCode.LENGTH))
    private TrackingCode trackingCode;

    @Column(name = "access_secret_hash", length = 64)
    private String accessSecretHash;

    @Column(name = "client_request_id", length = 100, updatable = false)
    private String clientRequestId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @ElementCollection
    @CollectionTable(name = "filing_party", joinColumns = @JoinColumn(name = "filing_id"))
    @OrderColumn(name = "seq")
    private List<FilingParty> parties = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "filing_charge", joinColumns = @JoinColumn(name = "filing_id"))
    @OrderColumn(name = "seq")
    private List<FilingCharge> charges = new ArrayList<>();

    @OneToMany(mappedBy = "filing", cascade = CascadeType.PERSIST)
    @OrderBy("seq")
    private List<FilingDocument> documents = new ArrayList<>();

    /** For JPA only. */
    protected Filing() {}

    private Filing(FilingDraft draft, FilingPath path, String filerKey, String filerUsername, Instant now) {
        this.kind = draft.kind();
        this.path = path;
        this.step = path.first();
        this.filerKey = filerKey;
        this.filerUsername = Objects.requireNonNull(filerUsername, "filerUsername");
        this.unitCode = draft.unitCode();
        this.subject = draft.subject();
        this.body = draft.body();
        this.claimValue = draft.claimValue();
        this.caseReference = draft.caseReference();
        this.classified = draft.classified();
        this.parties.addAll(draft.parties());
        this.createdAt = Objects.requireNonNull(now, "now");
    }

    /** S0-3: an account holder drafts a filing on the portal; the first step is DRAFTED. */
    public static Filing draftedOnPortal(FilingDraft draft, String filerKey, String filerUsername, Instant now) {
        if (draft.kind().isReport()) {
            throw new InvalidFilingException(
                    "kind", "report-kind-on-portal", "گزارش ضابط یا کارشناس از درگاه اشخاص ثبت نمی‌شود.");
        }
        return new Filing(draft, FilingPath.PORTAL, Objects.requireNonNull(filerKey, "filerKey"), filerUsername, now);
    }

    /**
     * S0-4: a clerk of {@code officeCode} opens a filing for an applicant whose identity the office
     * has verified; the first step is IDENTITY_VERIFIED.
     */
    public static Filing openedAtOffice(
            FilingDraft draft,
            String applicantKey,
            String applicantUsername,
            String officeCode,
            String clerk,
            Instant now) {
        if (draft.kind().isReport()) {
            throw new InvalidFilingException(
                    "kind", "report-kind-at-office", "گزارش ضابط یا کارشناس در دفتر خدمات ثبت نمی‌شود.");
        }
        Filing filing = new Filing(
                draft, FilingPath.OFFICE, Objects.requireNonNull(applicantKey, "applicantKey"), applicantUsername, now);
        filing.officeCode = Objects.requireNonNull(officeCode, "officeCode");
        filing.clerk = Objects.requireNonNull(clerk, "clerk");
        return filing;
    }

    /**
     * S0-5, S0-6: an officer's, expert's or other body's report, registered by its sender's system
     * under the sender's request id (a retry of the same request finds this filing again).
     */
    public static Filing reported(FilingDraft draft, String sender, String clientRequestId, Instant now) {
        if (!draft.kind().isReport()) {
            throw new InvalidFilingException(
                    "kind",
                    "not-a-report",
                    "از این درگاه فقط گزارش ضابطان، کارشناسان و دیگر مراجع ثبت می‌شود (مادهٔ ۵).");
        }
        if (clientRequestId == null || !clientRequestId.strip().matches("[A-Za-z0-9._:-]{1,100}")) {
            throw new InvalidFilingException(
                    "requestId",
                    "invalid-request-id",
                    "شناسهٔ درخواست فرستنده (حداکثر ۱۰۰ نویسهٔ لاتین، رقم، . _ : -) لازم است.");
        }
        Filing filing = new Filing(draft, FilingPath.PORTAL, null, sender, now);
        filing.clientRequestId = clientRequestId.strip();
        return filing;
    }

    // ---- documents --------------------------------------------------------------------------

    /**
     * Adds an inspected document kept in the store under its digest: on the portal while DRAFTED
     * (S0-3: the request with its documents), at an office while digitising, that is after payment
     * and before the step DOCUMENTS_DIGITISED (S0-4).
     */
    public FilingDocument attach(InspectedDocument inspected, String claimedName) {
        boolean open = path == FilingPath.PORTAL ? step == FilingStep.DRAFTED : step == FilingStep.PAID;
        if (!open) {
            throw new DocumentsLockedException();
        }
        if (documents.size() >= MAX_DOCUMENTS) {
            throw new TooManyDocumentsException();
        }
        FilingDocument document = new FilingDocument(this, documents.size() + 1, inspected, claimedName);
        documents.add(document);
        return document;
    }

    // ---- the steps ----------------------------------------------------------------------------

    /**
     * FEE_COMPUTED (S0-3, S0-4): the judicial service fee the system computed and, at an office, the
     * office's charges under the ratified tariff (S0-13.2) with the client's exemption if any (S0-14).
     */
    public void feeComputed(FeeQuote quote, List<OfficeCharge> officeCharges, Exemption exemption) {
        Objects.requireNonNull(quote, "quote");
        if (quote.kind() != kind) {
            throw new IllegalArgumentException("quote for " + quote.kind() + ", filing is " + kind);
        }
        List<OfficeCharge> items = officeCharges == null ? List.of() : officeCharges;
        if (path == FilingPath.PORTAL && !items.isEmpty()) {
            throw new IllegalArgumentException("no office charges on the portal path");
        }
        take(FilingStep.FEE_COMPUTED);
        this.judicialFee = quote.amount();
        this.feeScheduleVersion = quote.scheduleVersionId();
        this.feeBasis = quote.basis();
        Rials total = Rials.ZERO;
        for (OfficeCharge item : items) {
            if (!item.officeCode().equals(officeCode) || (exemption != null) != item.isExempt()) {
                throw new IllegalArgumentException("charge of another office or exemption: " + item);
            }
            charges.add(new FilingCharge(item));
            total = total.plus(item.charged());
        }
        this.officeTotal = path == FilingPath.OFFICE ? total : null;
        if (exemption != null) {
            this.exemptionBasis = exemption.basis();
            this.exemptionReference = exemption.answer().reference();
            this.exemptionAnsweredAt = exemption.answer().answeredAt();
        }
    }

    /** What the filer pays: the judicial fee plus the office's charges (S0-13.1). */
    public Rials amountDue() {
        if (judicialFee == null) {
            throw new IllegalStateException("the fee is not computed yet");
        }
        return officeTotal == null ? judicialFee : judicialFee.plus(officeTotal);
    }

    /**
     * PAID (S0-13.1): settled through the payment port for exactly {@link #amountDue()}, or nothing
     * was due. The caller (the filing service) has checked the settled payment.
     */
    public void paid(PaymentBasis basis) {
        Objects.requireNonNull(basis, "basis");
        if (step == FilingStep.FEE_COMPUTED
                && basis == PaymentBasis.NOTHING_DUE
                && !amountDue().isZero()) {
            throw new FilingNotPaidException();
        }
        take(FilingStep.PAID);
        this.paymentBasis = basis;
    }

    /** DOCUMENTS_DIGITISED (S0-4): the presented papers are all in; at least one document. */
    public void digitised() {
        if (step == FilingStep.PAID && documents.isEmpty()) {
            throw new NothingToDigitiseException();
        }
        progress().digitised(documentIds()); // checks the order
        this.step = FilingStep.DOCUMENTS_DIGITISED;
    }

    /** SHOWN_TO_APPLICANT (S0-4): the electronic documents were shown to the applicant. */
    public void shownToApplicant() {
        take(FilingStep.SHOWN_TO_APPLICANT);
    }

    /** S0-4: the clerk confirms document number {@code seq} against the presented paper. */
    public FilingDocument confirmMatch(int seq, String by, Instant at) {
        FilingDocument document = documents.stream()
                .filter(d -> d.seq() == seq)
                .findFirst()
                .orElseThrow(() -> new InvalidFilingException(
                        "document", "unknown-document", "سندی با این شماره در این درخواست نیست."));
        progress().confirmMatch(String.valueOf(seq)); // only after they were shown
        if (!document.isMatched()) {
            document.matched(by, at);
        }
        return document;
    }

    /** MATCHED (S0-4): every document was confirmed against its paper. */
    public void matched() {
        take(FilingStep.MATCHED);
    }

    /** TRACKING_CODE_ISSUED (S0-3, S0-5): the code, and the hash of the access secret given to the filer. */
    public void trackingCodeIssued(TrackingCode code, String secretHash) {
        Objects.requireNonNull(code, "code");
        if (secretHash == null || !secretHash.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("secretHash");
        }
        take(FilingStep.TRACKING_CODE_ISSUED);
        this.trackingCode = code;
        this.accessSecretHash = secretHash;
    }

    /** SENT (S0-3, S0-4, S4-6): sent to the judicial unit, where it waits for referral. */
    public void sent(Instant at) {
        take(FilingStep.SENT);
        this.sentAt = Objects.requireNonNull(at, "at");
    }

    private void take(FilingStep next) {
        this.step = progress().take(next).current();
    }

    /** Where the filing stands on its path. */
    public FilingProgress progress() {
        Set<String> matched = new LinkedHashSet<>();
        for (FilingDocument d : documents) {
            if (d.isMatched()) {
                matched.add(String.valueOf(d.seq()));
            }
        }
        boolean digitisedYet = path == FilingPath.OFFICE
                && path.steps().indexOf(step) >= path.steps().indexOf(FilingStep.DOCUMENTS_DIGITISED);
        return FilingProgress.resumed(path, step, digitisedYet ? documentIds() : Set.of(), matched);
    }

    private Set<String> documentIds() {
        Set<String> ids = new LinkedHashSet<>();
        documents.forEach(d -> ids.add(String.valueOf(d.seq())));
        return ids;
    }

    // ---- who may see it ---------------------------------------------------------------------

    /** Whether {@code username} filed it (the account holder, or the report's sending system). */
    public boolean isFiledBy(String username) {
        return filerUsername.equals(username);
    }

    /** Whether {@code secretHash} is the hash of this filing's access secret. */
    public boolean hasAccessSecretHash(String secretHash) {
        return accessSecretHash != null
                && java.security.MessageDigest.isEqual(
                        accessSecretHash.getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                        secretHash.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    // ---- reading ------------------------------------------------------------------------------

    public Long id() {
        return id;
    }

    public FilingKind kind() {
        return kind;
    }

    public FilingPath path() {
        return path;
    }

    public FilingStep step() {
        return step;
    }

    public boolean isSent() {
        return step == FilingStep.SENT;
    }

    public String filerKey() {
        return filerKey;
    }

    public String filerUsername() {
        return filerUsername;
    }

    public String unitCode() {
        return unitCode;
    }

    public String subject() {
        return subject;
    }

    public String body() {
        return body;
    }

    public Long claimValue() {
        return claimValue;
    }

    public String caseReference() {
        return caseReference;
    }

    /** A classified report (S0-5 note): shown only to the addressed unit's staff and its sender. */
    public boolean isClassified() {
        return classified;
    }

    public String officeCode() {
        return officeCode;
    }

    public String clerk() {
        return clerk;
    }

    public Rials judicialFee() {
        return judicialFee;
    }

    public String feeScheduleVersion() {
        return feeScheduleVersion;
    }

    public FeeBasis feeBasis() {
        return feeBasis;
    }

    /** What the office charged in all; null on the portal path. */
    public Rials officeTotal() {
        return officeTotal;
    }

    public ExemptionBasis exemptionBasis() {
        return exemptionBasis;
    }

    public String exemptionReference() {
        return exemptionReference;
    }

    public Instant exemptionAnsweredAt() {
        return exemptionAnsweredAt;
    }

    public PaymentBasis paymentBasis() {
        return paymentBasis;
    }

    public TrackingCode trackingCode() {
        return trackingCode;
    }

    public String clientRequestId() {
        return clientRequestId;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant sentAt() {
        return sentAt;
    }

    public List<FilingParty> parties() {
        return Collections.unmodifiableList(parties);
    }

    public List<FilingCharge> charges() {
        return Collections.unmodifiableList(charges);
    }

    public List<FilingDocument> documents() {
        return Collections.unmodifiableList(documents);
    }
}
