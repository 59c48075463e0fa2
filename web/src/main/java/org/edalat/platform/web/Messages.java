package org.edalat.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.ResourceBundle;

/** Faces messages from the application bundle (Persian by default). */
public final class Messages {
    private Messages() {}

    public static void info(String key) {
        add(FacesMessage.SEVERITY_INFO, text(key));
    }

    public static void error(String message) {
        add(FacesMessage.SEVERITY_ERROR, message);
    }

    public static String text(String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        return ResourceBundle.getBundle(
                        "org.edalat.web.messages", faces.getViewRoot().getLocale())
                .getString(key);
    }

    private static void add(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }
}
