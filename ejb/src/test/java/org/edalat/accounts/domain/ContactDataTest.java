package org.edalat.accounts.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Contact data changes make new values; nothing of the old one changes (S4-12). */
class ContactDataTest {
    private static final ContactData FIRST = ContactData.empty()
            .apply(new ContactChange(
                    "علی",
                    "رضایی",
                    null,
                    "0912 345 6789",
                    "Ali@Example.IR",
                    null,
                    "THR",
                    "تهران",
                    "۱۱۱۱۱۱۱۱۱۲",
                    "خیابان آزادی"));

    @Test
    void applyingAChangeLeavesTheOldValueAsItWas_S4_12() {
        ContactData second = FIRST.apply(ContactChange.mobile("09351112233"));
        assertEquals("09123456789", FIRST.mobile());
        assertEquals("09351112233", second.mobile());
        assertEquals("ali@example.ir", second.email(), "fields the change leaves null stay");
        assertEquals("1111111112", second.postalCode());
        assertEquals("علی رضایی", second.displayName());
    }

    @Test
    void aBlankFieldClearsIt_S4_12() {
        ContactData cleared = FIRST.apply(ContactChange.email(" "));
        assertNull(cleared.email());
        assertEquals("09123456789", cleared.mobile());
    }

    @Test
    void malformedValuesAreRefusedNamingTheField_S4_12() {
        InvalidFieldException mobile =
                assertThrows(InvalidFieldException.class, () -> FIRST.apply(ContactChange.mobile("12345")));
        assertEquals("mobile", mobile.field());
        assertEquals("invalid-mobile-number", mobile.code());
        InvalidFieldException email =
                assertThrows(InvalidFieldException.class, () -> FIRST.apply(ContactChange.email("not-an-address")));
        assertEquals("email", email.field());
        InvalidFieldException postal = assertThrows(
                InvalidFieldException.class, () -> FIRST.apply(ContactChange.address(null, null, "12345", null)));
        assertEquals("postalCode", postal.field());
        InvalidFieldException longName =
                assertThrows(InvalidFieldException.class, () -> FIRST.apply(ContactChange.name("ا".repeat(101), null)));
        assertEquals("firstName", longName.field());
        assertEquals(422, longName.httpStatus());
    }

    @ParameterizedTest
    @ValueSource(strings = {"a@b", "@example.ir", "a b@example.ir", "a@example"})
    void emailAddressesNeedALocalPartAndADomain_S4_12(String email) {
        assertThrows(InvalidFieldException.class, () -> FIRST.apply(ContactChange.email(email)));
    }

    @Test
    void mobileOrEmailDecidesWhetherAlertsCanReachThePerson_S4_10_2() {
        assertTrue(FIRST.hasMobileOrEmail());
        ContactData none = FIRST.apply(new ContactChange(null, null, null, "", "", null, null, null, null, null));
        assertFalse(none.hasMobileOrEmail());
    }
}
