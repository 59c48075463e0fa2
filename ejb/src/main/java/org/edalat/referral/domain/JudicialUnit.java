package org.edalat.referral.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/** A judicial unit (واحد قضایی): a court, prosecutor's office or dispute-resolution council. */
@Entity
@Table(name = "judicial_unit")
public class JudicialUnit {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "judicial_unit_seq")
    @SequenceGenerator(name = "judicial_unit_seq", sequenceName = "judicial_unit_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, unique = true, length = 20)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private UnitKind kind;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "province_id", nullable = false)
    private Province province;

    @Column(nullable = false, length = 100)
    private String city;

    @OneToMany(mappedBy = "unit", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("number")
    private List<Branch> branches = new ArrayList<>();

    protected JudicialUnit() {}

    public JudicialUnit(String code, String name, UnitKind kind, Province province, String city) {
        if (code == null || code.isBlank() || name == null || name.isBlank() || kind == null || province == null) {
            throw new IllegalArgumentException("unit code, name, kind and province are required");
        }
        this.code = code;
        this.name = name;
        this.kind = kind;
        this.province = province;
        this.city = city;
    }

    /** Opens the next branch of this unit with the given specialisations. */
    public Branch openBranch(Set<Specialisation> specialisations) {
        int next = branches.stream().mapToInt(Branch::getNumber).max().orElse(0) + 1;
        Branch branch = new Branch(this, next, specialisations);
        branches.add(branch);
        return branch;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public UnitKind getKind() {
        return kind;
    }

    public Province getProvince() {
        return province;
    }

    public String getCity() {
        return city;
    }

    public List<Branch> getBranches() {
        return Collections.unmodifiableList(branches);
    }
}
