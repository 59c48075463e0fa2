package org.edalat.accounts.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import org.edalat.accounts.application.PersonDetails;
import org.edalat.accounts.application.PersonRegistry;
import org.edalat.accounts.application.Registration;
import org.edalat.accounts.domain.InvalidFieldException;
import org.edalat.platform.BusinessException;
import org.edalat.platform.web.Messages;

/**
 * portal/register.xhtml (public): a natural person registers in SANA with a password of their own
 * (S4-10, {@link PersonRegistry#selfRegister}). The registration stays pending until the identity
 * is verified online (S0-48) or at an office (S0-4); the page says so and sends the person to sign
 * in. A refused input shows its Persian message next to its field and nothing typed is lost.
 */
@Named
@ViewScoped
public class SelfRegisterBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    private PersonRegistry registry;

    private final FieldMessages fields = FieldMessages.in("selfRegister")
            .same(ContactForm.FIELDS)
            .same("nationalCode", "birthDate", "password", "passwordRepeat");

    private String nationalCode;
    private LocalDate birthDate;
    private final ContactForm contact = new ContactForm();
    private String password;
    private String passwordRepeat;
    private String registeredUsername;

    public void register() {
        try {
            if (password == null || !password.equals(passwordRepeat)) {
                throw new InvalidFieldException(
                        "passwordRepeat", "password-mismatch", Messages.text("portal.passwordMismatch"));
            }
            Registration done =
                    registry.selfRegister(PersonDetails.natural(nationalCode, birthDate, contact.change()), password);
            registeredUsername = done.person().username();
            password = null;
            passwordRepeat = null;
        } catch (BusinessException refused) {
            fields.show(refused);
        }
    }

    /** The username of the account just opened (the national code), or null before. */
    public String getRegisteredUsername() {
        return registeredUsername;
    }

    public ContactForm getContact() {
        return contact;
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
