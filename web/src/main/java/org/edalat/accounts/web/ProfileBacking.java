package org.edalat.accounts.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.edalat.accounts.application.ContactDirectory;
import org.edalat.accounts.application.PersonDirectory;
import org.edalat.accounts.application.PersonRegistry;
import org.edalat.platform.BusinessException;
import org.edalat.platform.web.Messages;

/**
 * portal/profile.xhtml: the signed-in person's own identity and the status of the registration
 * (S4-10); while pending, online verification against the civil registry by birth date and names
 * (S0-48: a mismatch or an unreachable registry is said in Persian and changes nothing); the
 * contact data in force and every earlier version (S4-12).
 */
@Named
@ViewScoped
public class ProfileBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    private PersonDirectory directory;

    @EJB
    private ContactDirectory contacts;

    @EJB
    private PersonRegistry registry;

    private final FieldMessages fields =
            FieldMessages.in("verifyOnline").same("birthDate", "firstName", "lastName", "nationalCode");

    private PersonSummary me;
    private List<ContactRow> history = List.of();

    private LocalDate birthDate;
    private String firstName;
    private String lastName;

    @PostConstruct
    void load() {
        me = directory.me().map(PersonSummary::of).orElse(null);
        history = me == null
                ? List.of()
                : contacts.myHistory().stream().map(ContactRow::of).toList();
    }

    /** S0-48, S4-10: verifies the own identity online; the registration becomes final. */
    public void verifyOnline() {
        try {
            registry.verifyOnline(birthDate, firstName, lastName);
            load();
            Messages.info("portal.verifiedNow");
        } catch (BusinessException refused) {
            fields.show(refused);
        }
    }

    public PersonSummary getMe() {
        return me;
    }

    public List<ContactRow> getHistory() {
        return history;
    }

    /** The version in force now, or null. */
    public ContactRow getCurrent() {
        return history.isEmpty() ? null : history.get(0);
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
}
