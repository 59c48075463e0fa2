package org.edalat.accounts.web;

import java.io.Serializable;
import java.util.Objects;
import org.edalat.accounts.domain.ContactChange;

/**
 * The name and contact fields of a form (names, mobile, e-mail, postal address), filled from the
 * version in force, and the {@link ContactChange} they ask for (S4-12): a field left as it was is no
 * change, a field emptied clears the value, anything else replaces it. For a first registration
 * (nothing filled) every typed field is part of the change.
 */
public class ContactForm implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The field names services use for these fields, which are also the component ids on the pages. */
    public static final String[] FIELDS = {
        "firstName", "lastName", "legalName", "mobile", "email", "provinceCode", "city", "postalCode", "addressLine"
    };

    private ContactRow base;
    private String firstName;
    private String lastName;
    private String legalName;
    private String mobile;
    private String email;
    private String provinceCode;
    private String city;
    private String postalCode;
    private String addressLine;

    /** Fills the fields with the version in force, which later changes are compared with. */
    public void fill(ContactRow current) {
        base = current;
        firstName = current == null ? null : current.firstName();
        lastName = current == null ? null : current.lastName();
        legalName = current == null ? null : current.legalName();
        mobile = current == null ? null : current.mobile();
        email = current == null ? null : current.email();
        provinceCode = current == null ? null : current.provinceCode();
        city = current == null ? null : current.city();
        postalCode = current == null ? null : current.postalCode();
        addressLine = current == null ? null : current.addressLine();
    }

    /** Empties the fields and forgets the version they were filled from. */
    public void clear() {
        fill(null);
    }

    /** The change the fields ask for, compared with the version they were filled from. */
    public ContactChange change() {
        ContactRow b = base;
        return new ContactChange(
                diff(firstName, b == null ? null : b.firstName()),
                diff(lastName, b == null ? null : b.lastName()),
                diff(legalName, b == null ? null : b.legalName()),
                diff(mobile, b == null ? null : b.mobile()),
                diff(email, b == null ? null : b.email()),
                null,
                diff(provinceCode, b == null ? null : b.provinceCode()),
                diff(city, b == null ? null : b.city()),
                diff(postalCode, b == null ? null : b.postalCode()),
                diff(addressLine, b == null ? null : b.addressLine()));
    }

    /** null: unchanged; "": cleared; else the typed value (stripped). */
    static String diff(String typed, String current) {
        String value = typed == null || typed.isBlank() ? null : typed.strip();
        if (Objects.equals(value, current)) {
            return null;
        }
        return value == null ? "" : value;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getLegalName() {
        return legalName;
    }

    public void setLegalName(String legalName) {
        this.legalName = legalName;
    }

    public String getMobile() {
        return mobile;
    }

    public void setMobile(String mobile) {
        this.mobile = mobile;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getProvinceCode() {
        return provinceCode;
    }

    public void setProvinceCode(String provinceCode) {
        this.provinceCode = provinceCode;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public void setPostalCode(String postalCode) {
        this.postalCode = postalCode;
    }

    public String getAddressLine() {
        return addressLine;
    }

    public void setAddressLine(String addressLine) {
        this.addressLine = addressLine;
    }
}
