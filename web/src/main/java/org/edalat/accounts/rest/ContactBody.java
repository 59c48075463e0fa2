package org.edalat.accounts.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.edalat.accounts.domain.ContactChange;

/**
 * Names and contact data (S4-12): a field left out is not changed, a blank one is cleared, any other
 * replaces the current value once the domain has checked it.
 */
public class ContactBody {
    public String firstName;
    public String lastName;

    @Schema(description = "Name of a legal person")
    public String legalName;

    @Schema(description = "Iranian mobile number", example = "09121234567")
    public String mobile;

    public String email;
    public String fax;
    public String provinceCode;
    public String city;

    @Schema(description = "10 digits")
    public String postalCode;

    public String addressLine;

    /** The change as the domain takes it. */
    ContactChange change() {
        return new ContactChange(
                firstName, lastName, legalName, mobile, email, fax, provinceCode, city, postalCode, addressLine);
    }
}
