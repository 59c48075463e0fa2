package org.edalat.accounts.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A person's name and contact data as they stand in one version (S4-12): names, mobile, e-mail,
 * fax and postal address (province, city, postal code, address line). Immutable: a change makes a
 * new value through {@link #apply(ContactChange)}, so earlier versions are never overwritten.
 */
@Embeddable
public class ContactData implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final Pattern EMAIL =
            Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
    private static final Pattern POSTAL_CODE = Pattern.compile("[0-9]{10}");
    private static final Pattern FAX = Pattern.compile("0[0-9]{9,10}");
    private static final Pattern PROVINCE = Pattern.compile("[A-Za-z0-9-]{1,10}");

    @Column(name = "first_name", length = 100)
    private String firstName;

    @Column(name = "last_name", length = 100)
    private String lastName;

    @Column(name = "legal_name", length = 300)
    private String legalName;

    @Column(name = "mobile", length = 11)
    private String mobile;

    @Column(name = "email", length = 254)
    private String email;

    @Column(name = "fax", length = 20)
    private String fax;

    @Column(name = "province_code", length = 10)
    private String provinceCode;

    @Column(name = "city", length = 100)
    private String city;

    @Column(name = "postal_code", length = 10)
    private String postalCode;

    @Column(name = "address_line", length = 500)
    private String addressLine;

    /** For JPA only. */
    protected ContactData() {}

    private ContactData(ContactData from) {
        this.firstName = from.firstName;
        this.lastName = from.lastName;
        this.legalName = from.legalName;
        this.mobile = from.mobile;
        this.email = from.email;
        this.fax = from.fax;
        this.provinceCode = from.provinceCode;
        this.city = from.city;
        this.postalCode = from.postalCode;
        this.addressLine = from.addressLine;
    }

    /** No data at all: the start every first version applies its change to. */
    public static ContactData empty() {
        return new ContactData();
    }

    /**
     * This data with the change applied: a field the change leaves null stays as it is, a blank one
     * is cleared, any other is validated and replaces it. Refuses a malformed value naming the field.
     */
    public ContactData apply(ContactChange change) {
        ContactData next = new ContactData(this);
        next.firstName = text(change.firstName(), firstName, "firstName", "نام", 100);
        next.lastName = text(change.lastName(), lastName, "lastName", "نام خانوادگی", 100);
        next.legalName = text(change.legalName(), legalName, "legalName", "نام شخص حقوقی", 300);
        next.mobile = change.mobile() == null
                ? mobile
                : blank(change.mobile())
                        ? null
                        : InvalidFieldException.parse("mobile", () -> MobileNumber.of(change.mobile()))
                                .value();
        next.email = change.email() == null ? email : blank(change.email()) ? null : email(change.email());
        next.fax = change.fax() == null
                ? fax
                : blank(change.fax())
                        ? null
                        : matching(
                                change.fax(),
                                FAX,
                                "fax",
                                "دورنگار",
                                "invalid-fax",
                                "شمارهٔ دورنگار باید با ۰ آغاز شود و ۱۰ یا ۱۱ رقم باشد.");
        next.provinceCode = change.provinceCode() == null
                ? provinceCode
                : blank(change.provinceCode())
                        ? null
                        : matching(
                                change.provinceCode(),
                                PROVINCE,
                                "provinceCode",
                                "استان",
                                "invalid-province",
                                "کد استان معتبر نیست.");
        next.city = text(change.city(), city, "city", "شهر", 100);
        next.postalCode = change.postalCode() == null
                ? postalCode
                : blank(change.postalCode()) ? null : postalCode(change.postalCode());
        next.addressLine = text(change.addressLine(), addressLine, "addressLine", "نشانی", 500);
        return next;
    }

    private static boolean blank(String text) {
        return text.isBlank();
    }

    private static String text(String requested, String current, String field, String label, int max) {
        if (requested == null) {
            return current;
        }
        String value = requested.strip().replaceAll("\\s+", " ");
        if (value.isEmpty()) {
            return null;
        }
        if (value.length() > max) {
            throw InvalidFieldException.tooLong(field, label, max);
        }
        return value;
    }

    private static String email(String text) {
        String value = text.strip().toLowerCase(Locale.ROOT);
        if (value.length() > 254 || !EMAIL.matcher(value).matches()) {
            throw new InvalidFieldException("email", "invalid-email", "نشانی پست الکترونیکی معتبر نیست.");
        }
        return value;
    }

    private static String postalCode(String text) {
        String digits = IdentifierText.normalise(text);
        if (digits == null || !POSTAL_CODE.matcher(digits).matches() || NationalCode.oneRepeatedDigit(digits)) {
            throw new InvalidFieldException("postalCode", "invalid-postal-code", "کد پستی باید ۱۰ رقم باشد.");
        }
        return digits;
    }

    private static String matching(
            String text, Pattern pattern, String field, String label, String code, String message) {
        String value = IdentifierText.normalise(text);
        if (value == null || !pattern.matcher(value).matches()) {
            throw new InvalidFieldException(field, code, message);
        }
        return value;
    }

    /** Whether a notice alert can reach the person: a mobile number or an e-mail address (S4-10.2). */
    public boolean hasMobileOrEmail() {
        return mobile != null || email != null;
    }

    /** The name to show and search: the legal name, or first and last name. */
    public String displayName() {
        if (legalName != null) {
            return legalName;
        }
        String name = ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).strip();
        return name;
    }

    public String firstName() {
        return firstName;
    }

    public String lastName() {
        return lastName;
    }

    public String legalName() {
        return legalName;
    }

    public String mobile() {
        return mobile;
    }

    public String email() {
        return email;
    }

    public String fax() {
        return fax;
    }

    public String provinceCode() {
        return provinceCode;
    }

    public String city() {
        return city;
    }

    public String postalCode() {
        return postalCode;
    }

    public String addressLine() {
        return addressLine;
    }

    @Override
    public boolean equals(Object o) {
        return this == o
                || (o instanceof ContactData other
                        && Objects.equals(firstName, other.firstName)
                        && Objects.equals(lastName, other.lastName)
                        && Objects.equals(legalName, other.legalName)
                        && Objects.equals(mobile, other.mobile)
                        && Objects.equals(email, other.email)
                        && Objects.equals(fax, other.fax)
                        && Objects.equals(provinceCode, other.provinceCode)
                        && Objects.equals(city, other.city)
                        && Objects.equals(postalCode, other.postalCode)
                        && Objects.equals(addressLine, other.addressLine));
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                firstName, lastName, legalName, mobile, email, fax, provinceCode, city, postalCode, addressLine);
    }
}
