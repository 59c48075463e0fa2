package org.edalat.accounts.web;

import java.io.Serializable;
import java.time.Instant;
import org.edalat.accounts.application.ContactSnapshot;
import org.edalat.accounts.domain.Channel;

/**
 * One version of a person's contact data as the screens show it (S4-12): its number, the time it
 * took effect, the data, and who asked for it through which channel (S0-40.b). Serializable, so it
 * can stay in view state.
 */
public record ContactRow(
        int version,
        Instant effectiveFrom,
        String name,
        String firstName,
        String lastName,
        String legalName,
        String mobile,
        String email,
        String judicialEmail,
        String provinceCode,
        String city,
        String postalCode,
        String addressLine,
        Channel channel,
        String recordedBy,
        String requesterKey,
        String requestReference,
        String source)
        implements Serializable {

    public static ContactRow of(ContactSnapshot s) {
        return new ContactRow(
                s.version(),
                s.effectiveFrom(),
                s.name(),
                s.firstName(),
                s.lastName(),
                s.legalName(),
                s.mobile(),
                s.email(),
                s.judicialEmail(),
                s.provinceCode(),
                s.city(),
                s.postalCode(),
                s.addressLine(),
                s.channel(),
                s.recordedBy(),
                s.requesterKey(),
                s.requestReference(),
                s.source());
    }

    /** The postal address on one line: province code, city, address line, postal code. */
    public String address() {
        StringBuilder text = new StringBuilder();
        for (String part : new String[] {provinceCode, city, addressLine, postalCode}) {
            if (part != null && !part.isBlank()) {
                if (!text.isEmpty()) {
                    text.append("، ");
                }
                text.append(part);
            }
        }
        return text.toString();
    }
}
