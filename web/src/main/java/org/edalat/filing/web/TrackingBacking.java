package org.edalat.filing.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.MissingResourceException;
import org.edalat.accounts.web.FieldMessages;
import org.edalat.filing.application.Authenticity;
import org.edalat.filing.application.FilingStatus;
import org.edalat.filing.application.FilingTracking;
import org.edalat.platform.BusinessException;
import org.edalat.platform.web.Messages;
import org.primefaces.event.FileUploadEvent;

/**
 * track.xhtml (public, no sign-in): following a filing by its tracking code and access secret (S4-5,
 * {@link FilingTracking#status}): its kind, step, unit and when it was sent, never its text or
 * parties; and the authenticity inquiry (S0-3 note, {@link FilingTracking#authenticity}): whether a
 * document presented was filed under a tracking code. A code no filing has, a wrong secret and a
 * classified report all answer the same "not found".
 */
@Named
@ViewScoped
public class TrackingBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    /** What the page shows of a filing's status (Serializable). */
    public record Status(
            String trackingCode,
            String kind,
            String step,
            String unitCode,
            Instant createdAt,
            Instant sentAt,
            String caseStatus)
            implements Serializable {}

    /** The answer of the authenticity inquiry (Serializable). */
    public record Answer(
            String trackingCode, boolean known, boolean filed, Integer seq, Instant sentAt, String fileName)
            implements Serializable {}

    @EJB
    private FilingTracking tracking;

    private final FieldMessages statusFields = FieldMessages.in("status").same("trackingCode", "accessSecret");
    private final FieldMessages authenticityFields = FieldMessages.in("authenticity")
            .map("trackingCode", "authCode")
            .map("sha256", "document")
            .same("document");

    private String trackingCode;
    private String accessSecret;
    private Status status;

    private String authCode;
    private byte[] document;
    private String documentName;
    private Answer answer;

    /** S4-5: the status for the code and secret given. */
    public void status() {
        status = null;
        try {
            FilingStatus s = tracking.status(trackingCode, accessSecret);
            status = new Status(
                    PortalFilingForm.formatted(s.trackingCode()),
                    s.kind().name(),
                    s.step().name(),
                    s.unitCode(),
                    s.createdAt(),
                    s.sentAt(),
                    caseStatusLabel(s.caseStatus()));
        } catch (BusinessException refused) {
            statusFields.show(refused);
        }
    }

    /** The Persian name of the case's status in its unit (S4-6), or its code when the bundle has none. */
    private static String caseStatusLabel(String status) {
        if (status == null) {
            return null;
        }
        try {
            return Messages.text("track.case." + status);
        } catch (MissingResourceException unnamed) {
            return status;
        }
    }

    /** The document to ask about, kept until the inquiry. */
    public void upload(FileUploadEvent event) {
        document = event.getFile().getContent();
        documentName = event.getFile().getFileName();
        answer = null;
    }

    /** S0-3 note: whether the document was filed under the code. */
    public void inquire() {
        answer = null;
        try {
            Authenticity a = tracking.authenticity(authCode, null, document);
            answer = new Answer(
                    PortalFilingForm.formatted(a.trackingCode()),
                    a.trackingCodeKnown(),
                    a.documentFiled(),
                    a.documentSeq(),
                    a.sentAt(),
                    documentName);
        } catch (BusinessException refused) {
            authenticityFields.show(refused);
        }
    }

    public String getTrackingCode() {
        return trackingCode;
    }

    public void setTrackingCode(String trackingCode) {
        this.trackingCode = trackingCode;
    }

    public String getAccessSecret() {
        return accessSecret;
    }

    public void setAccessSecret(String accessSecret) {
        this.accessSecret = accessSecret;
    }

    public Status getStatus() {
        return status;
    }

    public String getAuthCode() {
        return authCode;
    }

    public void setAuthCode(String authCode) {
        this.authCode = authCode;
    }

    public String getDocumentName() {
        return documentName;
    }

    public Answer getAnswer() {
        return answer;
    }
}
