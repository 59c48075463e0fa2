package org.edalat.accounts.web;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.edalat.accounts.application.PersonDetails;
import org.edalat.accounts.application.PersonRegistry;
import org.edalat.accounts.application.Registration;
import org.edalat.accounts.domain.InvalidFieldException;
import org.edalat.accounts.domain.PersonKind;
import org.edalat.accounts.domain.RepresentativeCapacity;
import org.edalat.accounts.domain.UnitRegistrationReason;
import org.edalat.platform.BusinessException;
import org.edalat.platform.security.Role;
import org.edalat.platform.web.Messages;

/**
 * persons/register.xhtml: registers a natural person, a foreign national or a legal person.
 *
 * <ul>
 *   <li>An office clerk registers at the person's (or, for a legal person, its representative's)
 *       signed request, having checked the identity documents against the originals (S0-4, the box
 *       must be ticked); the registration is final at once (S4-10) and the request is recorded
 *       (S0-40.b). {@link PersonRegistry#registerAtOffice}.
 *   <li>A branch clerk, judge or referral authority registers a party in the unit, for an urgent act
 *       (S4-11) or because the district has no office (S4-11.1). {@link PersonRegistry#registerByUnit}.
 * </ul>
 *
 * The generated initial password is shown once on a slip to hand over; the person must change it at
 * the first sign-in. A refused input shows its Persian message next to its field and nothing typed
 * is lost.
 */
@Named
@ViewScoped
public class RegisterPersonBacking implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final List<PersonKind> KINDS =
            List.of(PersonKind.NATURAL, PersonKind.FOREIGN_NATURAL, PersonKind.LEGAL);

    /** The slip handed to the person: the username and the initial password (shown once). */
    public record Slip(String identityKey, String username, String name, String initialPassword)
            implements Serializable {}

    @EJB
    private PersonRegistry registry;

    private final FieldMessages fields = FieldMessages.in("register")
            .same(ContactForm.FIELDS)
            .same(
                    "nationalCode",
                    "foreignId",
                    "passportNumber",
                    "nationality",
                    "birthDate",
                    "legalId",
                    "registrationNumber",
                    "representativeNationalCode",
                    "representativeCapacity",
                    "requesterKey",
                    "requestReference",
                    "documentsChecked",
                    "unitCode",
                    "reason")
            .map("kind", "kind")
            .map("representativeKey", "representativeNationalCode");

    private PersonKind kind = PersonKind.NATURAL;
    private String nationalCode;
    private String foreignId;
    private String passportNumber;
    private String nationality;
    private LocalDate birthDate;
    private String legalId;
    private String registrationNumber;
    private String representativeNationalCode;
    private RepresentativeCapacity representativeCapacity;
    private final ContactForm contact = new ContactForm();

    private String requesterKey;
    private String requestReference;
    private boolean documentsChecked;

    private String unitCode;
    private UnitRegistrationReason reason;

    private Slip slip;

    /** Registers through the office or the unit path, as the signed-in user's role allows. */
    public void register() {
        slip = null;
        try {
            PersonDetails details = details();
            Registration done;
            if (isOfficePath()) {
                if (!documentsChecked) { // S0-4: the office checks the identity documents first
                    throw new InvalidFieldException(
                            "documentsChecked", "documents-not-checked", Messages.text("persons.documentsRequired"));
                }
                done = registry.registerAtOffice(details, requesterKey, requestReference);
            } else {
                done = registry.registerByUnit(details, unitCode, reason);
            }
            slip = new Slip(
                    done.person().identityKey(),
                    done.person().username(),
                    done.person().currentName(),
                    done.initialPassword());
            reset();
            Messages.info("persons.registered");
        } catch (BusinessException refused) {
            fields.show(refused);
        }
    }

    private PersonDetails details() {
        return switch (kind == null ? PersonKind.NATURAL : kind) {
            case FOREIGN_NATURAL -> new PersonDetails(
                    PersonKind.FOREIGN_NATURAL,
                    null,
                    null,
                    foreignId,
                    passportNumber,
                    nationality,
                    birthDate,
                    null,
                    null,
                    null,
                    contact.change());
            case LEGAL -> PersonDetails.legal(
                    legalId, registrationNumber, representativeNationalCode, representativeCapacity, contact.change());
            default -> PersonDetails.natural(nationalCode, birthDate, contact.change());
        };
    }

    private void reset() {
        nationalCode = null;
        foreignId = null;
        passportNumber = null;
        nationality = null;
        birthDate = null;
        legalId = null;
        registrationNumber = null;
        representativeNationalCode = null;
        representativeCapacity = null;
        contact.clear();
        requesterKey = null;
        requestReference = null;
        documentsChecked = false;
        unitCode = null;
        reason = null;
    }

    /** An office clerk registers at an office (S0-4); the judicial unit's staff use the unit path. */
    public boolean isOfficePath() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Role.OFFICE_CLERK.name());
    }

    public boolean isLegal() {
        return kind == PersonKind.LEGAL;
    }

    public boolean isForeign() {
        return kind == PersonKind.FOREIGN_NATURAL;
    }

    public List<PersonKind> getKinds() {
        return KINDS;
    }

    public RepresentativeCapacity[] getCapacities() {
        return RepresentativeCapacity.values();
    }

    public UnitRegistrationReason[] getReasons() {
        return UnitRegistrationReason.values();
    }

    public Slip getSlip() {
        return slip;
    }

    public ContactForm getContact() {
        return contact;
    }

    public PersonKind getKind() {
        return kind;
    }

    public void setKind(PersonKind kind) {
        this.kind = kind;
    }

    public String getNationalCode() {
        return nationalCode;
    }

    public void setNationalCode(String nationalCode) {
        this.nationalCode = nationalCode;
    }

    public String getForeignId() {
        return foreignId;
    }

    public void setForeignId(String foreignId) {
        this.foreignId = foreignId;
    }

    public String getPassportNumber() {
        return passportNumber;
    }

    public void setPassportNumber(String passportNumber) {
        this.passportNumber = passportNumber;
    }

    public String getNationality() {
        return nationality;
    }

    public void setNationality(String nationality) {
        this.nationality = nationality;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    public String getLegalId() {
        return legalId;
    }

    public void setLegalId(String legalId) {
        this.legalId = legalId;
    }

    public String getRegistrationNumber() {
        return registrationNumber;
    }

    public void setRegistrationNumber(String registrationNumber) {
        this.registrationNumber = registrationNumber;
    }

    public String getRepresentativeNationalCode() {
        return representativeNationalCode;
    }

    public void setRepresentativeNationalCode(String representativeNationalCode) {
        this.representativeNationalCode = representativeNationalCode;
    }

    public RepresentativeCapacity getRepresentativeCapacity() {
        return representativeCapacity;
    }

    public void setRepresentativeCapacity(RepresentativeCapacity representativeCapacity) {
        this.representativeCapacity = representativeCapacity;
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

    public boolean isDocumentsChecked() {
        return documentsChecked;
    }

    public void setDocumentsChecked(boolean documentsChecked) {
        this.documentsChecked = documentsChecked;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public void setUnitCode(String unitCode) {
        this.unitCode = unitCode;
    }

    public UnitRegistrationReason getReason() {
        return reason;
    }

    public void setReason(UnitRegistrationReason reason) {
        this.reason = reason;
    }
}
