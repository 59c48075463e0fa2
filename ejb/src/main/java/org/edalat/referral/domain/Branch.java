package org.edalat.referral.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** A branch (شعبه) of a judicial unit, with the specialisations referral matches on (S4-8). */
@Entity
@Table(name = "branch")
public class Branch {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "branch_seq")
    @SequenceGenerator(name = "branch_seq", sequenceName = "branch_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id", nullable = false)
    private JudicialUnit unit;

    @Column(name = "branch_number", nullable = false)
    private int number;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "branch_specialisation", joinColumns = @JoinColumn(name = "branch_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "specialisation", length = 30, nullable = false)
    private Set<Specialisation> specialisations = EnumSet.noneOf(Specialisation.class);

    protected Branch() {}

    Branch(JudicialUnit unit, int number, Set<Specialisation> specialisations) {
        if (specialisations == null || specialisations.isEmpty()) {
            throw new IllegalArgumentException("a branch needs at least one specialisation");
        }
        this.unit = unit;
        this.number = number;
        this.specialisations = EnumSet.copyOf(specialisations);
    }

    public boolean handles(Specialisation specialisation) {
        return specialisations.contains(specialisation);
    }

    public Long getId() {
        return id;
    }

    public JudicialUnit getUnit() {
        return unit;
    }

    public int getNumber() {
        return number;
    }

    public Set<Specialisation> getSpecialisations() {
        return Collections.unmodifiableSet(specialisations);
    }
}
