package org.edalat.accounts.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.edalat.accounts.application.ContactDirectory;
import org.edalat.accounts.application.PasswordReset;
import org.edalat.accounts.application.PersonDirectory;
import org.edalat.accounts.application.PersonRegistry;
import org.edalat.accounts.domain.InvalidFieldException;
import org.edalat.platform.BusinessException;
import org.edalat.platform.security.Role;
import org.edalat.platform.web.Messages;

/**
 * persons/view.xhtml?key=…: one person: identity, the status of the registration and how, by whom
 * and when it was verified (S4-10), through whom it came and who asked (S0-40.b), the national
 * judicial e-mail (S4-10.2), and every version of the contact data (S4-12).
 *
 * <p>An office clerk also verifies a pending person's identity against the presented documents (S0-4,
 * {@link PersonRegistry#verifyAtOffice}) and records a change of contact data at the person's
 * signed request ({@link ContactDirectory#changeAtOffice}); a change nobody asked for is refused
 * with the Persian message and audited (S0-40.b).
 */
@Named
@ViewScoped
public class ViewPersonBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The roles ContactDirectory#history is open to. */
    private static final Set<Role> HISTORY_ROLES = EnumSet.of(
            Role.OFFICE_CLERK, Role.BRANCH_CLERK, Role.JUDGE, Role.REFERRAL_AUTHORITY, Role.NOTICE_OFFICER, Role.ADMIN);

    @EJB
    private PersonDirectory directory;

    @EJB
    private ContactDirectory contacts;

    @EJB
    private PersonRegistry registry;

    @EJB
    private PasswordReset passwordReset;

    private final FieldMessages verifyFields = FieldMessages.in("verify")
            .same("verifyDocumentsChecked", "verifyReference")
            .map("requestReference", "verifyReference");
    private final FieldMessages resetFields = FieldMessages.in("reset")
            .same("resetDocumentsChecked", "resetReference")
            .map("requestReference", "resetReference");
    private final FieldMessages changeFields =
            FieldMessages.in("change").same(ContactForm.FIELDS).same("requesterKey", "requestReference");

    private String key;
    private PersonSummary person;
    private List<ContactRow> history = List.of();
    private boolean historyVisible;

    private boolean verifyDocumentsChecked;
    private String verifyReference;

    private boolean resetDocumentsChecked;
    private String resetReference;
    private String issuedPassword;

    private final ContactForm contact = new ContactForm();
    private String requesterKey;
    private String requestReference;

    /** Reads the {@code key} parameter of the GET request that opened the page. */
    @PostConstruct
    void open() {
        key = external().getRequestParameterMap().get("key");
        load();
    }

    /** Loads the person named by the key; the page says so when there is none. */
    void load() {
        person = key == null ? null : directory.find(key).map(PersonSummary::of).orElse(null);
        if (person == null) {
            history = List.of();
            return;
        }
        historyVisible = HISTORY_ROLES.stream().anyMatch(r -> external().isUserInRole(r.name()));
        history = historyVisible
                ? contacts.history(person.identityKey()).stream()
                        .map(ContactRow::of)
                        .toList()
                : List.of();
        contact.fill(history.isEmpty() ? null : history.get(0));
    }

    /** S0-4, S4-10: the office verifies a pending person's identity against the presented documents. */
    public void verify() {
        if (person == null) {
            return;
        }
        try {
            if (!verifyDocumentsChecked) {
                throw new InvalidFieldException(
                        "verifyDocumentsChecked", "documents-not-checked", Messages.text("persons.documentsRequired"));
            }
            if (verifyReference == null || verifyReference.isBlank()) {
                throw InvalidFieldException.required("requestReference", Messages.text("persons.requestReference"));
            }
            registry.verifyAtOffice(person.identityKey(), verifyReference.strip());
            verifyDocumentsChecked = false;
            verifyReference = null;
            load();
            Messages.info("persons.verifiedNow");
        } catch (BusinessException refused) {
            verifyFields.show(refused);
        }
    }

    /**
     * S4-27: a forgotten password is reset at the office only after identity is verified again
     * against the presented documents; the new generated password is shown once, to hand over.
     */
    public void resetPassword() {
        if (person == null) {
            return;
        }
        try {
            if (!resetDocumentsChecked) {
                throw new InvalidFieldException(
                        "resetDocumentsChecked", "documents-not-checked", Messages.text("persons.documentsRequired"));
            }
            issuedPassword = passwordReset.resetAtOffice(person.identityKey(), resetReference);
            resetDocumentsChecked = false;
            resetReference = null;
            Messages.info("persons.reset.done");
        } catch (BusinessException refused) {
            resetFields.show(refused);
        }
    }

    /** S4-12, S0-40.b: records a change of contact data at the signed request of the person. */
    public void change() {
        if (person == null) {
            return;
        }
        try {
            contacts.changeAtOffice(person.identityKey(), contact.change(), requesterKey, requestReference);
            requesterKey = null;
            requestReference = null;
            load();
            Messages.info("persons.changeRecorded");
        } catch (BusinessException refused) {
            changeFields.show(refused);
        }
    }

    /** Whether the signed-in user works at an office (verifies, records changes at a request). */
    public boolean isOfficeClerk() {
        return external().isUserInRole(Role.OFFICE_CLERK.name());
    }

    private static ExternalContext external() {
        return FacesContext.getCurrentInstance().getExternalContext();
    }

    public PersonSummary getPerson() {
        return person;
    }

    public List<ContactRow> getHistory() {
        return history;
    }

    /** The version in force now (the newest), or null. */
    public ContactRow getCurrent() {
        return history.isEmpty() ? null : history.get(0);
    }

    /** The first version: who asked for the registration and through whom. */
    public ContactRow getFirst() {
        return history.isEmpty() ? null : history.get(history.size() - 1);
    }

    public boolean isHistoryVisible() {
        return historyVisible;
    }

    public ContactForm getContact() {
        return contact;
    }

    public String getKey() {
        return key;
    }

    public boolean isVerifyDocumentsChecked() {
        return verifyDocumentsChecked;
    }

    public void setVerifyDocumentsChecked(boolean verifyDocumentsChecked) {
        this.verifyDocumentsChecked = verifyDocumentsChecked;
    }

    public String getVerifyReference() {
        return verifyReference;
    }

    public void setVerifyReference(String verifyReference) {
        this.verifyReference = verifyReference;
    }

    public boolean isResetDocumentsChecked() {
        return resetDocumentsChecked;
    }

    public void setResetDocumentsChecked(boolean resetDocumentsChecked) {
        this.resetDocumentsChecked = resetDocumentsChecked;
    }

    public String getResetReference() {
        return resetReference;
    }

    public void setResetReference(String resetReference) {
        this.resetReference = resetReference;
    }

    /** The password the last reset issued, shown once on the slip; null otherwise. */
    public String getIssuedPassword() {
        return issuedPassword;
    }

    public String getRequesterKey() {
        return requesterKey;
    }

    public void setRequesterKey(String requesterKey) {
        this.requesterKey = requesterKey;
    }

    public String getRequestReference() {
        return requestReference;
    }

    public void setRequestReference(String requestReference) {
        this.requestReference = requestReference;
    }
}
