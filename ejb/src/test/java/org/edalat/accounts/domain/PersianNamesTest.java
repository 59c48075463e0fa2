package org.edalat.accounts.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Names compare as the civil registry compares them in online verification (S0-48). */
class PersianNamesTest {
    @Test
    void arabicYehAndKafAndZwnjDoNotMakeNamesDiffer_S0_48() {
        assertTrue(PersianNames.same("علی", "علي"));
        assertTrue(PersianNames.same("کاظمی", "كاظمي"));
        assertTrue(PersianNames.same("عبدالله\u200cزاده", "عبدالله زاده"));
        assertTrue(PersianNames.same("  محمد   رضا ", "محمد رضا"));
    }

    @Test
    void differentNamesStayDifferent_S0_48() {
        assertFalse(PersianNames.same("علی", "علیرضا"));
        assertFalse(PersianNames.same("علی", null));
    }
}
