/**
 * Platform context: what every other context stands on.
 *
 * <p>Vocabulary: <em>user account</em> (a login of the intranet or of an agency API client, with
 * one or more {@link org.edalat.platform.security.Role roles}); <em>audit entry</em> (one
 * append-only, hash-chained record of who did what to which record under which rule);
 * <em>business error</em> (a {@link org.edalat.platform.BusinessException} subclass, one per
 * error, rolled back with its transaction).
 *
 * <p>Rules owned: S4-27 and S4-28 (secured access, access levels per role), S0-52 (the Center
 * secures registration and access). The audit trail is how every other context proves S4-29
 * ("users record all case data completely, correctly and at once"): who recorded what and when.
 */
package org.edalat.platform;
