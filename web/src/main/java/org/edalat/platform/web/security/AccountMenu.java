package org.edalat.platform.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.List;
import org.edalat.platform.web.Screen;
import org.edalat.platform.web.ScreenCatalog;

/** The signed-in user's own-account links in the layout (password, login history), as {@code accountMenu}. */
@Named
@ApplicationScoped
public class AccountMenu {
    public List<Screen> getScreens() {
        return ScreenCatalog.ACCOUNT_SCREENS;
    }
}
