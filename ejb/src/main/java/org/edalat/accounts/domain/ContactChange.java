package org.edalat.accounts.domain;

/**
 * A requested change of contact data: a null field is left as it is, a blank one is cleared, any
 * other replaces the current value once validated ({@link ContactData#apply}).
 */
public record ContactChange(
        String firstName,
        String lastName,
        String legalName,
        String mobile,
        String email,
        String fax,
        String provinceCode,
        String city,
        String postalCode,
        String addressLine) {

    /** No change at all: the first version of a person who gave no contact data. */
    public static ContactChange none() {
        return new ContactChange(null, null, null, null, null, null, null, null, null, null);
    }

    /** A change of the mobile number only. */
    public static ContactChange mobile(String mobile) {
        return new ContactChange(null, null, null, mobile, null, null, null, null, null, null);
    }

    /** A change of the e-mail address only. */
    public static ContactChange email(String email) {
        return new ContactChange(null, null, null, null, email, null, null, null, null, null);
    }

    /** A change of the postal address only. */
    public static ContactChange address(String provinceCode, String city, String postalCode, String addressLine) {
        return new ContactChange(null, null, null, null, null, null, provinceCode, city, postalCode, addressLine);
    }

    /** A change of a natural person's name only. */
    public static ContactChange name(String firstName, String lastName) {
        return new ContactChange(firstName, lastName, null, null, null, null, null, null, null, null);
    }

    /** This change with the legal name set (a state body's or prison's name, given apart from its contact data). */
    public ContactChange withLegalName(String name) {
        return new ContactChange(
                firstName, lastName, name, mobile, email, fax, provinceCode, city, postalCode, addressLine);
    }

    /** Whether the change asks for nothing. */
    public boolean isEmpty() {
        return firstName == null
                && lastName == null
                && legalName == null
                && mobile == null
                && email == null
                && fax == null
                && provinceCode == null
                && city == null
                && postalCode == null
                && addressLine == null;
    }
}
