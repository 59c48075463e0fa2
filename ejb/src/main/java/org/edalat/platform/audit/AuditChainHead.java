package org.edalat.platform.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * The single head row of the audit chain ({@code id = 1}): position and hash of the last entry.
 * Writers lock it ({@code PESSIMISTIC_WRITE}, i.e. {@code SELECT ... FOR UPDATE}) before {@link
 * #append appending}, so entries are chained one after another even under concurrency; the lock is
 * held until the business transaction ends.
 */
@Entity
@Table(name = "audit_chain_head")
public class AuditChainHead implements AuditChain.Head {

    /** Id of the one head row, inserted by migration V2. */
    public static final long ID = 1L;

    @Id
    @Column(name = "id")
    private Long id;

    @Column(name = "last_position", nullable = false)
    private long lastPosition;

    @Column(name = "last_hash", nullable = false, length = 64)
    private String lastHash;

    /** For JPA only. */
    protected AuditChainHead() {}

    private AuditChainHead(long lastPosition, String lastHash) {
        this.id = ID;
        this.lastPosition = lastPosition;
        this.lastHash = lastHash;
    }

    /** The head of an empty chain, as migration V2 inserts it: position 0, 64 zeros. */
    public static AuditChainHead genesis() {
        return new AuditChainHead(0, AuditHash.GENESIS_HASH);
    }

    /**
     * Chains {@code record} as the next entry, occurring at {@code now}, and advances the head to it.
     * The caller persists the returned entry in the transaction that holds this head locked.
     */
    public AuditEntry append(AuditRecord record, Instant now) {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(now, "now");
        AuditEntry entry = AuditEntry.chained(lastHash, lastPosition + 1, now, record);
        lastPosition = entry.getPosition();
        lastHash = entry.getHash();
        return entry;
    }

    public Long getId() {
        return id;
    }

    @Override
    public long getLastPosition() {
        return lastPosition;
    }

    @Override
    public String getLastHash() {
        return lastHash;
    }
}
