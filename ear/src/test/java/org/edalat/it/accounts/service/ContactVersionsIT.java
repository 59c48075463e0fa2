package org.edalat.it.accounts.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.edalat.accounts.application.ContactDirectory;
import org.edalat.accounts.application.ContactFeed;
import org.edalat.accounts.application.ContactSnapshot;
import org.edalat.accounts.application.FeedItem;
import org.edalat.accounts.application.FeedResult;
import org.edalat.accounts.application.PersonDetails;
import org.edalat.accounts.application.PersonRegistry;
import org.edalat.accounts.domain.Channel;
import org.edalat.accounts.domain.ContactChange;
import org.edalat.accounts.domain.JudicialEmail;
import org.edalat.accounts.domain.RepresentativeCapacity;
import org.edalat.accounts.domain.UnknownPersonException;
import org.edalat.accounts.domain.UnrequestedChangeException;
import org.edalat.it.support.As;
import org.edalat.it.support.Deployments;
import org.edalat.it.support.Identities;
import org.edalat.it.support.ItUsers;
import org.edalat.platform.security.Role;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Versioned contact data (S4-12), who asked (S0-40.b), the judicial e-mail (S4-10.2), the agency feed (S4-17). */
@ExtendWith(ArquillianExtension.class)
class ContactVersionsIT {
    private static final String PASSWORD = "Portal-Pass-1405";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @EJB
    PersonRegistry registry;

    @EJB
    ContactDirectory contacts;

    @EJB
    ContactFeed feed;

    @EJB
    AccountsFixture fixture;

    private String registered(String mobile, String email) {
        String code = Identities.nationalCode();
        registry.selfRegister(
                PersonDetails.natural(
                        code,
                        LocalDate.of(1979, 1, 30),
                        new ContactChange(
                                "حسن", "نوری", null, mobile, email, null, "23", "تهران", "1111111112", "نشانی نخست")),
                PASSWORD);
        return code;
    }

    private static Instant tick() throws InterruptedException {
        Thread.sleep(15);
        Instant now = Instant.now();
        Thread.sleep(15);
        return now;
    }

    @Test
    void contactDataAtAnInstantIsTheVersionInForceThen_S4_12() throws Exception {
        Instant beforeRegistration = tick();
        String code = registered("09121110001", null);
        Instant afterFirst = tick();
        As citizen = As.user(code, PASSWORD);
        citizen.call(() -> contacts.changeOwn(ContactChange.mobile("09121110002")));
        Instant afterSecond = tick();
        citizen.call(() -> contacts.changeOwn(ContactChange.address("23", "تهران", "1311111112", "نشانی دوم")));
        Instant afterThird = tick();
        citizen.call(() -> contacts.changeOwn(ContactChange.name("حسن", "نوری‌زاده")));
        Instant afterFourth = tick();

        As notice = As.role(Role.NOTICE_OFFICER);
        assertTrue(
                notice.call(() -> contacts.contactAt(code, beforeRegistration)).isEmpty(),
                "no data before registering");
        ContactSnapshot v1 =
                notice.call(() -> contacts.contactAt(code, afterFirst)).orElseThrow();
        ContactSnapshot v2 =
                notice.call(() -> contacts.contactAt(code, afterSecond)).orElseThrow();
        ContactSnapshot v3 =
                notice.call(() -> contacts.contactAt(code, afterThird)).orElseThrow();
        ContactSnapshot v4 =
                notice.call(() -> contacts.contactAt(code, afterFourth)).orElseThrow();
        assertEquals(List.of(1, 2, 3, 4), List.of(v1.version(), v2.version(), v3.version(), v4.version()));
        assertEquals("09121110001", v1.mobile());
        assertEquals("09121110002", v2.mobile());
        assertEquals("نشانی نخست", v2.addressLine());
        assertEquals("نشانی دوم", v3.addressLine());
        assertEquals("09121110002", v3.mobile(), "unchanged fields carry over");
        assertEquals("حسن نوری", v3.name());
        assertEquals("حسن نوری‌زاده", v4.name());
        assertEquals(
                v2,
                notice.call(() -> contacts.contactAt(code, v2.effectiveFrom())).orElseThrow(),
                "a version is in force from its own instant");
        assertEquals(
                v1,
                notice.call(() -> contacts.contactAt(code, v2.effectiveFrom().minusNanos(1000)))
                        .orElseThrow());

        List<ContactSnapshot> history = As.role(Role.OFFICE_CLERK).call(() -> contacts.history(code));
        assertEquals(
                List.of(4, 3, 2, 1),
                history.stream().map(ContactSnapshot::version).toList(),
                "nothing overwritten");
        assertTrue(
                history.stream()
                        .allMatch(s ->
                                s.channel() == Channel.SELF && s.recordedBy().equals(code)),
                "who asked (S0-40.b)");
    }

    @Test
    void contactDataOfAnUnknownPersonIsAClearError_S4_12() {
        assertThrows(UnknownPersonException.class, () -> As.role(Role.AGENCY_API)
                .call(() -> contacts.contactAt(Identities.nationalCode(), Instant.now())));
    }

    @Test
    void citizensCannotReadOthersContactData_S4_12() {
        String code = registered("09121110003", null);
        assertThrows(EJBAccessException.class, () -> As.role(Role.CITIZEN)
                .call(() -> contacts.contactAt(code, Instant.now())));
    }

    @Test
    void anOfficeChangeWithoutTheOwnersRequestIsRefusedAndAudited_S0_40_b() throws Exception {
        String code = registered("09121110004", null);
        String stranger = Identities.nationalCode();
        As clerk = As.role(Role.OFFICE_CLERK);
        assertThrows(
                UnrequestedChangeException.class,
                () -> clerk.call(
                        () -> contacts.changeAtOffice(code, ContactChange.mobile("09350000000"), stranger, "REQ-5")));
        assertThrows(
                UnrequestedChangeException.class,
                () -> clerk.call(() -> contacts.changeAtOffice(code, ContactChange.mobile("09350000000"), code, " ")));
        assertEquals(2, fixture.auditCount("contact.change.refused", code), "both attempts are in the audit trail");
        assertEquals(1, clerk.call(() -> contacts.history(code)).size(), "nothing was changed");

        ContactSnapshot changed =
                clerk.call(() -> contacts.changeAtOffice(code, ContactChange.mobile("09350000000"), code, "REQ-6"));
        assertEquals(2, changed.version());
        assertEquals(Channel.OFFICE, changed.channel());
        assertEquals(ItUsers.username(Role.OFFICE_CLERK), changed.recordedBy());
        assertEquals(code, changed.requesterKey());
        assertEquals("REQ-6", changed.requestReference());
        assertEquals(1, fixture.auditCount("contact.change", code), "the accepted change is audited");
    }

    @Test
    void theRepresentativeMayAskForChangesOfALegalPerson_S0_40_b() throws Exception {
        String director = Identities.nationalCode();
        As clerk = As.role(Role.OFFICE_CLERK);
        clerk.call(() -> registry.registerAtOffice(
                PersonDetails.natural(
                        director,
                        LocalDate.of(1970, 2, 2),
                        new ContactChange("رضا", "امینی", null, "09121119999", null, null, null, null, null, null)),
                director,
                "REQ-A"));
        String legalId = Identities.legalId();
        clerk.call(() -> registry.registerAtOffice(
                PersonDetails.legal(
                        legalId,
                        "777",
                        director,
                        RepresentativeCapacity.LEGAL_REPRESENTATIVE,
                        new ContactChange(null, null, "شرکت نمونه", "09121118888", null, null, null, null, null, null)),
                director,
                "REQ-B"));
        ContactSnapshot changed = clerk.call(
                () -> contacts.changeAtOffice(legalId, ContactChange.email("legal@example.ir"), director, "REQ-C"));
        assertEquals("legal@example.ir", changed.email());
        assertEquals(director, changed.requesterKey());
    }

    @Test
    void aPersonWithNeitherMobileNorEmailGetsTheNationalJudicialEmail_S4_10_2() throws Exception {
        String code = registered(null, null);
        ContactSnapshot now = As.role(Role.NOTICE_OFFICER)
                .call(() -> contacts.contactAt(code, Instant.now()))
                .orElseThrow();
        assertNull(now.mobile());
        assertNull(now.email());
        assertEquals(JudicialEmail.forIdentity(code), now.judicialEmail());
        assertEquals(JudicialEmail.forIdentity(code), now.alertEmail());

        String withMobile = registered("09121110005", null);
        ContactSnapshot other = As.role(Role.NOTICE_OFFICER)
                .call(() -> contacts.contactAt(withMobile, Instant.now()))
                .orElseThrow();
        assertNull(other.judicialEmail(), "a person with a mobile number needs none");
    }

    @Test
    void everyAccountCanBeReachedByTheNoticesSentToIt_S4_9_1() throws Exception {
        // All notices go to the account (S4-9.1): whatever a person recorded, the data in force name a
        // way to alert the holder: the mobile, the e-mail, or else the national judicial e-mail.
        List<String> holders =
                List.of(registered("09121110007", null), registered(null, "b@example.ir"), registered(null, null));
        for (String code : holders) {
            ContactSnapshot now = As.role(Role.NOTICE_OFFICER)
                    .call(() -> contacts.contactAt(code, Instant.now()))
                    .orElseThrow();
            assertTrue(now.mobile() != null || now.alertEmail() != null, code);
            assertEquals(code, now.identityKey());
        }
        // a holder who clears mobile and e-mail later still has an address: the judicial e-mail is made then
        String code = holders.get(0);
        As.user(code, PASSWORD).call(() -> contacts.changeOwn(ContactChange.mobile("")));
        ContactSnapshot cleared = As.role(Role.NOTICE_OFFICER)
                .call(() -> contacts.contactAt(code, Instant.now()))
                .orElseThrow();
        assertNull(cleared.mobile());
        assertEquals(JudicialEmail.forIdentity(code), cleared.alertEmail());
    }

    @Test
    void anAgencyFeedAppliesGoodItemsReportsBadOnesAndIsIdempotent_S4_17() throws Exception {
        String first = registered("09121110006", null);
        String second = registered(null, "a@example.ir");
        String unknown = Identities.nationalCode();
        List<FeedItem> items = new ArrayList<>();
        items.add(new FeedItem(first, "09127770000", null, null, null, null, null, null));
        items.add(new FeedItem(unknown, "09127770001", null, null, null, null, null, null));
        items.add(new FeedItem(second, "not-a-mobile", null, null, null, null, null, null));
        items.add(new FeedItem(second, null, null, "02188776655", "23", "تهران", "1411111112", "نشانی از دستگاه"));
        String batchId = "it-" + System.nanoTime();
        As agency = As.role(Role.AGENCY_API);

        FeedResult result = agency.call(() -> feed.apply(batchId, items));
        assertFalse(result.replayed());
        assertEquals(2, result.applied());
        assertEquals(2, result.rejected());
        assertTrue(result.items().get(0).isApplied());
        assertEquals("unknown-person", result.items().get(1).errorCode());
        assertEquals("invalid-mobile-number:mobile", result.items().get(2).errorCode());
        assertTrue(result.items().get(3).isApplied());

        ContactSnapshot fed = As.role(Role.NOTICE_OFFICER)
                .call(() -> contacts.contactAt(first, Instant.now()))
                .orElseThrow();
        assertEquals("09127770000", fed.mobile());
        assertEquals(Channel.AGENCY, fed.channel());
        assertEquals(ItUsers.username(Role.AGENCY_API), fed.source(), "the source body is recorded");

        FeedResult again = agency.call(() -> feed.apply(batchId, items));
        assertTrue(again.replayed());
        assertEquals(result.applied(), again.applied());
        assertEquals(result.items().get(2).errorCode(), again.items().get(2).errorCode());
        assertEquals(
                2,
                As.role(Role.OFFICE_CLERK).call(() -> contacts.history(first)).size(),
                "nothing reapplied");
    }

    @Test
    void onlyAgenciesFeedContactData_S4_17() {
        assertThrows(EJBAccessException.class, () -> As.role(Role.OFFICE_CLERK).call(() -> feed.apply("x", List.of())));
        assertThrows(EJBAccessException.class, () -> feed.apply("x", List.of()));
    }
}
