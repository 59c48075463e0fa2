package org.edalat.platform.audit;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import org.edalat.platform.security.Role;

/**
 * Writes the audit trail. Every call joins the caller's transaction ({@code REQUIRED}), so the
 * entry commits or rolls back together with the change it records.
 *
 * <p>Writers serialise on the chain head: {@link #record} locks the head row with {@code
 * PESSIMISTIC_WRITE} ({@code SELECT ... FOR UPDATE} on H2 and PostgreSQL) and keeps the lock until
 * the business transaction ends, so concurrent writers wait and the chain stays linear. Callers
 * should therefore record near the end of their transaction. The entry's time is taken after the
 * lock is held, so times never go backwards along the chain (short of clock changes).
 */
@Stateless
@DeclareRoles({
    Role.Names.CITIZEN,
    Role.Names.OFFICE_CLERK,
    Role.Names.OFFICE_MANAGER,
    Role.Names.REFERRAL_AUTHORITY,
    Role.Names.BRANCH_CLERK,
    Role.Names.JUDGE,
    Role.Names.NOTICE_OFFICER,
    Role.Names.SERVICES_DEPUTY,
    Role.Names.INSPECTOR,
    Role.Names.BOARD_MEMBER,
    Role.Names.CENTER_HEAD,
    Role.Names.ASSOCIATION,
    Role.Names.AGENCY_API,
    Role.Names.PRISON,
    Role.Names.COMPANY_REGISTRY,
    Role.Names.ADMIN
})
public class AuditTrail {

    @PersistenceContext(unitName = "edalat")
    private EntityManager em;

    @Resource
    private SessionContext sessionContext;

    /**
     * Records an action of the calling user, acting in {@code actingAs}; the actor is the caller
     * principal's name.
     *
     * @param actingAs the role the caller acts in; the caller must hold it
     * @param action what was done, e.g. {@code user.create}
     * @param entityType kind of record acted on, or null
     * @param entityId id of the record acted on, or null
     * @param ruleId SPEC rule id applied, e.g. {@code S0-13.2}, or null
     * @param detail short free text (at most 2000 characters), or null
     * @return the persisted entry
     * @throws IllegalArgumentException if a value breaks the {@link AuditRecord} guards, {@code
     *     actingAs} is null or the caller does not hold it (the transaction rolls back)
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public AuditEntry record(
            Role actingAs, String action, String entityType, String entityId, String ruleId, String detail) {
        if (actingAs == null) {
            throw new IllegalArgumentException("actingAs is required; use recordSystem for system work");
        }
        if (!sessionContext.isCallerInRole(actingAs.name())) {
            throw new IllegalArgumentException("caller does not hold role " + actingAs.name());
        }
        String actor = sessionContext.getCallerPrincipal().getName();
        return append(new AuditRecord(actor, actingAs.name(), action, entityType, entityId, ruleId, detail));
    }

    /**
     * Records a refused attempt in a transaction of its own ({@code REQUIRES_NEW}), so the entry
     * stays when the caller's transaction rolls back with the refusal (e.g. an office changing SANA
     * data without the owner's request, S0-40.b). Same parameters and guards as {@link #record}.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public AuditEntry recordRefusal(
            Role actingAs, String action, String entityType, String entityId, String ruleId, String detail) {
        return record(actingAs, action, entityType, entityId, ruleId, detail);
    }

    /**
     * Records a refused attempt of an unauthenticated caller (e.g. a failed online password reset)
     * in a transaction of its own, like {@link #recordRefusal}; the actor names the channel.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public AuditEntry recordSystemRefusal(
            String actor, String action, String entityType, String entityId, String ruleId, String detail) {
        return recordSystem(actor, action, entityType, entityId, ruleId, detail);
    }

    /**
     * Records an action of system work (demo loader, timers, batch jobs), without a role.
     *
     * @param actor name of the system job, e.g. {@code system:demo-loader}
     * @return the persisted entry
     * @throws IllegalArgumentException if a value breaks the {@link AuditRecord} guards (the
     *     transaction rolls back)
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public AuditEntry recordSystem(
            String actor, String action, String entityType, String entityId, String ruleId, String detail) {
        return append(new AuditRecord(actor, null, action, entityType, entityId, ruleId, detail));
    }

    private AuditEntry append(AuditRecord record) {
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.ID, LockModeType.PESSIMISTIC_WRITE);
        if (head == null) {
            throw new IllegalStateException("audit chain head row missing (migration V2 not applied?)");
        }
        AuditEntry entry = head.append(record, Instant.now());
        em.persist(entry);
        return entry;
    }
}
