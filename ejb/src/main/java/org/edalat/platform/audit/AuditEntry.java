package org.edalat.platform.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import org.hibernate.annotations.Immutable;

/**
 * One append-only entry of the audit trail: who (actor, role), what (action), which record (entity
 * type and id), under which rule (SPEC rule id), when (UTC, microseconds), chained to its
 * predecessor by {@code hash = SHA-256(prev_hash || "\n" || canonical)} (see {@link AuditHash}).
 *
 * <p>Immutable: no setters, and Hibernate never updates it. Entries are created only by {@link
 * AuditChainHead#append}, which assigns the next position and the previous hash.
 */
@Entity
@Immutable
@Table(name = "audit_entry")
public class AuditEntry implements AuditChain.Row, Serializable {
    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "audit_entry_seq", sequenceName = "audit_entry_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_entry_seq")
    @Column(name = "id")
    private Long id;

    @Column(name = "position", nullable = false, unique = true)
    private long position;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "actor", nullable = false, length = AuditRecord.ACTOR_MAX)
    private String actor;

    @Column(name = "actor_role", length = AuditRecord.ACTOR_ROLE_MAX)
    private String actorRole;

    @Column(name = "action", nullable = false, length = AuditRecord.ACTION_MAX)
    private String action;

    @Column(name = "entity_type", length = AuditRecord.ENTITY_TYPE_MAX)
    private String entityType;

    @Column(name = "entity_id", length = AuditRecord.ENTITY_ID_MAX)
    private String entityId;

    @Column(name = "rule_id", length = AuditRecord.RULE_ID_MAX)
    private String ruleId;

    @Column(name = "detail", length = AuditRecord.DETAIL_MAX)
    private String detail;

    @Column(name = "prev_hash", nullable = false, length = 64)
    private String prevHash;

    @Column(name = "hash", nullable = false, length = 64)
    private String hash;

    /** For JPA only. */
    protected AuditEntry() {}

    private AuditEntry(long position, Instant occurredAt, AuditRecord record, String prevHash, String hash) {
        this.position = position;
        this.occurredAt = occurredAt;
        this.actor = record.actor();
        this.actorRole = record.actorRole();
        this.action = record.action();
        this.entityType = record.entityType();
        this.entityId = record.entityId();
        this.ruleId = record.ruleId();
        this.detail = record.detail();
        this.prevHash = prevHash;
        this.hash = hash;
    }

    /**
     * The entry at {@code position} following the entry whose hash is {@code prevHash}; computes its
     * hash. {@code occurredAt} is truncated to microseconds (what the database keeps) before it is
     * stored and hashed.
     */
    static AuditEntry chained(String prevHash, long position, Instant occurredAt, AuditRecord record) {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(occurredAt, "occurredAt");
        if (prevHash == null || prevHash.length() != 64) {
            throw new IllegalArgumentException("prevHash must be 64 hex characters");
        }
        if (position < 1) {
            throw new IllegalArgumentException("position starts at 1");
        }
        Instant stored = AuditHash.toStoredPrecision(occurredAt);
        String hash = AuditHash.sha256Hex(prevHash, AuditHash.canonical(position, stored, record));
        return new AuditEntry(position, stored, record, prevHash, hash);
    }

    /** Surrogate key; null until persisted. */
    public Long getId() {
        return id;
    }

    @Override
    public long getPosition() {
        return position;
    }

    @Override
    public Instant getOccurredAt() {
        return occurredAt;
    }

    @Override
    public String getActor() {
        return actor;
    }

    @Override
    public String getActorRole() {
        return actorRole;
    }

    @Override
    public String getAction() {
        return action;
    }

    @Override
    public String getEntityType() {
        return entityType;
    }

    @Override
    public String getEntityId() {
        return entityId;
    }

    @Override
    public String getRuleId() {
        return ruleId;
    }

    @Override
    public String getDetail() {
        return detail;
    }

    @Override
    public String getPrevHash() {
        return prevHash;
    }

    @Override
    public String getHash() {
        return hash;
    }

    @Override
    public String toString() {
        return "AuditEntry[position=" + position + ", occurredAt=" + occurredAt + ", actor=" + actor + ", action="
                + action + ", entity=" + entityType + "/" + entityId + ", ruleId=" + ruleId + "]";
    }
}
