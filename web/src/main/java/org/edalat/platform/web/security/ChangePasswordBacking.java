package org.edalat.platform.web.security;

import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import org.edalat.platform.BusinessException;
import org.edalat.platform.security.Credentials;
import org.edalat.platform.web.Messages;

/**
 * account/password.xhtml: the signed-in user changes the own password (S4-27: the holder keeps the
 * credentials); also where {@link ForcedPasswordChangeFilter} sends a user with a generated one.
 */
@Named
@ViewScoped
public class ChangePasswordBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    private Credentials credentials;

    private String currentPassword;
    private String newPassword;
    private String confirmation;
    private boolean changed;

    /** Changes the password; a mismatch or a business error stays on the form. */
    public void change() {
        try {
            if (newPassword == null || !newPassword.equals(confirmation)) {
                Messages.error(Messages.text("password.mismatch"));
                return;
            }
            credentials.changeOwnPassword(currentPassword, newPassword);
            session().put(CredentialAttributes.PASSWORD_CHANGE_REQUIRED, Boolean.FALSE);
            changed = true;
            Messages.info("password.changed");
        } catch (BusinessException e) {
            Messages.error(e.getMessage());
        } finally {
            currentPassword = null;
            newPassword = null;
            confirmation = null;
        }
    }

    /** True while the user must change a generated password before anything else (the notice shows). */
    public boolean isRequired() {
        return !changed && Boolean.TRUE.equals(session().get(CredentialAttributes.PASSWORD_CHANGE_REQUIRED));
    }

    public boolean isChanged() {
        return changed;
    }

    private static Map<String, Object> session() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        return external.getSessionMap();
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
