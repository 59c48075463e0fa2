package org.edalat.filing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.util.Objects;
import org.edalat.accounts.domain.NationalCode;

/**
 * A party of a filing (S0-2): linked to a SANA account by its identity key, or described (name,
 * national code if known, address) for later registration (S4-11: parties must register before a
 * judicial act; the referral and notice contexts follow that up).
 */
@Embeddable
public class FilingParty implements Serializable {
    private static final long serialVersionUID = 1L;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", length = 20, nullable = false)
    private PartyRole role;

    @Column(name = "person_key", length = 20)
    private String personKey;

    @Column(name = "name", length = 200, nullable = false)
    private String name;

    @Column(name = "national_code", length = 10)
    private String nationalCode;

    @Column(name = "address", length = 500)
    private String address;

    /** For JPA only. */
    protected FilingParty() {}

    private FilingParty(PartyRole role, String personKey, String name, String nationalCode, String address) {
        this.role = role;
        this.personKey = personKey;
        this.name = name;
        this.nationalCode = nationalCode;
        this.address = address;
    }

    /** A party who has an account: its identity key (national code, legal id or {@code f}+foreign id). */
    public static FilingParty linked(PartyRole role, String personKey, String name) {
        Objects.requireNonNull(role, "role");
        if (personKey == null || personKey.isBlank() || personKey.length() > 20) {
            throw new IllegalArgumentException("personKey");
        }
        return new FilingParty(role, personKey, requireName(name), null, null);
    }

    /**
     * A party described by the filer: a name, a national code when known (validated), an address
     * when known; the name is required, each field is refused naming it when malformed.
     */
    public static FilingParty described(PartyRole role, String name, String nationalCode, String address, int index) {
        if (role == null) {
            throw new InvalidFilingException(
                    "parties[" + index + "].role", "party-role-required", "نقش طرف را تعیین کنید.");
        }
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > 200) {
            throw new InvalidFilingException(
                    "parties[" + index + "].name", "party-name-required", "نام طرف (حداکثر ۲۰۰ نویسه) را وارد کنید.");
        }
        String code = null;
        if (nationalCode != null && !nationalCode.isBlank()) {
            if (!NationalCode.isValid(nationalCode)) {
                throw new InvalidFilingException(
                        "parties[" + index + "].nationalCode", "invalid-national-code", "کد ملی طرف درست نیست.");
            }
            code = NationalCode.of(nationalCode).value();
        }
        String a = address == null || address.isBlank() ? null : address.strip();
        if (a != null && a.length() > 500) {
            throw new InvalidFilingException(
                    "parties[" + index + "].address", "party-address-too-long", "نشانی طرف بیش از ۵۰۰ نویسه است.");
        }
        return new FilingParty(role, null, n, code, a);
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name");
        }
        String n = name.strip();
        return n.length() > 200 ? n.substring(0, 200) : n;
    }

    public PartyRole role() {
        return role;
    }

    /** The identity key of the party's account; null when the party is only described. */
    public String personKey() {
        return personKey;
    }

    public boolean hasAccount() {
        return personKey != null;
    }

    public String name() {
        return name;
    }

    public String nationalCode() {
        return nationalCode;
    }

    public String address() {
        return address;
    }
}
