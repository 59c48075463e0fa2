package org.edalat.accounts.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Registration, verification and contact versions of one person (S4-10, S4-10.1, S4-10.2, S4-12). */
class PersonTest {
    private static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");
    private static final ChangeRecord SELF = new ChangeRecord(Channel.SELF, "self", null, null, null);
    private static final NationalCode CODE = NationalCode.of("0499370899");

    private static Person natural() {
        return Person.natural(CODE, LocalDate.of(1980, 5, 1), SELF, T0);
    }

    @Test
    void aNewRegistrationIsPendingUntilIdentityIsVerified_S4_10() {
        Person person = natural();
        assertFalse(person.isVerified());
        assertEquals(RegistrationStatus.PENDING_VERIFICATION, person.status());
        person.verify(VerificationMethod.OFFICE_DOCUMENTS, "clerk1", T0.plusSeconds(60));
        assertTrue(person.isVerified());
        assertEquals(VerificationMethod.OFFICE_DOCUMENTS, person.verificationMethod());
        assertEquals("clerk1", person.verifiedBy());
        assertThrows(AlreadyVerifiedException.class, () -> person.verify(VerificationMethod.ONLINE, "x", T0));
    }

    @Test
    void theUsernameIsTheNationalCode_S4_10() {
        assertEquals("0499370899", natural().username());
        assertEquals("0499370899", natural().identityKey());
    }

    @Test
    void versionsAreNumberedAndNeverShareAnInstant_S4_12() {
        Person person = natural();
        ContactVersion v1 = person.nextVersion(null, ContactChange.name("علی", "رضایی"), SELF, T0);
        ContactVersion v2 = person.nextVersion(v1, ContactChange.mobile("09121234567"), SELF, T0);
        ContactVersion v3 = person.nextVersion(v2, ContactChange.name("علی", "رضوی"), SELF, T0.plusSeconds(5));
        assertEquals(1, v1.seq());
        assertEquals(2, v2.seq());
        assertEquals(3, v3.seq());
        assertTrue(v2.effectiveFrom().isAfter(v1.effectiveFrom()), "same clock reading still orders the versions");
        assertEquals(T0.plusSeconds(5), v3.effectiveFrom());
        assertEquals("علی رضایی", v2.data().displayName());
        assertEquals("علی رضوی", person.currentName());
        assertEquals("09121234567", v3.data().mobile());
    }

    @Test
    void theVersionPassedMustBeTheCurrentOne_S4_12() {
        Person person = natural();
        ContactVersion v1 = person.nextVersion(null, ContactChange.name("علی", "رضایی"), SELF, T0);
        assertThrows(
                IllegalStateException.class,
                () -> person.nextVersion(null, ContactChange.mobile("09121234567"), SELF, T0));
        assertNotEquals(null, v1);
    }

    @Test
    void aNaturalPersonNeedsFirstAndLastName_S4_10() {
        InvalidFieldException missing = assertThrows(InvalidFieldException.class, () -> natural()
                .nextVersion(null, ContactChange.name("علی", null), SELF, T0));
        assertEquals("lastName", missing.field());
    }

    @Test
    void neitherMobileNorEmailGetsTheNationalJudicialEmail_S4_10_2() {
        Person person = natural();
        person.nextVersion(null, ContactChange.name("علی", "رضایی"), SELF, T0);
        assertEquals("j0499370899@eblagh.adliran.ir", person.judicialEmail());
    }

    @Test
    void aMobileMeansNoJudicialEmailIsNeeded_S4_10_2() {
        Person person = natural();
        person.nextVersion(
                null,
                new ContactChange("علی", "رضایی", null, "09121234567", null, null, null, null, null, null),
                SELF,
                T0);
        assertNull(person.judicialEmail());
    }

    @Test
    void aLegalPersonNamesANaturalRepresentative_S4_10_1() {
        Person director = natural();
        LegalPersonId id = LegalPersonId.completing("1010009999");
        ChangeRecord registry = new ChangeRecord(Channel.REGISTRY, "registry", null, null, null);
        InvalidFieldException none = assertThrows(
                InvalidFieldException.class,
                () -> Person.legalEntity(PersonKind.LEGAL, id, "12345", null, null, registry, T0));
        assertEquals("representativeNationalCode", none.field());
        Person company = Person.legalEntity(
                PersonKind.LEGAL, id, "12345", director, RepresentativeCapacity.HIGHEST_EXECUTIVE, registry, T0);
        assertEquals(director, company.representative());
        assertTrue(company.mayBeRequestedBy("0499370899"), "the representative may ask for changes (S0-40.b)");
        assertFalse(company.mayBeRequestedBy("0790419904"));
        InvalidFieldException notNatural = assertThrows(
                InvalidFieldException.class,
                () -> Person.legalEntity(
                        PersonKind.LEGAL,
                        LegalPersonId.completing("1010008888"),
                        "1",
                        company,
                        RepresentativeCapacity.LEGAL_REPRESENTATIVE,
                        registry,
                        T0));
        assertEquals("representativeNationalCode", notNatural.field());
    }

    @Test
    void onlyTheOwnerOrRepresentativeMayAskForChanges_S0_40_b() {
        Person person = natural();
        assertTrue(person.mayBeRequestedBy("0499370899"));
        assertFalse(person.mayBeRequestedBy("0790419904"));
        assertFalse(person.mayBeRequestedBy(null));
    }

    @Test
    void foreignNationalsAreKeyedByTheirForeignIdAndNeedAPassport_S4_9() {
        Person foreigner =
                Person.foreignNational("۱۲۳۴۵۶۷۸۹۰۱۲", "p1234567", "افغانستان", LocalDate.of(1990, 1, 1), SELF, T0);
        assertEquals("f123456789012", foreigner.identityKey());
        assertEquals("P1234567", foreigner.passportNumber());
        InvalidFieldException passport = assertThrows(
                InvalidFieldException.class,
                () -> Person.foreignNational("123456789012", "", "افغانستان", LocalDate.of(1990, 1, 1), SELF, T0));
        assertEquals("passportNumber", passport.field());
    }

    @Test
    void birthDatesInTheFutureOrMissingAreRefused_S4_10() {
        assertEquals(
                "birthDate",
                assertThrows(InvalidFieldException.class, () -> Person.natural(CODE, null, SELF, T0))
                        .field());
        assertEquals(
                "birthDate",
                assertThrows(
                                InvalidFieldException.class,
                                () -> Person.natural(CODE, LocalDate.of(2030, 1, 1), SELF, T0))
                        .field());
    }
}
