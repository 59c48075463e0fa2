package org.edalat.filing.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.edalat.accounts.domain.IdentifierKeys;
import org.edalat.accounts.domain.NationalCode;
import org.edalat.accounts.domain.Person;
import org.edalat.filing.domain.Filing;
import org.edalat.filing.domain.FilingDraft;
import org.edalat.filing.domain.FilingNotFoundException;
import org.edalat.filing.domain.FilingPath;
import org.edalat.filing.domain.InvalidFilingException;
import org.edalat.filing.domain.NotPostedAtOfficeException;
import org.edalat.filing.domain.OfficeMayNotFileException;
import org.edalat.filing.domain.UnverifiedFilerException;
import org.edalat.filing.fees.ChargeAboveTariffException;
import org.edalat.filing.fees.Exemption;
import org.edalat.filing.fees.ExemptionBasis;
import org.edalat.filing.fees.ExemptionInquiries;
import org.edalat.filing.fees.FeeQuotes;
import org.edalat.filing.fees.NoTariffInForceException;
import org.edalat.filing.fees.OfficeCharge;
import org.edalat.filing.fees.PossibleViolation;
import org.edalat.filing.fees.PossibleViolationLog;
import org.edalat.filing.fees.ReimbursementLedger;
import org.edalat.filing.fees.Rials;
import org.edalat.filing.fees.TariffApproval;
import org.edalat.filing.fees.TariffVersion;
import org.edalat.filing.payment.PaymentView;
import org.edalat.licensing.application.LicenseStanding;
import org.edalat.platform.audit.AuditTrail;
import org.edalat.platform.security.Postings;
import org.edalat.platform.security.Role;

/**
 * The office path of S0-4, worked by a clerk of a licensed office for an applicant: identity
 * verified → the system computes the judicial fee and the office charges under the ratified tariff
 * (S0-13, S0-13.2; an exempt client pays no tariff, S0-14) → paid electronically (S0-13.1) → the
 * papers digitised → shown to the applicant → each document confirmed against its paper → tracking
 * code → sent (S4-6). A clerk works for the own office only, and an office whose license is not
 * active files nothing ({@link LicenseStanding}).
 */
@Stateless
@RolesAllowed(Role.Names.OFFICE_CLERK)
public class OfficeFilings {
    private static final Role ROLE = Role.OFFICE_CLERK;

    @PersistenceContext(unitName = "edalat")
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private FilingSteps steps;

    @Inject
    private AuditTrail audit;

    @EJB
    private FeeQuotes fees;

    @EJB
    private TariffApproval tariffs;

    @EJB
    private PossibleViolationLog violations;

    @EJB
    private ExemptionInquiries exemptions;

    @EJB
    private ReimbursementLedger ledger;

    @EJB
    private Postings postings;

    @EJB
    private LicenseStanding standing;

    /**
     * IDENTITY_VERIFIED (S0-4): the clerk has verified the applicant (a verified SANA account, by its
     * national code or other identity key) and opens the filing for the own office.
     */
    public FilingView open(String applicantKey, FilingDraft draft) {
        String office = myOffice();
        if (!standing.mayServe(office)) {
            throw new OfficeMayNotFileException();
        }
        FilingStore store = new FilingStore(em);
        String key = IdentifierKeys.normalise(applicantKey);
        Person applicant = (key == null ? null : store.personByKey(key).orElse(null));
        if (applicant == null) {
            throw new InvalidFilingException(
                    "applicantKey",
                    "unknown-applicant",
                    "متقاضی با این شناسه در سامانهٔ ثنا حساب کاربری ندارد؛ نخست او را ثبت‌نام کنید.");
        }
        if (!applicant.isVerified() || applicant.username() == null) {
            throw new UnverifiedFilerException();
        }
        store.requireUnit(draft.unitCode());
        Filing filing = Filing.openedAtOffice(
                draft, applicant.identityKey(), applicant.username(), office, caller(), Instant.now());
        em.persist(filing);
        em.flush();
        steps.audit(ROLE, filing, "applicant " + applicant.identityKey() + ", office " + office);
        return FilingView.of(filing);
    }

    /**
     * FEE_COMPUTED (S0-4): the judicial fee from the schedule and the office's items under the tariff
     * in force. With an exemption basis the body is asked (S0-14): when it confirms, every item is
     * charged nothing and goes to the Association's ledger; when not, the step is refused. An item
     * asked above the tariff is refused and recorded as a possible S0-38.k violation (S0-13.2).
     */
    public FilingView computeFee(long filingId, List<OfficeItem> items, ExemptionBasis exemptionBasis) {
        Filing filing = mine(filingId);
        if (items == null || items.isEmpty() || items.size() > 10) {
            throw new InvalidFilingException(
                    "items", "office-items-required", "خدمات دفتر (یک تا ده قلم) را تعیین کنید.");
        }
        TariffVersion tariff = tariffs.inForceAt(FilingSteps.today())
                .orElseThrow(() -> new NoTariffInForceException(FilingSteps.today()));
        Exemption exemption = exemptionBasis == null ? null : exemptions.confirm(exemptionBasis, applicantCode(filing));
        List<OfficeCharge> charges = new ArrayList<>();
        for (OfficeItem item : items) {
            if (item == null || item.service() == null) {
                throw new InvalidFilingException("items", "office-service-required", "نوع خدمت دفتر را تعیین کنید.");
            }
            charges.add(
                    exemption != null
                            ? OfficeCharge.exempt(
                                    tariff, filing.officeCode(), item.service(), item.quantity(), exemption)
                            : charge(filing, tariff, item));
        }
        filing.feeComputed(fees.quote(filing.kind(), filing.claimValue(), FilingSteps.today()), charges, exemption);
        em.flush();
        Instant now = Instant.now();
        for (OfficeCharge charge : charges) {
            if (charge.isExempt()) {
                ledger.record(charge, filing.id(), caller(), now);
            }
        }
        steps.audit(
                ROLE,
                filing,
                "judicial fee " + filing.judicialFee().value() + " (" + filing.feeScheduleVersion() + "), office "
                        + filing.officeTotal().value() + " (" + tariff.id() + ")"
                        + (exemption == null
                                ? ""
                                : ", exempt S0-14 " + exemption.basis() + " ref "
                                        + exemption.answer().reference()));
        return FilingView.of(filing);
    }

    private OfficeCharge charge(Filing filing, TariffVersion tariff, OfficeItem item) {
        Rials asked = item.asked() == null ? tariff.tariffFor(item.service(), item.quantity()) : Rials.of(item.asked());
        try {
            return OfficeCharge.charge(tariff, filing.officeCode(), item.service(), item.quantity(), asked);
        } catch (ChargeAboveTariffException refused) {
            PossibleViolation violation = refused.violation();
            violations.record(violation);
            audit.recordRefusal(
                    ROLE,
                    "filing.charge-refused",
                    FilingSteps.ENTITY,
                    String.valueOf(filing.id()),
                    "S0-13.2",
                    "possible " + PossibleViolation.RULE_ID + ": asked " + asked.value() + " for " + item.quantity()
                            + " x " + item.service() + ", tariff "
                            + violation.tariff().value() + " (" + tariff.id() + ")");
            throw refused;
        }
    }

    private NationalCode applicantCode(Filing filing) {
        if (!NationalCode.isValid(filing.filerKey())) {
            throw new InvalidFilingException(
                    "exemptionBasis", "exemption-natural-persons-only", "معافیت مادهٔ ۱۴ فقط برای اشخاص حقیقی است.");
        }
        return NationalCode.of(filing.filerKey());
    }

    /** Opens the payment of the fee and the office's charges (S0-13.1); null when nothing is due. */
    public PaymentView pay(long filingId) {
        return steps.pay(ROLE, mine(filingId));
    }

    /** PAID (S0-13.1): after the bank's settlement of exactly the amount due. */
    public FilingView confirmPayment(long filingId) {
        Filing filing = mine(filingId);
        steps.confirmPayment(ROLE, filing);
        return FilingView.of(filing);
    }

    /** S0-4: one digitised paper (PDF or image scan), while digitising. */
    public FilingView attach(long filingId, String fileName, byte[] content) {
        Filing filing = mine(filingId);
        steps.attach(ROLE, filing, fileName, content);
        return FilingView.of(filing);
    }

    /** DOCUMENTS_DIGITISED (S0-4): every presented paper is in. */
    public FilingView digitised(long filingId) {
        Filing filing = mine(filingId);
        filing.digitised();
        steps.audit(ROLE, filing, filing.documents().size() + " document(s)");
        return FilingView.of(filing);
    }

    /** SHOWN_TO_APPLICANT (S0-4): the electronic documents were shown to the applicant. */
    public FilingView shownToApplicant(long filingId) {
        Filing filing = mine(filingId);
        filing.shownToApplicant();
        steps.audit(ROLE, filing, null);
        return FilingView.of(filing);
    }

    /** S0-4: the clerk confirms document {@code seq} against the presented paper. */
    public FilingView confirmMatch(long filingId, int seq) {
        Filing filing = mine(filingId);
        filing.confirmMatch(seq, caller(), Instant.now());
        audit.record(
                ROLE,
                "filing.document-matched",
                FilingSteps.ENTITY,
                String.valueOf(filing.id()),
                "S0-4",
                "document " + seq);
        return FilingView.of(filing);
    }

    /** MATCHED (S0-4): every document was confirmed. */
    public FilingView matched(long filingId) {
        Filing filing = mine(filingId);
        filing.matched();
        steps.audit(ROLE, filing, null);
        return FilingView.of(filing);
    }

    /** TRACKING_CODE_ISSUED and SENT (S0-4, S4-6): the code and access secret for the applicant. */
    public Submitted submit(long filingId) {
        return steps.submit(ROLE, mine(filingId));
    }

    /** A filing of the clerk's office. */
    public FilingView find(long filingId) {
        return FilingView.of(ofMyOffice(filingId, false));
    }

    /** The content of document {@code seq} (to show the applicant, S0-4). */
    public DocumentContent document(long filingId, int seq) {
        return steps.content(ofMyOffice(filingId, false), seq);
    }

    /** The office's filings, newest first. */
    public List<FilingView> filings(int first, int max) {
        return new FilingStore(em)
                .ofOffice(myOffice(), first, max).stream().map(FilingView::of).toList();
    }

    public long countFilings() {
        return new FilingStore(em).countOfOffice(myOffice());
    }

    private Filing mine(long filingId) {
        return ofMyOffice(filingId, true);
    }

    private Filing ofMyOffice(long filingId, boolean forStep) {
        String office = myOffice();
        Filing filing = forStep ? new FilingStore(em).lockedOrMissing(filingId) : em.find(Filing.class, filingId);
        if (filing == null || filing.path() != FilingPath.OFFICE || !office.equals(filing.officeCode())) {
            throw new FilingNotFoundException();
        }
        if (forStep && !standing.mayServe(office)) {
            throw new OfficeMayNotFileException();
        }
        return filing;
    }

    /** The caller's office. */
    private String myOffice() {
        return postings.myOffice().orElseThrow(NotPostedAtOfficeException::new);
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }
}
