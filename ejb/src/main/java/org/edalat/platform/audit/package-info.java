/**
 * Audit trail: append-only, SHA-256 hash-chained record of who did what to which record under
 * which rule, and when.
 *
 * <p>Vocabulary: an <em>audit entry</em> ({@link org.edalat.platform.audit.AuditEntry}) is one
 * immutable row: actor, role acted in (null for system work), action, entity type and id, SPEC rule
 * id, detail, time (UTC, microseconds), its <em>position</em> in the chain (1, 2, 3, ...), the
 * <em>previous hash</em> and its own <em>hash</em>. The <em>chain head</em> ({@link
 * org.edalat.platform.audit.AuditChainHead}) is the single row holding the last position and hash;
 * writers lock it, so the chain stays linear. The <em>genesis hash</em> is 64 zeros.
 *
 * <p>Formula ({@link org.edalat.platform.audit.AuditHash}): {@code hash = lower-hex(SHA-256(UTF-8(
 * prev_hash + "\n" + canonical)))}, where {@code canonical} is the entry's position, time and
 * content as nine escaped {@code name=value} lines. The <em>verifier</em> ({@link
 * org.edalat.platform.audit.AuditChain.Walker}, run by {@link
 * org.edalat.platform.audit.AuditChainVerifier}) recomputes every link and reports the first broken
 * one.
 *
 * <p>Entries are written by {@link org.edalat.platform.audit.AuditTrail} in the business
 * transaction; schema in migration {@code V2__audit_trail.sql}.
 */
package org.edalat.platform.audit;
