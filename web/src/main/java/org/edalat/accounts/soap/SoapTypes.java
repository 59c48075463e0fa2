package org.edalat.accounts.soap;

import java.time.DateTimeException;
import java.time.LocalDate;
import javax.xml.datatype.DatatypeConstants;
import javax.xml.datatype.XMLGregorianCalendar;
import org.edalat.accounts.application.Registration;
import org.edalat.accounts.domain.ContactChange;
import org.edalat.accounts.domain.InvalidFieldException;
import org.edalat.accounts.domain.Person;
import org.edalat.accounts.soap.v1.Contact;
import org.edalat.accounts.soap.v1.RegistrationResult;
import org.edalat.accounts.soap.v1.RegistrationStatus;

/** Translation between the generated contract types and the accounts application's. */
final class SoapTypes {
    private SoapTypes() {}

    /** A contact change with the given names; absent contact elements leave the values as they are. */
    static ContactChange change(String firstName, String lastName, String legalName, Contact contact) {
        Contact c = contact == null ? new Contact() : contact;
        return new ContactChange(
                firstName,
                lastName,
                legalName,
                c.getMobile(),
                c.getEmail(),
                c.getFax(),
                c.getProvinceCode(),
                c.getCity(),
                c.getPostalCode(),
                c.getAddressLine());
    }

    /** An {@code xs:date} as a date; null stays null (the service then asks for it by name). */
    static LocalDate date(String field, XMLGregorianCalendar value) {
        if (value == null) {
            return null;
        }
        try {
            if (value.getYear() == DatatypeConstants.FIELD_UNDEFINED
                    || value.getMonth() == DatatypeConstants.FIELD_UNDEFINED
                    || value.getDay() == DatatypeConstants.FIELD_UNDEFINED) {
                throw new DateTimeException("incomplete date");
            }
            return LocalDate.of(value.getYear(), value.getMonth(), value.getDay());
        } catch (DateTimeException incomplete) {
            throw new InvalidFieldException(field, "invalid-date", "تاریخ باید روز، ماه و سال میلادی داشته باشد.");
        }
    }

    static RegistrationResult result(Registration registration) {
        Person person = registration.person();
        RegistrationResult result = new RegistrationResult();
        result.setIdentityKey(person.identityKey());
        result.setCreated(registration.created());
        result.setStatus(RegistrationStatus.fromValue(person.status().name()));
        result.setContactVersion(person.contactVersionCount());
        return result;
    }
}
