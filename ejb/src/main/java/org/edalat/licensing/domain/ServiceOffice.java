package org.edalat.licensing.domain;

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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.edalat.referral.domain.Province;

/** A licensed e-judicial-services office (دفتر خدمات الکترونیک قضایی, S0-1). */
@Entity
@Table(name = "service_office")
public class ServiceOffice {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "service_office_seq")
    @SequenceGenerator(name = "service_office_seq", sequenceName = "service_office_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, unique = true, length = 20)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "province_id", nullable = false)
    private Province province;

    @Column(nullable = false, length = 100)
    private String city;

    @Column(name = "manager_name", nullable = false, length = 200)
    private String managerName;

    @Enumerated(EnumType.STRING)
    @Column(name = "license_status", nullable = false, length = 20)
    private LicenseStatus licenseStatus = LicenseStatus.ACTIVE;

    protected ServiceOffice() {}

    public ServiceOffice(String code, String name, Province province, String city, String managerName) {
        if (code == null || code.isBlank() || name == null || name.isBlank() || province == null) {
            throw new IllegalArgumentException("office code, name and province are required");
        }
        this.code = code;
        this.name = name;
        this.province = province;
        this.city = city;
        this.managerName = managerName;
    }

    /** Suspends the office's license (a disciplinary sanction of S0-30; the licensing context owns it). */
    public void suspendLicense() {
        this.licenseStatus = LicenseStatus.SUSPENDED;
    }

    /** Revokes the office's license. */
    public void revokeLicense() {
        this.licenseStatus = LicenseStatus.REVOKED;
    }

    /** Restores a suspended license (the suspension ended). */
    public void reinstateLicense() {
        if (licenseStatus == LicenseStatus.REVOKED) {
            throw new IllegalStateException("a revoked license is not reinstated");
        }
        this.licenseStatus = LicenseStatus.ACTIVE;
    }

    public LicenseStatus licenseStatus() {
        return licenseStatus;
    }

    /** Whether the office may give services, filing among them. */
    public boolean mayServe() {
        return licenseStatus == LicenseStatus.ACTIVE;
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

    public Province getProvince() {
        return province;
    }

    public String getCity() {
        return city;
    }

    public String getManagerName() {
        return managerName;
    }
}
