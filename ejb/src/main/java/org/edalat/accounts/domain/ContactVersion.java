package org.edalat.accounts.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One version of a person's contact data (S4-12): in force from {@link #effectiveFrom()} until the
 * person's next version. Written once, never changed; the person's versions are numbered 1, 2, …
 */
@Entity
@Table(name = "contact_version")
public class ContactVersion {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "contact_version_seq")
    @SequenceGenerator(name = "contact_version_seq", sequenceName = "contact_version_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id", nullable = false, updatable = false)
    private Person person;

    @Column(name = "seq", nullable = false, updatable = false)
    private int seq;

    @Column(name = "effective_from", nullable = false, updatable = false)
    private Instant effectiveFrom;

    @Embedded
    private ContactData data;

    @Embedded
    private ChangeRecord change;

    /** For JPA only. */
    protected ContactVersion() {}

    ContactVersion(Person person, int seq, Instant effectiveFrom, ContactData data, ChangeRecord change) {
        this.person = person;
        this.seq = seq;
        this.effectiveFrom = effectiveFrom;
        this.data = data;
        this.change = change;
    }

    public Long getId() {
        return id;
    }

    public Person person() {
        return person;
    }

    /** 1 for the first version, then 2, 3, … */
    public int seq() {
        return seq;
    }

    public Instant effectiveFrom() {
        return effectiveFrom;
    }

    public ContactData data() {
        return data;
    }

    public ChangeRecord change() {
        return change;
    }
}
