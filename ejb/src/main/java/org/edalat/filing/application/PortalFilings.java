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
import java.util.List;
import org.edalat.accounts.domain.Person;
import org.edalat.filing.domain.Filing;
import org.edalat.filing.domain.FilingDraft;
import org.edalat.filing.domain.FilingNotFoundException;
import org.edalat.filing.domain.FilingPath;
import org.edalat.filing.domain.UnverifiedFilerException;
import org.edalat.filing.fees.FeeQuotes;
import org.edalat.filing.payment.PaymentView;
import org.edalat.platform.security.Role;

/**
 * The portal path of S0-3 for a citizen with a verified SANA account (S0-2, S4-5): draft the request
 * with its documents → the system computes the judicial service fee → paid electronically (S0-13.1)
 * → tracking code → sent to the judicial unit, where it awaits referral (S4-6, S4-13.3). A filer sees
 * and acts on the own filings only; anyone else's are as if they did not exist.
 */
@Stateless
@RolesAllowed(Role.Names.CITIZEN)
public class PortalFilings {
    private static final Role ROLE = Role.CITIZEN;

    @PersistenceContext(unitName = "edalat")
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private FilingSteps steps;

    @EJB
    private FeeQuotes fees;

    /** S0-3: the caller drafts a filing; the account must be verified (S0-2, S4-10). */
    public FilingView draft(FilingDraft draft) {
        FilingStore store = new FilingStore(em);
        String me = caller();
        Person filer = store.personByUsername(me).orElseThrow(UnverifiedFilerException::new);
        if (!filer.isVerified()) {
            throw new UnverifiedFilerException();
        }
        store.requireUnit(draft.unitCode());
        Filing filing = Filing.draftedOnPortal(draft, filer.identityKey(), me, Instant.now());
        em.persist(filing);
        em.flush();
        steps.audit(ROLE, filing, "to unit " + filing.unitCode());
        return FilingView.of(filing);
    }

    /** S0-3: attaches a document to the caller's draft (type by content, size limit, SHA-256, pages). */
    public FilingView attach(long filingId, String fileName, byte[] content) {
        Filing filing = mine(filingId);
        steps.attach(ROLE, filing, fileName, content);
        return FilingView.of(filing);
    }

    /** FEE_COMPUTED (S0-3): the judicial service fee from the schedule in force today. */
    public FilingView computeFee(long filingId) {
        Filing filing = mine(filingId);
        filing.feeComputed(fees.quote(filing.kind(), filing.claimValue(), FilingSteps.today()), List.of(), null);
        steps.audit(
                ROLE,
                filing,
                "judicial fee " + filing.judicialFee().value() + " (" + filing.feeScheduleVersion() + ")");
        return FilingView.of(filing);
    }

    /**
     * Opens the payment of the fee (S0-13.1) and answers it with the bank's redirect; null when
     * nothing is due, the filing then being PAID at once.
     */
    public PaymentView pay(long filingId) {
        return steps.pay(ROLE, mine(filingId));
    }

    /** PAID (S0-13.1): after the bank's settlement of exactly the amount due. */
    public FilingView confirmPayment(long filingId) {
        Filing filing = mine(filingId);
        steps.confirmPayment(ROLE, filing);
        return FilingView.of(filing);
    }

    /** TRACKING_CODE_ISSUED and SENT (S0-3, S4-6): the code and the access secret, shown once. */
    public Submitted submit(long filingId) {
        return steps.submit(ROLE, mine(filingId));
    }

    /** One of the caller's filings, on either path (an office files in the applicant's name). */
    public FilingView find(long filingId) {
        return FilingView.of(own(filingId));
    }

    /** The caller's filings, newest first. */
    public List<FilingView> filings(int first, int max) {
        return new FilingStore(em)
                .filedBy(caller(), first, max).stream().map(FilingView::of).toList();
    }

    public long countFilings() {
        return new FilingStore(em).countFiledBy(caller());
    }

    /** The content of document {@code seq} of one of the caller's filings. */
    public DocumentContent document(long filingId, int seq) {
        return steps.content(own(filingId), seq);
    }

    private Filing own(long filingId) {
        Filing filing = em.find(Filing.class, filingId);
        if (filing == null || !filing.isFiledBy(caller())) {
            throw new FilingNotFoundException();
        }
        return filing;
    }

    /** The caller's portal filing, locked for a step. */
    private Filing mine(long filingId) {
        Filing filing = new FilingStore(em).lockedOrMissing(filingId);
        if (!filing.isFiledBy(caller()) || filing.path() != FilingPath.PORTAL) {
            throw new FilingNotFoundException();
        }
        return filing;
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }
}
