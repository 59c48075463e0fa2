package org.edalat.accounts.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.faces.application.FacesMessage;
import java.util.ArrayList;
import java.util.List;
import org.edalat.accounts.domain.InvalidFieldException;
import org.edalat.accounts.domain.NationalCode;
import org.edalat.accounts.domain.PersonAlreadyRegisteredException;
import org.edalat.platform.BusinessException;
import org.junit.jupiter.api.Test;

/** A refused input's Persian message goes next to the field the error names, else to the whole form. */
class FieldMessagesTest {
    private final FieldMessages fields = FieldMessages.in("register")
            .same("nationalCode", "mobile")
            .map("representativeKey", "representativeNationalCode")
            .map("postalCode", "address:postalCode");

    private record Added(String clientId, FacesMessage message) {}

    private final List<Added> added = new ArrayList<>();

    @Test
    void anErrorAboutAFieldOfTheFormGoesToThatFieldsComponent() {
        InvalidFieldException error = new InvalidFieldException("mobile", "invalid-mobile", "شماره همراه نادرست است.");
        String clientId = fields.show(error, (id, m) -> added.add(new Added(id, m)));

        assertEquals("register:mobile", clientId);
        assertEquals(1, added.size());
        assertEquals("register:mobile", added.get(0).clientId());
        assertSame(FacesMessage.SEVERITY_ERROR, added.get(0).message().getSeverity());
        assertEquals("شماره همراه نادرست است.", added.get(0).message().getSummary());
        assertEquals("شماره همراه نادرست است.", added.get(0).message().getDetail());
    }

    @Test
    void aFieldNameCanMapToAnotherComponentIdOrAPathInsideANamingContainer() {
        assertEquals(
                "register:representativeNationalCode",
                fields.clientIdFor(InvalidFieldException.required("representativeKey", "نماینده")));
        assertEquals(
                "register:address:postalCode",
                fields.clientIdFor(InvalidFieldException.required("postalCode", "کد پستی")));
    }

    @Test
    void theMessageOfAMalformedNationalCodeIsTheDomainsPersianText() {
        BusinessException malformed = assertThrows(
                InvalidFieldException.class,
                () -> InvalidFieldException.parse("nationalCode", () -> NationalCode.of("12345")));
        fields.show(malformed, (id, m) -> added.add(new Added(id, m)));

        assertEquals("register:nationalCode", added.get(0).clientId());
        String text = added.get(0).message().getSummary();
        assertEquals(malformed.getMessage(), text);
        assertEquals(true, text.chars().anyMatch(c -> c >= 0x0600 && c <= 0x06FF), "Persian: " + text);
    }

    @Test
    void anErrorAboutAFieldTheFormDoesNotShowOrAboutNoFieldGoesToTheWholeForm() {
        assertNull(fields.clientIdFor(InvalidFieldException.required("passportNumber", "شماره گذرنامه")));
        assertNull(fields.clientIdFor(new PersonAlreadyRegisteredException("0012345679")));

        fields.show(new PersonAlreadyRegisteredException("0012345679"), (id, m) -> added.add(new Added(id, m)));
        assertNull(added.get(0).clientId());
        assertEquals(
                new PersonAlreadyRegisteredException("0012345679").getMessage(),
                added.get(0).message().getSummary());
    }

    @Test
    void anErrorWithoutAMessageShowsItsCode() {
        BusinessException bare = new BareError();
        assertEquals("bare", FieldMessages.messageFor(bare).getSummary());
    }

    @Test
    void aMappingNeedsAFormAFieldAndAComponent() {
        assertThrows(IllegalArgumentException.class, () -> FieldMessages.in(" "));
        assertThrows(IllegalArgumentException.class, () -> FieldMessages.in("f").map(null, "x"));
        assertThrows(IllegalArgumentException.class, () -> FieldMessages.in("f").map("x", ""));
    }

    /** A business error with no text. */
    private static final class BareError extends BusinessException {
        private static final long serialVersionUID = 1L;

        BareError() {
            super(null);
        }

        @Override
        public String code() {
            return "bare";
        }
    }
}
