package org.edalat.filing.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Locale;
import java.util.Optional;
import org.edalat.filing.domain.AccessSecret;
import org.edalat.filing.domain.DocumentInspector;
import org.edalat.filing.domain.Filing;
import org.edalat.filing.domain.FilingDocument;
import org.edalat.filing.domain.FilingNotFoundException;
import org.edalat.filing.domain.InvalidFilingException;
import org.edalat.filing.domain.TrackingCode;
import org.edalat.platform.security.Postings;
import org.edalat.platform.security.Role;
import org.edalat.referral.domain.RegisteredCase;

/**
 * Following a filing by its tracking code (S4-5) and the authenticity inquiry (S0-3 note, S0-3.1), for
 * anyone, signed in or not:
 *
 * <ul>
 *   <li>the status answers only the filer (signed in), whoever gives the filing's access secret, and
 *       the addressed unit's staff; to anyone else a filing is as unknown as a code never issued;
 *   <li>the authenticity inquiry answers whether a document (or its SHA-256) was filed under a code;
 *   <li>a classified report (S0-5 note, S0-5.1) answers both only to its sender and the unit's staff: its
 *       access secret opens nothing.
 * </ul>
 */
@Stateless
@PermitAll
public class FilingTracking {
    @PersistenceContext(unitName = "edalat")
    private EntityManager em;

    @Resource
    private SessionContext context;

    @EJB
    private Postings postings;

    /** The status of the filing with {@code trackingCode}, to the filer, the secret's holder or the unit. */
    public FilingStatus status(String trackingCode, String accessSecret) {
        TrackingCode code = TrackingCode.of(trackingCode);
        Filing filing = new FilingStore(em).byTrackingCode(code).orElseThrow(FilingNotFoundException::new);
        if (!isInsider(filing) && (filing.isClassified() || !secretOpens(filing, accessSecret))) {
            throw new FilingNotFoundException();
        }
        String caseStatus = em.createQuery("select c from RegisteredCase c where c.filingId = :f", RegisteredCase.class)
                .setParameter("f", filing.id())
                .getResultStream()
                .findFirst()
                .map(c -> c.status().name())
                .orElse(null);
        return new FilingStatus(
                code.value(),
                filing.kind(),
                filing.step(),
                filing.unitCode(),
                filing.createdAt(),
                filing.sentAt(),
                caseStatus);
    }

    /**
     * S0-3 note: whether {@code document} (or, without it, the digest {@code sha256}) was filed under
     * {@code trackingCode}. A malformed code or digest is refused naming the field; an unknown code,
     * like a classified report asked by an outsider, answers not known.
     */
    public Authenticity authenticity(String trackingCode, String sha256, byte[] document) {
        TrackingCode code = TrackingCode.of(trackingCode);
        String digest;
        if (document != null && document.length > 0) {
            digest = DocumentInspector.sha256(document);
        } else if (sha256 != null && sha256.strip().matches("[0-9a-fA-F]{64}")) {
            digest = sha256.strip().toLowerCase(Locale.ROOT);
        } else {
            throw new InvalidFilingException(
                    "sha256",
                    "document-or-digest-required",
                    "سند یا چکیدهٔ SHA-256 آن (۶۴ رقم شانزده‌شانزدهی) لازم است.");
        }
        Optional<Filing> found =
                new FilingStore(em).byTrackingCode(code).filter(f -> !f.isClassified() || isInsider(f));
        if (found.isEmpty()) {
            return new Authenticity(code.value(), false, false, null, null);
        }
        Filing filing = found.get();
        Integer seq = filing.documents().stream()
                .filter(d -> d.digest().equals(digest))
                .map(FilingDocument::seq)
                .findFirst()
                .orElse(null);
        return new Authenticity(code.value(), true, seq != null, seq, filing.sentAt());
    }

    private boolean secretOpens(Filing filing, String accessSecret) {
        String hash = AccessSecret.hash(accessSecret);
        return hash != null && filing.hasAccessSecretHash(hash);
    }

    /** The filer (or the report's sender), or staff of the addressed unit. */
    private boolean isInsider(Filing filing) {
        String caller = context.getCallerPrincipal().getName();
        if (caller != null && filing.isFiledBy(caller)) {
            return true;
        }
        boolean unitStaff = context.isCallerInRole(Role.Names.REFERRAL_AUTHORITY)
                || context.isCallerInRole(Role.Names.JUDGE)
                || context.isCallerInRole(Role.Names.BRANCH_CLERK);
        return unitStaff && postings.myUnit().map(filing.unitCode()::equals).orElse(false);
    }
}
