package org.edalat.platform.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * The hash of the audit chain: canonical content of an entry and its SHA-256 link. Pure functions,
 * no state.
 *
 * <h2>Formula</h2>
 *
 * <pre>
 * hash = lower-case hex( SHA-256( UTF-8( prev_hash + "\n" + canonical ) ) )
 * </pre>
 *
 * where {@code prev_hash} is the hash of the previous entry ({@link #GENESIS_HASH}, 64 zeros, for
 * position 1).
 *
 * <h2>Canonical content</h2>
 *
 * Nine lines in this fixed order, joined by a single {@code "\n"} (LF), without a trailing LF:
 *
 * <pre>
 * position=37
 * occurred_at=2025-03-01T08:15:30.123456Z
 * actor=alice
 * actor_role=JUDGE
 * action=case.refer
 * entity_type=CaseFile
 * entity_id=1402-118
 * rule_id=S4-8
 * detail=referred to branch 12
 * </pre>
 *
 * <ul>
 *   <li>A present value is written {@code name=} followed by the value with {@code \} written
 *       {@code \\}, LF written {@code \n} and CR written {@code \r} (backslash + letter). A value
 *       therefore never contains a raw LF, so lines cannot be forged from inside a value, and the
 *       escaping is reversible, so two different contents never share a canonical form.
 *   <li>A null value is written as the bare name without {@code =} (e.g. {@code actor_role}), so
 *       null and the empty string ({@code actor_role=}) differ.
 *   <li>{@code position} is the decimal chain position; {@code occurred_at} is the instant in UTC,
 *       truncated to microseconds (what PostgreSQL and H2 keep), always with six fraction digits:
 *       {@code uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'}.
 * </ul>
 */
public final class AuditHash {

    /** {@code prev_hash} of the first entry and {@code last_hash} of an empty chain: 64 zeros. */
    public static final String GENESIS_HASH = "0".repeat(64);

    private static final DateTimeFormatter OCCURRED_AT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    private AuditHash() {}

    /**
     * The instant as the database keeps it: truncated to microseconds. Entries store this value, so
     * what is read back hashes the same as what was written.
     */
    public static Instant toStoredPrecision(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS);
    }

    /** Canonical content of an entry (see the class documentation for the encoding). */
    public static String canonical(long position, Instant occurredAt, AuditRecord record) {
        return canonical(
                position,
                occurredAt,
                record.actor(),
                record.actorRole(),
                record.action(),
                record.entityType(),
                record.entityId(),
                record.ruleId(),
                record.detail());
    }

    /** Canonical content of a stored row, whatever its values (a tampered row is encoded too). */
    public static String canonical(AuditChain.Row row) {
        return canonical(
                row.getPosition(),
                row.getOccurredAt(),
                row.getActor(),
                row.getActorRole(),
                row.getAction(),
                row.getEntityType(),
                row.getEntityId(),
                row.getRuleId(),
                row.getDetail());
    }

    /** Canonical content from the raw values (see the class documentation for the encoding). */
    public static String canonical(
            long position,
            Instant occurredAt,
            String actor,
            String actorRole,
            String action,
            String entityType,
            String entityId,
            String ruleId,
            String detail) {
        StringBuilder out = new StringBuilder(256);
        line(out, "position", Long.toString(position));
        out.append('\n');
        Instant stored = toStoredPrecision(occurredAt);
        line(out, "occurred_at", stored == null ? null : OCCURRED_AT.format(stored));
        out.append('\n');
        line(out, "actor", actor);
        out.append('\n');
        line(out, "actor_role", actorRole);
        out.append('\n');
        line(out, "action", action);
        out.append('\n');
        line(out, "entity_type", entityType);
        out.append('\n');
        line(out, "entity_id", entityId);
        out.append('\n');
        line(out, "rule_id", ruleId);
        out.append('\n');
        line(out, "detail", detail);
        return out.toString();
    }

    /** {@code lower-hex(SHA-256(UTF-8(prevHash + "\n" + canonical)))}. */
    public static String sha256Hex(String prevHash, String canonical) {
        if (prevHash == null || canonical == null) {
            throw new IllegalArgumentException("prevHash and canonical are required");
        }
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
        byte[] bytes = (prevHash + "\n" + canonical).getBytes(StandardCharsets.UTF_8);
        return HexFormat.of().formatHex(digest.digest(bytes));
    }

    private static void line(StringBuilder out, String name, String value) {
        out.append(name);
        if (value == null) {
            return;
        }
        out.append('=');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
    }
}
