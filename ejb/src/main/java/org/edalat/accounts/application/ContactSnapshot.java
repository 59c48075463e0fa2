package org.edalat.accounts.application;

import java.time.Instant;
import org.edalat.accounts.domain.Channel;
import org.edalat.accounts.domain.ContactData;
import org.edalat.accounts.domain.ContactVersion;
import org.edalat.accounts.domain.Person;

/**
 * The contact data of a person as one version holds it (S4-12), with the version number notices
 * record, and the address alerts go to (S4-10.2): the e-mail, else the national judicial e-mail.
 */
public record ContactSnapshot(
        String identityKey,
        int version,
        Instant effectiveFrom,
        String name,
        String firstName,
        String lastName,
        String legalName,
        String mobile,
        String email,
        String judicialEmail,
        String fax,
        String provinceCode,
        String city,
        String postalCode,
        String addressLine,
        Channel channel,
        String recordedBy,
        String requesterKey,
        String requestReference,
        String source) {

    static ContactSnapshot of(Person person, ContactVersion version) {
        ContactData d = version.data();
        return new ContactSnapshot(
                person.identityKey(),
                version.seq(),
                version.effectiveFrom(),
                d.displayName(),
                d.firstName(),
                d.lastName(),
                d.legalName(),
                d.mobile(),
                d.email(),
                person.judicialEmail(),
                d.fax(),
                d.provinceCode(),
                d.city(),
                d.postalCode(),
                d.addressLine(),
                version.change().channel(),
                version.change().recordedBy(),
                version.change().requesterKey(),
                version.change().requestReference(),
                version.change().source());
    }

    /** The e-mail address notice alerts go to: the person's own, else the judicial one (S4-10.2). */
    public String alertEmail() {
        return email != null ? email : judicialEmail;
    }
}
