package org.edalat.accounts.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The national judicial e-mail address (S4-10.2): documented format, unique per identity. */
class JudicialEmailTest {
    @Test
    void theAddressIsJPlusTheIdentityKeyAtTheJudicialDomain_S4_10_2() {
        assertEquals("j0499370899@eblagh.adliran.ir", JudicialEmail.forIdentity("0499370899"));
        assertEquals("jf123456789@eblagh.adliran.ir", JudicialEmail.forIdentity("F123456789"));
    }

    @Test
    void differentIdentitiesGetDifferentAddresses_S4_10_2() {
        assertNotEquals(JudicialEmail.forIdentity("0499370899"), JudicialEmail.forIdentity("0790419904"));
    }

    @Test
    void anythingButLettersAndDigitsIsRefused_S4_10_2() {
        assertThrows(IllegalArgumentException.class, () -> JudicialEmail.forIdentity("a@b"));
        assertThrows(IllegalArgumentException.class, () -> JudicialEmail.forIdentity(""));
    }
}
