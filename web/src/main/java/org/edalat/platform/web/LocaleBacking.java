package org.edalat.platform.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;

/** The user's language: Persian (default, right to left) or English. One small Serializable value. */
@Named
@SessionScoped
public class LocaleBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    private String language = "fa";

    public Locale getLocale() {
        return Locale.forLanguageTag(language);
    }

    public String getLanguage() {
        return language;
    }

    /** {@code rtl} for Persian, {@code ltr} for English. */
    public String getDirection() {
        return "fa".equals(language) ? "rtl" : "ltr";
    }

    /**
     * Switches the language and shows the same view again (no redirect: a redirect would lose the
     * protected-view token of admin screens).
     */
    public void toggle() {
        language = "fa".equals(language) ? "en" : "fa";
        FacesContext.getCurrentInstance().getViewRoot().setLocale(getLocale());
    }
}
