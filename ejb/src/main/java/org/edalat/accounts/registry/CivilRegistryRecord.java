package org.edalat.accounts.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.edalat.accounts.domain.NationalCode;

/** A record of the local civil-registry adapter: what the registry knows of one national code. */
@Entity
@Table(name = "civil_registry_record")
public class CivilRegistryRecord {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "civil_registry_record_seq")
    @SequenceGenerator(
            name = "civil_registry_record_seq",
            sequenceName = "civil_registry_record_seq",
            allocationSize = 50)
    private Long id;

    @Column(name = "national_code", nullable = false, unique = true, length = 10)
    private String nationalCode;

    @Column(name = "first_name", nullable = false, length = 100)
    private String firstName;

    @Column(name = "last_name", nullable = false, length = 100)
    private String lastName;

    @Column(name = "birth_date", nullable = false)
    private LocalDate birthDate;

    @Column(nullable = false)
    private boolean deceased;

    /** For JPA only. */
    protected CivilRegistryRecord() {}

    public CivilRegistryRecord(NationalCode code, String firstName, String lastName, LocalDate birthDate) {
        this.nationalCode = code.value();
        this.firstName = firstName;
        this.lastName = lastName;
        this.birthDate = birthDate;
    }

    /** Records the person's death. */
    public void recordDeath() {
        this.deceased = true;
    }

    public String nationalCode() {
        return nationalCode;
    }

    public String firstName() {
        return firstName;
    }

    public String lastName() {
        return lastName;
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    public boolean deceased() {
        return deceased;
    }
}
