package org.edalat.referral.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * A filing that arrived from SAKHA in SAMP (S4-6): registered in its judicial unit, waiting for the
 * referral authority (S4-8). Written in the same transaction as the filing's sending, so that no
 * filing is sent and lost; a filing not sent through an office arrives all the same (S4-13.3).
 */
@Entity
@Table(name = "registered_case")
public class RegisteredCase {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "registered_case_seq")
    @SequenceGenerator(name = "registered_case_seq", sequenceName = "registered_case_seq", allocationSize = 50)
    private Long id;

    @Column(name = "filing_id", nullable = false, updatable = false, unique = true)
    private long filingId;

    @Column(name = "unit_code", length = 20, nullable = false, updatable = false)
    private String unitCode;

    @Column(name = "kind", length = 40, nullable = false, updatable = false)
    private String kind;

    @Column(name = "tracking_code", length = 16, nullable = false, updatable = false)
    private String trackingCode;

    @Column(name = "subject", length = 200, nullable = false, updatable = false)
    private String subject;

    @Column(name = "classified", nullable = false, updatable = false)
    private boolean classified;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 30, nullable = false)
    private CaseStatus status;

    @Column(name = "registered_at", nullable = false, updatable = false)
    private Instant registeredAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    /** For JPA only. */
    protected RegisteredCase() {}

    /** S4-6: a filing sent from SAKHA is registered in its unit, awaiting referral. */
    public static RegisteredCase arrived(
            long filingId,
            String unitCode,
            String kind,
            String trackingCode,
            String subject,
            boolean classified,
            Instant at) {
        RegisteredCase c = new RegisteredCase();
        c.filingId = filingId;
        c.unitCode = Objects.requireNonNull(unitCode, "unitCode");
        c.kind = Objects.requireNonNull(kind, "kind");
        c.trackingCode = Objects.requireNonNull(trackingCode, "trackingCode");
        c.subject = Objects.requireNonNull(subject, "subject");
        c.classified = classified;
        c.status = CaseStatus.AWAITING_REFERRAL;
        c.registeredAt = Objects.requireNonNull(at, "at");
        return c;
    }

    public Long id() {
        return id;
    }

    public long filingId() {
        return filingId;
    }

    public String unitCode() {
        return unitCode;
    }

    public String kind() {
        return kind;
    }

    public String trackingCode() {
        return trackingCode;
    }

    public String subject() {
        return subject;
    }

    /** A classified report (S0-5 note): only the unit's own staff see it. */
    public boolean isClassified() {
        return classified;
    }

    public CaseStatus status() {
        return status;
    }

    public Instant registeredAt() {
        return registeredAt;
    }
}
