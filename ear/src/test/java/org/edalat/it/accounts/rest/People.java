package org.edalat.it.accounts.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.util.concurrent.ThreadLocalRandom;
import org.edalat.it.support.Identities;
import org.edalat.platform.security.Role;

/** Registering test persons through the API, each with a fresh identity. */
final class People {
    static final String BIRTH_DATE = "1985-03-21";
    static final String PASSWORD = "Citizen-Pass-1405";

    private People() {}

    /** A lower-case Latin word no other test uses (for name searches). */
    static String word() {
        StringBuilder s = new StringBuilder("zq");
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < 10; i++) {
            s.append((char) ('a' + random.nextInt(26)));
        }
        return s.toString();
    }

    /** A natural person's body with names, birth date and, when not null, a mobile. */
    static String natural(String code, String lastName, String mobile, Object... more) {
        Object[] pairs = new Object[10 + more.length];
        pairs[0] = "nationalCode";
        pairs[1] = code;
        pairs[2] = "birthDate";
        pairs[3] = BIRTH_DATE;
        pairs[4] = "firstName";
        pairs[5] = "علی";
        pairs[6] = "lastName";
        pairs[7] = lastName;
        pairs[8] = "mobile";
        pairs[9] = mobile;
        System.arraycopy(more, 0, pairs, 10, more.length);
        return Json.object(pairs);
    }

    /** Self-registers a fresh person on the portal (pending); returns the national code. */
    static String selfRegistered(URL base) {
        String code = Identities.nationalCode();
        Client.anonymous(base)
                .post("registrations", natural(code, "رضایی", Identities.mobile(), "password", PASSWORD))
                .expect(201);
        return code;
    }

    /** A fresh person registered (and verified) at an office at their own request; returns the reply. */
    static Client.Reply officeRegistered(URL base, String code, String mobile) {
        return officeRegistered(base, code, "کریمی", mobile);
    }

    /** As {@link #officeRegistered(URL, String, String)}, with this last name. */
    static Client.Reply officeRegistered(URL base, String code, String lastName, String mobile, Object... more) {
        Object[] pairs = new Object[4 + more.length];
        pairs[0] = "requesterKey";
        pairs[1] = code;
        pairs[2] = "requestReference";
        pairs[3] = "REQ-" + code;
        System.arraycopy(more, 0, pairs, 4, more.length);
        Client.Reply reply =
                Client.as(base, Role.OFFICE_CLERK).post("office/registrations", natural(code, lastName, mobile, pairs));
        assertEquals(201, reply.status(), reply.body());
        return reply;
    }

    /** The person signed in with the self-registration password. */
    static Client citizen(URL base, String code) {
        return Client.as(base, code, PASSWORD);
    }
}
