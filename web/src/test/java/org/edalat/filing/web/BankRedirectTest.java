package org.edalat.filing.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The local bank's page sends the payer back only to a path of this application. */
class BankRedirectTest {
    @Test
    void aPathOfThisApplicationIsAccepted() {
        assertEquals("/office/filing.xhtml?id=7", BankRedirect.safeReturn("/office/filing.xhtml?id=7"));
        assertEquals("/portal/filing.xhtml?id=12", BankRedirect.safeReturn("/portal/filing.xhtml?id=12"));
    }

    @Test
    void anythingThatCouldLeadElsewhereIsRefused() {
        assertNull(BankRedirect.safeReturn(null));
        assertNull(BankRedirect.safeReturn(""));
        assertNull(BankRedirect.safeReturn("https://evil.example/"));
        assertNull(BankRedirect.safeReturn("//evil.example/path"));
        assertNull(BankRedirect.safeReturn("/\\evil.example"));
        assertNull(BankRedirect.safeReturn("javascript:alert(1)"));
        assertNull(BankRedirect.safeReturn("office/filing.xhtml"));
        assertNull(BankRedirect.safeReturn("/office/filing.xhtml\r\nSet-Cookie: x=y"));
        assertNull(BankRedirect.safeReturn("/a b"));
        assertNull(BankRedirect.safeReturn("/" + "x".repeat(600)));
    }
}
