package org.edalat.platform.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * Where a staff user works (a row of {@code user_posting}): judicial staff at a judicial unit, office
 * clerks and managers at a service office. Classified reports (S0-5 note) are shown only to the
 * addressed unit's staff; an office clerk files only for the own office (S0-4).
 */
@Entity
@Table(name = "user_posting")
public class StaffPosting {
    @Id
    @Column(name = "username", length = 100)
    private String username;

    @Column(name = "unit_code", length = 20)
    private String unitCode;

    @Column(name = "office_code", length = 20)
    private String officeCode;

    @Column(name = "posted_by", length = 100, nullable = false)
    private String postedBy;

    @Column(name = "posted_at", nullable = false)
    private Instant postedAt;

    /** For JPA only. */
    protected StaffPosting() {}

    private StaffPosting(String username, String unitCode, String officeCode, String by, Instant at) {
        this.username = Objects.requireNonNull(username, "username");
        this.unitCode = unitCode;
        this.officeCode = officeCode;
        this.postedBy = Objects.requireNonNull(by, "by");
        this.postedAt = Objects.requireNonNull(at, "at");
    }

    /** {@code username} works at the judicial unit {@code unitCode}. */
    public static StaffPosting atUnit(String username, String unitCode, String by, Instant at) {
        return new StaffPosting(username, Objects.requireNonNull(unitCode, "unitCode"), null, by, at);
    }

    /** {@code username} works at the service office {@code officeCode}. */
    public static StaffPosting atOffice(String username, String officeCode, String by, Instant at) {
        return new StaffPosting(username, null, Objects.requireNonNull(officeCode, "officeCode"), by, at);
    }

    /** Moves the user to another place (a unit or an office; the other is cleared). */
    public void moveTo(StaffPosting other) {
        this.unitCode = other.unitCode;
        this.officeCode = other.officeCode;
        this.postedBy = other.postedBy;
        this.postedAt = other.postedAt;
    }

    public String username() {
        return username;
    }

    /** The judicial unit; null when posted at an office. */
    public String unitCode() {
        return unitCode;
    }

    /** The service office; null when posted at a unit. */
    public String officeCode() {
        return officeCode;
    }

    public String postedBy() {
        return postedBy;
    }

    public Instant postedAt() {
        return postedAt;
    }
}
