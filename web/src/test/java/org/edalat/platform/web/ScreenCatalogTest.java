package org.edalat.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.edalat.platform.security.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The menu (ScreenCatalog) and the container's security constraints (web.xml) give every role the
 * same screens (S4-28: access levels per role): a menu entry never leads to a 403 and no screen is
 * reachable by a role the menu hides it from.
 */
class ScreenCatalogTest {
    /** A security constraint: its URL patterns and roles (null = no auth-constraint, public). */
    record Constraint(List<String> patterns, Set<Role> roles) {}

    private static final List<Constraint> CONSTRAINTS = new ArrayList<>();

    @BeforeAll
    static void readWebXml() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document doc = factory.newDocumentBuilder()
                .parse(Path.of("src/main/webapp/WEB-INF/web.xml").toFile());
        NodeList constraints = doc.getElementsByTagNameNS("*", "security-constraint");
        for (int i = 0; i < constraints.getLength(); i++) {
            Element c = (Element) constraints.item(i);
            List<String> patterns = texts(c, "url-pattern");
            NodeList auth = c.getElementsByTagNameNS("*", "auth-constraint");
            Set<Role> roles = null;
            if (auth.getLength() > 0) {
                roles = EnumSet.noneOf(Role.class);
                for (String name : texts((Element) auth.item(0), "role-name")) {
                    if (name.equals("**")) {
                        roles.addAll(EnumSet.allOf(Role.class));
                    } else {
                        roles.add(Role.valueOf(name));
                    }
                }
            }
            CONSTRAINTS.add(new Constraint(patterns, roles));
        }
    }

    @Test
    void everyScreenIsOpenInWebXmlToExactlyTheRolesOfTheMenu_S4_28() {
        for (Screen screen : ScreenCatalog.SCREENS) {
            Set<Role> allowed = rolesFor(screen.viewId());
            assertEquals(screen.roles(), allowed, screen.viewId());
        }
    }

    @Test
    void loginAndErrorPagesArePublicAndEverythingElseNeedsSignIn() {
        assertEquals(null, rolesFor("/login.xhtml"));
        assertEquals(null, rolesFor("/errors/404.xhtml"));
        assertEquals(null, rolesFor("/portal/register.xhtml"), "self-registration is public (S4-10)");
        assertEquals(null, rolesFor("/portal/reset.xhtml"), "the online password reset is public (S4-27)");
        assertEquals(EnumSet.of(Role.CITIZEN), rolesFor("/portal/profile.xhtml"));
        assertEquals(EnumSet.allOf(Role.class), rolesFor("/some/other/page.xhtml"));
    }

    @Test
    void aCitizenSeesOnlyTheDashboardAndThePortal_S4_28() {
        List<Screen> screens = ScreenCatalog.openTo(EnumSet.of(Role.CITIZEN));
        assertEquals(
                List.of(
                        "/index.xhtml",
                        "/portal/profile.xhtml",
                        "/portal/contact.xhtml",
                        "/portal/filing.xhtml",
                        "/portal/filings.xhtml"),
                screens.stream().map(Screen::viewId).toList());
    }

    @Test
    void anAdminSeesTheAdministrationScreens_S4_28() {
        List<String> screens = ScreenCatalog.openTo(EnumSet.of(Role.ADMIN)).stream()
                .map(Screen::viewId)
                .toList();
        assertTrue(screens.containsAll(List.of("/admin/users.xhtml", "/admin/audit.xhtml", "/admin/jobs.xhtml")));
        assertFalse(ScreenCatalog.openTo(EnumSet.of(Role.JUDGE)).stream()
                .anyMatch(s -> s.viewId().startsWith("/admin/")));
    }

    /** Servlet matching: exact, then longest path prefix, then extension. */
    private static Set<Role> rolesFor(String path) {
        Constraint best = null;
        int bestRank = -1;
        for (Constraint c : CONSTRAINTS) {
            for (String p : c.patterns()) {
                int rank = rank(p, path);
                if (rank > bestRank) {
                    bestRank = rank;
                    best = c;
                }
            }
        }
        assertTrue(best != null, "no constraint covers " + path);
        return best.roles();
    }

    private static int rank(String pattern, String path) {
        if (pattern.equals(path)) {
            return 10_000;
        }
        if (pattern.endsWith("/*")) {
            String prefix = pattern.substring(0, pattern.length() - 2);
            return path.startsWith(prefix + "/") ? 1_000 + prefix.length() : -1;
        }
        if (pattern.startsWith("*.")) {
            return path.endsWith(pattern.substring(1)) ? 1 : -1;
        }
        return -1;
    }

    private static List<String> texts(Element parent, String tag) {
        NodeList nodes = parent.getElementsByTagNameNS("*", tag);
        List<String> result = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            result.add(nodes.item(i).getTextContent().strip());
        }
        return result;
    }
}
