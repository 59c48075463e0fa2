package org.edalat.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.edalat.platform.security.Role;
import org.junit.jupiter.api.Test;

/** The Persian and English bundles have the same keys, and Persian wins for the fa locale. */
class BundleTest {
    private static final String BASE = "org.edalat.web.messages";

    @Test
    void persianAndEnglishHaveTheSameKeys() {
        Set<String> fa = new TreeSet<>(persian().keySet());
        Set<String> en =
                new TreeSet<>(ResourceBundle.getBundle(BASE, Locale.ROOT).keySet());
        assertEquals(en, fa);
    }

    @Test
    void persianIsChosenForFaEvenWhenTheJvmDefaultIsEnglish() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.US);
            assertEquals("امروز", persian().getString("app.today"));
            assertEquals("Today", ResourceBundle.getBundle(BASE, Locale.ENGLISH).getString("app.today"));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void everyRoleHasALabelAndADescription() {
        ResourceBundle fa = persian();
        for (Role role : Role.values()) {
            assertTrue(fa.containsKey("role." + role), role.name());
            assertTrue(fa.containsKey("roleDesc." + role), role.name());
        }
    }

    @Test
    void everyScreenHasALabel() {
        for (Screen screen : ScreenCatalog.SCREENS) {
            assertTrue(persian().containsKey(screen.labelKey()), screen.viewId());
        }
    }

    private static ResourceBundle persian() {
        return ResourceBundle.getBundle(BASE, Locale.forLanguageTag("fa"));
    }
}
