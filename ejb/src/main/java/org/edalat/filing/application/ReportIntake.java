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
import java.util.Optional;
import org.edalat.filing.domain.Filing;
import org.edalat.filing.domain.FilingDraft;
import org.edalat.filing.domain.InvalidFilingException;
import org.edalat.filing.domain.PaymentBasis;
import org.edalat.filing.fees.FeeQuotes;
import org.edalat.platform.security.Role;

/**
 * Reports of law-enforcement officers, official experts and other bodies (S0-5) and preliminary
 * cases of flagrant crimes (S0-6), sent by their systems: registered, given a tracking code and sent
 * to the judicial unit in one transaction (no fee: the path's fee and payment steps are taken with
 * nothing due). Idempotent on the sender's request id: a retry of a registered request answers the
 * same tracking code and registers nothing. A classified report (S0-5 note) is shown only to its
 * sender and the addressed unit's staff.
 */
@Stateless
@RolesAllowed(Role.Names.AGENCY_API)
public class ReportIntake {
    private static final Role ROLE = Role.AGENCY_API;

    @PersistenceContext(unitName = "edalat")
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private FilingSteps steps;

    @EJB
    private FeeQuotes fees;

    /**
     * Registers and sends the report of request {@code requestId}, or answers the one registered
     * under it before. Two concurrent first attempts of one request: the unique constraint on
     * (sender, request id) lets one commit; the other fails and its retry finds the first.
     */
    public Submitted submit(String requestId, FilingDraft draft, List<Upload> documents) {
        String sender = caller();
        FilingStore store = new FilingStore(em);
        Optional<Filing> earlier = store.byRequest(sender, requestId);
        if (earlier.isPresent()) {
            return retried(earlier.get());
        }
        if (documents != null && documents.size() > Filing.MAX_DOCUMENTS) {
            throw new InvalidFilingException(
                    "documents", "too-many-documents", "یک گزارش حداکثر ۲۰ سند می‌تواند داشته باشد.");
        }
        store.requireUnit(draft.unitCode());
        Filing filing = Filing.reported(draft, sender, requestId, Instant.now());
        em.persist(filing);
        em.flush();
        steps.audit(ROLE, filing, "request " + filing.clientRequestId() + " to unit " + filing.unitCode());
        if (documents != null) {
            for (Upload upload : documents) {
                steps.attach(
                        ROLE,
                        filing,
                        upload == null ? null : upload.fileName(),
                        upload == null ? null : upload.content());
            }
        }
        filing.feeComputed(fees.quote(filing.kind(), null, FilingSteps.today()), List.of(), null);
        steps.audit(ROLE, filing, "no fee for a report");
        filing.paid(PaymentBasis.NOTHING_DUE);
        steps.audit(ROLE, filing, "nothing due");
        return steps.submit(ROLE, filing);
    }

    /** The report the caller registered under {@code requestId}, if any. */
    public Optional<Submitted> find(String requestId) {
        return new FilingStore(em).byRequest(caller(), requestId).map(ReportIntake::retried);
    }

    private static Submitted retried(Filing filing) {
        return new Submitted(FilingView.of(filing), filing.trackingCode().value(), null);
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }
}
