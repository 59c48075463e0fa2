package org.edalat.platform.health;

/**
 * Outcome of a health check.
 *
 * @param up whether the database answered
 * @param database product name the driver reported (e.g. {@code H2}, {@code PostgreSQL}); null when
 *     no connection could be had
 * @param detail short reason for people ({@code ok}, {@code database unreachable}); never an
 *     exception message
 */
public record HealthReport(boolean up, String database, String detail) {
    static HealthReport up(String database) {
        return new HealthReport(true, database, "ok");
    }

    static HealthReport down(String database, String reason) {
        return new HealthReport(false, database, reason);
    }
}
