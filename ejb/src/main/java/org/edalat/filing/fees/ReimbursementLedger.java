package org.edalat.filing.fees;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.edalat.platform.audit.AuditTrail;
import org.edalat.platform.security.Role;

/**
 * The Association's reimbursement ledger (S0-14: "the Association reimburses the offices for these
 * services", a ledger per office and period): every exempt service becomes an entry owed to its
 * office in the Jalali month (Tehran) it was given in; the Association reads each office's monthly
 * statement and records its payment, once, after the month is over.
 *
 * <ul>
 *   <li>{@link #record} (a filing's exempt services) and {@link #recordOfficeCharge} (a stand-alone
 *       exempt charge, {@link OfficeCharges#chargeExempt}) join the caller's transaction ({@code
 *       MANDATORY}): the entry commits or rolls back with the service it pays for. No entry joins a
 *       statement already paid.
 *   <li>Reading: the Association, the services deputy and ADMIN; an office manager reads a statement
 *       by office code. Which office a manager works at is not known here yet (the staff postings
 *       come with the filing context), so the code is not checked against the manager's office.
 *   <li>{@link #markPaid}: the Association only; refused for a month not over, an empty statement,
 *       a statement paid already (the table's key decides between two concurrent payments).
 * </ul>
 *
 * Every change is audited with S0-14.
 */
@Stateless
public class ReimbursementLedger {
    static final String RULE_ID = "S0-14";
    static final String ENTRY = "ReimbursementEntry";
    static final String STATEMENT = "ReimbursementStatement";

    @PersistenceContext(unitName = "edalat")
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private AuditTrail audit;

    private final Clock clock = Clock.systemUTC();

    /**
     * Enters the exempt {@code exemptCharge} of filing {@code filingId} in its office's statement of
     * the Jalali month of {@code at} (Tehran), recorded by {@code by}; within the filing's transaction.
     */
    @RolesAllowed(Role.Names.OFFICE_CLERK)
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public RecordedReimbursement record(OfficeCharge exemptCharge, Long filingId, String by, Instant at) {
        if (filingId == null) {
            throw new IllegalArgumentException("filingId is required");
        }
        return enter(RecordedReimbursement.ofFiling(exemptCharge, filingId, by, at), "filing " + filingId);
    }

    /** Enters the stand-alone exempt office charge {@code officeChargeId}, like {@link #record}. */
    @RolesAllowed(Role.Names.OFFICE_CLERK)
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public RecordedReimbursement recordOfficeCharge(
            OfficeCharge exemptCharge, long officeChargeId, String by, Instant at) {
        return enter(
                RecordedReimbursement.ofOfficeCharge(exemptCharge, officeChargeId, by, at),
                "office charge " + officeChargeId);
    }

    private RecordedReimbursement enter(RecordedReimbursement entry, String source) {
        if (em.find(ReimbursementPayment.class, new ReimbursementStatementId(entry.officeCode(), entry.month()))
                != null) {
            throw new ReimbursementStatementPaidException(entry.officeCode(), entry.month());
        }
        em.persist(entry);
        em.flush();
        audit.record(
                Role.OFFICE_CLERK,
                "reimbursement-entry",
                ENTRY,
                String.valueOf(entry.id()),
                RULE_ID,
                "office " + entry.officeCode() + ", " + entry.month() + ": " + entry.quantity() + " x "
                        + entry.service() + ", tariff " + entry.amount().value() + " (" + entry.tariffVersionId()
                        + "), " + entry.basis() + " " + entry.bodyReference() + ", " + source);
        return entry;
    }

    /** The statement of office {@code officeCode} for {@code month}: its lines in order, total, payment. */
    @RolesAllowed({Role.Names.ASSOCIATION, Role.Names.SERVICES_DEPUTY, Role.Names.ADMIN, Role.Names.OFFICE_MANAGER})
    public ReimbursementStatement statement(String officeCode, JalaliMonth month) {
        return read(office(officeCode), Objects.requireNonNull(month, "month"));
    }

    /** The month's statements, one summary per office (entries, total, payment), by office code; paged. */
    @RolesAllowed({Role.Names.ASSOCIATION, Role.Names.SERVICES_DEPUTY, Role.Names.ADMIN})
    public List<ReimbursementSummary> statements(JalaliMonth month, int first, int max) {
        Objects.requireNonNull(month, "month");
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select office_code, count(*), sum(tariff) from reimbursement_entry"
                        + " where jalali_year = ?1 and jalali_month = ?2"
                        + " group by office_code order by office_code")
                .setParameter(1, month.year())
                .setParameter(2, month.month())
                .setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(1, Math.min(max, 500)))
                .getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        List<String> offices = rows.stream().map(r -> (String) r[0]).toList();
        Map<String, ReimbursementStatement.Payment> paid = new HashMap<>();
        em.createQuery(
                        "select p from ReimbursementPayment p where p.statement.year = :y and p.statement.month = :m"
                                + " and p.statement.officeCode in :offices",
                        ReimbursementPayment.class)
                .setParameter("y", month.year())
                .setParameter("m", month.month())
                .setParameter("offices", offices)
                .getResultList()
                .forEach(p -> paid.put(p.statement().officeCode(), p.view()));
        return rows.stream()
                .map(r -> new ReimbursementSummary(
                        (String) r[0],
                        month,
                        ((Number) r[1]).longValue(),
                        Rials.of(((Number) r[2]).longValue()),
                        paid.get((String) r[0])))
                .toList();
    }

    /** How many offices have a statement for {@code month}. */
    @RolesAllowed({Role.Names.ASSOCIATION, Role.Names.SERVICES_DEPUTY, Role.Names.ADMIN})
    public long countStatements(JalaliMonth month) {
        Objects.requireNonNull(month, "month");
        return em.createQuery(
                        "select count(distinct e.subject.officeCode) from RecordedReimbursement e"
                                + " where e.year = :y and e.month = :m",
                        Long.class)
                .setParameter("y", month.year())
                .setParameter("m", month.month())
                .getSingleResult();
    }

    /**
     * The Association records its payment of office {@code officeCode}'s statement of {@code month}
     * under {@code reference} (S0-14): once, after the month is over, for a statement with entries.
     */
    @RolesAllowed(Role.Names.ASSOCIATION)
    public ReimbursementStatement markPaid(String officeCode, JalaliMonth month, String reference) {
        String office = office(officeCode);
        Objects.requireNonNull(month, "month");
        ReimbursementStatement statement = read(office, month);
        ReimbursementPayment payment;
        try {
            payment = ReimbursementPayment.of(statement, reference, caller(), Instant.now(clock));
            em.persist(payment);
            em.flush();
        } catch (ReimbursementStatementPaidException paidAlready) {
            refused(office, month, reference);
            throw paidAlready;
        } catch (PersistenceException paidMeanwhile) {
            // the key of reimbursement_statement_payment: another payment was recorded meanwhile
            refused(office, month, reference);
            throw new ReimbursementStatementPaidException(office, month);
        }
        audit.record(
                Role.ASSOCIATION,
                "reimbursement-statement.paid",
                STATEMENT,
                payment.statement().toString(),
                RULE_ID,
                "paid " + statement.total().value() + " for " + statement.entries() + " entries, reference "
                        + payment.view().reference());
        return new ReimbursementStatement(office, month, statement.lines(), payment.view());
    }

    private void refused(String office, JalaliMonth month, String reference) {
        audit.recordRefusal(
                Role.ASSOCIATION,
                "reimbursement-statement.paid-twice",
                STATEMENT,
                office + "/" + month,
                RULE_ID,
                "a second payment refused, reference " + (reference == null ? "" : reference.strip()));
    }

    private ReimbursementStatement read(String office, JalaliMonth month) {
        List<ReimbursementStatement.Line> lines = em.createQuery(
                        "select e from RecordedReimbursement e where e.subject.officeCode = :o"
                                + " and e.year = :y and e.month = :m order by e.recordedAt, e.id",
                        RecordedReimbursement.class)
                .setParameter("o", office)
                .setParameter("y", month.year())
                .setParameter("m", month.month())
                .getResultStream()
                .map(RecordedReimbursement::line)
                .toList();
        ReimbursementPayment payment = em.find(ReimbursementPayment.class, new ReimbursementStatementId(office, month));
        return new ReimbursementStatement(office, month, lines, payment == null ? null : payment.view());
    }

    private static String office(String officeCode) {
        if (officeCode == null || officeCode.isBlank()) {
            throw new IllegalArgumentException("officeCode is required");
        }
        return officeCode.strip();
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }
}
