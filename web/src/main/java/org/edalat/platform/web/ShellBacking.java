package org.edalat.platform.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.edalat.platform.security.Role;
import org.edalat.platform.security.UserAccountService;

/**
 * The layout around every screen: who is signed in, with which roles, the menu of the screens open
 * to those roles, and logout. Request scoped: nothing of it is kept in the session.
 */
@Named
@RequestScoped
public class ShellBacking {
    @Inject
    private FacesContext faces;

    @EJB
    private UserAccountService accounts;

    private Set<Role> roles;
    private String displayName;

    /** The signed-in user's roles, read from the container (the Elytron identity). */
    public Set<Role> getRoles() {
        if (roles == null) {
            ExternalContext external = faces.getExternalContext();
            roles = external.getUserPrincipal() == null
                    ? EnumSet.noneOf(Role.class)
                    : Arrays.stream(Role.values())
                            .filter(r -> external.isUserInRole(r.name()))
                            .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
        }
        return roles;
    }

    public boolean isSignedIn() {
        return faces.getExternalContext().getUserPrincipal() != null;
    }

    public String getUsername() {
        return isSignedIn() ? faces.getExternalContext().getUserPrincipal().getName() : null;
    }

    public String getDisplayName() {
        if (displayName == null && isSignedIn()) {
            displayName = accounts.me().map(u -> u.getDisplayName()).orElse(getUsername());
        }
        return displayName;
    }

    /** The menu: the screens open to the user's roles. */
    public List<Screen> getScreens() {
        return ScreenCatalog.openTo(getRoles());
    }

    /** The screens of the dashboard: the menu without the dashboard itself. */
    public List<Screen> getDashboardScreens() {
        return getScreens().stream()
                .filter(s -> !s.viewId().equals("/index.xhtml"))
                .toList();
    }

    public boolean isCurrent(Screen screen) {
        return screen.viewId().equals(faces.getViewRoot().getViewId());
    }

    /** Signs out: ends the container login and the session, back to the login page. */
    public String logout() throws ServletException, IOException {
        ExternalContext external = faces.getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        return "/login.xhtml?faces-redirect=true";
    }
}
