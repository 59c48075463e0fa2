package org.edalat.platform.audit;

/**
 * The content of one audit entry: who (actor and the role acted in), what (action), which record
 * (entity type and id), under which rule (a SPEC rule id such as {@code S0-13.2}) and a free detail.
 *
 * <p>Guards mirror the columns of {@code audit_entry}: actor and action are required and not blank;
 * every value fits its column (lengths in UTF-16 chars, which never undercounts characters); a
 * detail longer than {@value #DETAIL_MAX} is refused, never truncated, so the hashed content is
 * always exactly what was asked for. The NUL character is refused (PostgreSQL cannot store it).
 *
 * @param actor login name of the person, or the name of the system job; required
 * @param actorRole the role acted in ({@link org.edalat.platform.security.Role} name); null for
 *     system work
 * @param action what was done, e.g. {@code user.create}; required
 * @param entityType kind of record acted on, e.g. {@code UserAccount}; may be null
 * @param entityId id of the record acted on; may be null
 * @param ruleId SPEC rule id applied, e.g. {@code S0-13.2}; may be null
 * @param detail short free text; may be null
 */
public record AuditRecord(
        String actor,
        String actorRole,
        String action,
        String entityType,
        String entityId,
        String ruleId,
        String detail) {

    /** Column length of {@code actor}. */
    public static final int ACTOR_MAX = 200;
    /** Column length of {@code actor_role}. */
    public static final int ACTOR_ROLE_MAX = 40;
    /** Column length of {@code action}. */
    public static final int ACTION_MAX = 100;
    /** Column length of {@code entity_type}. */
    public static final int ENTITY_TYPE_MAX = 100;
    /** Column length of {@code entity_id}. */
    public static final int ENTITY_ID_MAX = 100;
    /** Column length of {@code rule_id}. */
    public static final int RULE_ID_MAX = 40;
    /** Column length of {@code detail}. */
    public static final int DETAIL_MAX = 2000;

    /** Checks the guards; throws {@link IllegalArgumentException} naming the offending field. */
    public AuditRecord {
        required("actor", actor, ACTOR_MAX);
        optional("actorRole", actorRole, ACTOR_ROLE_MAX);
        if (actorRole != null && actorRole.isBlank()) {
            throw new IllegalArgumentException("actorRole must be null or not blank");
        }
        required("action", action, ACTION_MAX);
        optional("entityType", entityType, ENTITY_TYPE_MAX);
        optional("entityId", entityId, ENTITY_ID_MAX);
        optional("ruleId", ruleId, RULE_ID_MAX);
        optional("detail", detail, DETAIL_MAX);
    }

    private static void required(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required and must not be blank");
        }
        optional(field, value, max);
    }

    private static void optional(String field, String value, int max) {
        if (value == null) {
            return;
        }
        if (value.length() > max) {
            throw new IllegalArgumentException(
                    field + " is " + value.length() + " characters long, at most " + max + " allowed");
        }
        if (value.indexOf('\u0000') >= 0) {
            throw new IllegalArgumentException(field + " must not contain the NUL character");
        }
    }
}
