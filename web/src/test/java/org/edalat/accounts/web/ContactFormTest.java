package org.edalat.accounts.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.edalat.accounts.domain.Channel;
import org.edalat.accounts.domain.ContactChange;
import org.junit.jupiter.api.Test;

/**
 * The contact form asks only for what the person changed (S4-12: each change a new version): an
 * untouched field is no change, an emptied one clears the value, a new value replaces it.
 */
class ContactFormTest {
    private static final ContactRow CURRENT = new ContactRow(
            2,
            Instant.parse("2026-01-01T08:00:00Z"),
            "علی رضایی",
            "علی",
            "رضایی",
            null,
            "09121234567",
            "ali@example.ir",
            null,
            "23",
            "تهران",
            "1234567890",
            "خیابان آزادی",
            Channel.SELF,
            "0012345679",
            "0012345679",
            null,
            null);

    @Test
    void aFormLeftAsFilledAsksForNoChange_S4_12() {
        ContactForm form = new ContactForm();
        form.fill(CURRENT);
        assertTrue(form.change().isEmpty());
    }

    @Test
    void onlyTheChangedFieldsArePartOfTheChange_S4_12() {
        ContactForm form = new ContactForm();
        form.fill(CURRENT);
        form.setMobile(" 09351112233 ");
        form.setEmail("");
        ContactChange change = form.change();

        assertEquals("09351112233", change.mobile());
        assertEquals("", change.email(), "an emptied field clears the value");
        assertNull(change.firstName());
        assertNull(change.lastName());
        assertNull(change.city());
        assertNull(change.postalCode());
        assertNull(change.addressLine());
        assertNull(change.fax(), "the form has no fax field and never touches it");
    }

    @Test
    void aFirstRegistrationTakesEveryTypedFieldAndNoEmptyOne() {
        ContactForm form = new ContactForm();
        form.setFirstName("مریم");
        form.setLastName("کاظمی");
        form.setMobile("");
        ContactChange change = form.change();

        assertEquals("مریم", change.firstName());
        assertEquals("کاظمی", change.lastName());
        assertNull(change.mobile(), "nothing to clear in a first version");
        assertNull(change.email());
    }

    @Test
    void clearingForgetsTheVersionTheFormWasFilledFrom() {
        ContactForm form = new ContactForm();
        form.fill(CURRENT);
        form.clear();
        assertNull(form.getMobile());
        assertTrue(form.change().isEmpty());
    }
}
