package org.edalat.platform.persistence;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A named row that work which must run on one cluster node at a time locks with
 * {@code SELECT ... FOR UPDATE} ({@link jakarta.persistence.LockModeType#PESSIMISTIC_WRITE}) for
 * the length of its transaction. Rows are created by migrations.
 */
@Entity
@Table(name = "cluster_lock")
public class ClusterLock {
    @Id
    private String name;

    protected ClusterLock() {}

    public String getName() {
        return name;
    }
}
