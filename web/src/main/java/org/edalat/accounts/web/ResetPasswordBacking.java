package org.edalat.accounts.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import org.edalat.accounts.application.PasswordReset;
import org.edalat.accounts.domain.InvalidFieldException;
import org.edalat.platform.BusinessException;
import org.edalat.platform.web.Messages;

/**
 * portal/reset.xhtml (public): a holder of a national code who forgot the password sets a new one
 * after identity is verified again online against the civil registry (S4-27, S0-48, {@link
 * PasswordReset#resetOnline}). Where that fails, the page sends the person to an office.
 */
@Named
@ViewScoped
public class ResetPasswordBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    private PasswordReset reset;

    private final FieldMessages fields = FieldMessages.in("reset")
            .same("nationalCode", "birthDate", "firstName", "lastName", "password", "passwordRepeat");

    private String nationalCode;
    private LocalDate birthDate;
    private String firstName;
    private String lastName;
    private String password;
    private String passwordRepeat;
    private boolean done;

    public void reset() {
        try {
            if (password == null || !password.equals(passwordRepeat)) {
                throw new InvalidFieldException(
                        "passwordRepeat", "password-mismatch", Messages.text("portal.passwordMismatch"));
            }
            reset.resetOnline(nationalCode, birthDate, firstName, lastName, password);
            done = true;
        } catch (BusinessException refused) {
            fields.show(refused);
        } finally {
            password = null;
            passwordRepeat = null;
        }
    }

    public boolean isDone() {
        return done;
    }

    public String getNationalCode() {
        return nationalCode;
    }

    public void setNationalCode(String nationalCode) {
        this.nationalCode = nationalCode;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getPasswordRepeat() {
        return passwordRepeat;
    }

    public void setPasswordRepeat(String passwordRepeat) {
        this.passwordRepeat = passwordRepeat;
    }
}
