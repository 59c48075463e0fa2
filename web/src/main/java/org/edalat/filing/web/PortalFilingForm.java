package org.edalat.filing.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.edalat.accounts.web.FieldMessages;
import org.edalat.filing.domain.FilingDraft;
import org.edalat.filing.domain.FilingKind;
import org.edalat.filing.domain.FilingParty;
import org.edalat.filing.domain.PartyRole;
import org.edalat.filing.domain.TrackingCode;
import org.edalat.platform.BusinessException;
import org.edalat.platform.text.PersianDigits;

/**
 * The filing form a citizen fills on the portal (S0-3) and an office clerk fills for the applicant
 * (S0-4): the kind, the judicial unit, subject and text, the claim value of a civil petition, the
 * case a submission is for, and the parties (rows added and removed on the page). {@link #draft()}
 * makes the {@link FilingDraft}, which validates field by field; {@link #show(BusinessException)}
 * puts a refusal next to its field on the page ({@code <form>:kind}, {@code :unitCode}, ...), a
 * party's with its row number.
 */
public class PortalFilingForm implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final Pattern PARTY_FIELD = Pattern.compile("parties\\[(\\d+)\\]\\..*");

    /** The kinds a party files (S0-2); reports come from officers' and experts' systems (S0-5). */
    public static final List<FilingKind> PARTY_KINDS =
            Arrays.stream(FilingKind.values()).filter(k -> !k.isReport()).toList();

    private final String formId;
    private FilingKind kind = FilingKind.CRIMINAL_COMPLAINT;
    private String unitCode;
    private String subject;
    private String body;
    private Long claimValue;
    private String caseReference;
    private final List<Party> parties = new ArrayList<>();

    /** A party row of the form. */
    public static class Party implements Serializable {
        private static final long serialVersionUID = 1L;

        private PartyRole role;
        private String name;
        private String nationalCode;
        private String address;

        Party(PartyRole role) {
            this.role = role;
        }

        boolean blank() {
            return isBlank(name) && isBlank(nationalCode) && isBlank(address);
        }

        public PartyRole getRole() {
            return role;
        }

        public void setRole(PartyRole role) {
            this.role = role;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getNationalCode() {
            return nationalCode;
        }

        public void setNationalCode(String nationalCode) {
            this.nationalCode = nationalCode;
        }

        public String getAddress() {
            return address;
        }

        public void setAddress(String address) {
            this.address = address;
        }
    }

    /** A form on the page's {@code h:form id="formId"}, with the two parties of a complaint. */
    public PortalFilingForm(String formId) {
        this.formId = formId;
        parties.add(new Party(PartyRole.COMPLAINANT));
        parties.add(new Party(PartyRole.ACCUSED));
    }

    /** The draft the fields make; refused naming the field (InvalidFilingException). */
    public FilingDraft draft() {
        List<FilingParty> described = new ArrayList<>();
        for (int i = 0; i < parties.size(); i++) {
            Party p = parties.get(i);
            if (!p.blank()) {
                described.add(FilingParty.described(
                        p.role,
                        p.name,
                        p.nationalCode == null ? null : PersianDigits.toLatin(p.nationalCode.strip()),
                        p.address,
                        i));
            }
        }
        return new FilingDraft(
                kind,
                unitCode,
                subject,
                body,
                kind != null && kind.hasClaimValue() ? claimValue : null,
                kind == FilingKind.SUBMISSION && caseReference != null ? PersianDigits.toLatin(caseReference) : null,
                false,
                described);
    }

    /** Adds an empty party row. */
    public void addParty() {
        if (parties.size() < 50) {
            parties.add(new Party(PartyRole.OTHER));
        }
    }

    /** Removes party row {@code index}. */
    public void removeParty(int index) {
        if (index >= 0 && index < parties.size()) {
            parties.remove(index);
        }
    }

    /** When the kind changes, the usual roles of the first two rows follow it (complainant, plaintiff...). */
    public void kindChanged() {
        PartyRole first = kind == FilingKind.CIVIL_PETITION ? PartyRole.PLAINTIFF : PartyRole.COMPLAINANT;
        PartyRole second = kind == FilingKind.CIVIL_PETITION ? PartyRole.DEFENDANT : PartyRole.ACCUSED;
        if (parties.size() > 0 && parties.get(0).blank()) {
            parties.get(0).role = first;
        }
        if (parties.size() > 1 && parties.get(1).blank()) {
            parties.get(1).role = second;
        }
    }

    /**
     * Shows a refusal of the service on the page: next to its field when the form shows it, a
     * party's error for the whole form with the row number, anything else for the whole form.
     */
    public void show(BusinessException refused) {
        String field = refused.field();
        Matcher party = field == null ? null : PARTY_FIELD.matcher(field);
        if (party != null && party.matches()) {
            int row = Integer.parseInt(party.group(1)) + 1;
            String text = PersianDigits.toPersian("طرف ردیف " + row + ": ") + refused.getMessage();
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
            faces.validationFailed();
            return;
        }
        FieldMessages.in(formId)
                .same("applicantKey", "kind", "unitCode", "subject", "body", "claimValue", "caseReference", "items")
                .map("parties", "parties-anchor")
                .show(refused);
    }

    /** The code as people read it: four groups of four Persian digits joined by hyphens. */
    public static String formatted(String trackingCode) {
        return trackingCode == null
                ? ""
                : PersianDigits.toPersian(TrackingCode.of(trackingCode).formatted());
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    public List<FilingKind> getKinds() {
        return PARTY_KINDS;
    }

    public List<PartyRole> getRoles() {
        return List.of(PartyRole.values());
    }

    public FilingKind getKind() {
        return kind;
    }

    public void setKind(FilingKind kind) {
        this.kind = kind;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public void setUnitCode(String unitCode) {
        this.unitCode = unitCode;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public Long getClaimValue() {
        return claimValue;
    }

    public void setClaimValue(Long claimValue) {
        this.claimValue = claimValue;
    }

    public String getCaseReference() {
        return caseReference;
    }

    public void setCaseReference(String caseReference) {
        this.caseReference = caseReference;
    }

    public List<Party> getParties() {
        return parties;
    }
}
