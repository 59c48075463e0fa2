package org.edalat.accounts.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.edalat.accounts.application.ContactDirectory;
import org.edalat.accounts.application.ContactSnapshot;
import org.edalat.accounts.application.PersonDirectory;
import org.edalat.platform.BusinessException;
import org.edalat.platform.web.Messages;

/**
 * portal/contact.xhtml: the signed-in person changes the own mobile, e-mail, postal address or name
 * ({@link ContactDirectory#changeOwn}). Each change is a new version in force from the moment it is
 * recorded; until then the previous data stays the basis of notices (S4-12). Only the fields the
 * person changed are part of the change.
 */
@Named
@ViewScoped
public class ChangeContactBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    private ContactDirectory contacts;

    @EJB
    private PersonDirectory directory;

    private final FieldMessages fields = FieldMessages.in("contact").same(ContactForm.FIELDS);

    private final ContactForm contact = new ContactForm();
    private ContactRow current;
    private PersonSummary me;

    @PostConstruct
    void load() {
        me = directory.me().map(PersonSummary::of).orElse(null);
        current = me == null ? null : contacts.myContact().map(ContactRow::of).orElse(null);
        contact.fill(current);
    }

    /** S4-12: records the change as a new version. */
    public void save() {
        if (me == null) {
            return;
        }
        try {
            ContactSnapshot recorded = contacts.changeOwn(contact.change());
            current = ContactRow.of(recorded);
            contact.fill(current);
            Messages.info("portal.contactRecorded");
        } catch (BusinessException refused) {
            fields.show(refused);
        }
    }

    public ContactForm getContact() {
        return contact;
    }

    public ContactRow getCurrent() {
        return current;
    }

    public PersonSummary getMe() {
        return me;
    }
}
