package org.edalat.platform.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.edalat.licensing.application.OfficeDirectory;
import org.edalat.platform.audit.AuditChainVerifier;
import org.edalat.platform.security.Role;
import org.edalat.platform.security.UserAccountService;
import org.edalat.platform.text.PersianDigits;
import org.edalat.referral.application.UnitDirectory;

/** index.xhtml: the per-role dashboard: figures the user's roles may see. */
@Named
@RequestScoped
public class DashboardBacking {
    /** One figure: bundle key of its label and its value. */
    public record Figure(String key, long value) {}

    @Inject
    private ShellBacking shell;

    @EJB
    private UserAccountService accounts;

    @EJB
    private AuditChainVerifier audit;

    @EJB
    private UnitDirectory units;

    @EJB
    private OfficeDirectory offices;

    private List<Figure> figures;

    public List<Figure> getFigures() {
        if (figures == null) {
            Set<Role> roles = shell.getRoles();
            figures = new ArrayList<>();
            if (roles.contains(Role.ADMIN)) {
                figures.add(new Figure("figure.users", accounts.count()));
                figures.add(new Figure("figure.audit", audit.count()));
            }
            if (opens(roles, "/units/index.xhtml")) {
                figures.add(new Figure("figure.units", units.countUnits()));
            }
            if (opens(roles, "/offices/index.xhtml")) {
                figures.add(new Figure("figure.offices", offices.countOffices()));
            }
        }
        return figures;
    }

    public String persian(long value) {
        return PersianDigits.toPersian(Long.toString(value));
    }

    private static boolean opens(Set<Role> roles, String viewId) {
        return ScreenCatalog.openTo(roles).stream().anyMatch(s -> s.viewId().equals(viewId));
    }
}
