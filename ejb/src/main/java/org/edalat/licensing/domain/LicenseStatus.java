package org.edalat.licensing.domain;

/** The standing of an office's license: only an ACTIVE office gives services. */
public enum LicenseStatus {
    ACTIVE("فعال"),
    SUSPENDED("تعلیق"),
    REVOKED("لغو");

    private final String label;

    LicenseStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
