package org.edalat.accounts.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;

/**
 * Who asked for a registration or change of SANA data and through whom it came (S0-40.b): the
 * channel, the user who recorded it, the identity of the person whose request it was (the owner or
 * the owner's legal representative), a reference to the request (the signed form at an office,
 * the agency's batch) and, for data handed over by another body, that body (S4-17).
 */
@Embeddable
public class ChangeRecord implements Serializable {
    private static final long serialVersionUID = 1L;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel", length = 20, nullable = false)
    private Channel channel;

    @Column(name = "recorded_by", length = 100, nullable = false)
    private String recordedBy;

    @Column(name = "requester_key", length = 40)
    private String requesterKey;

    @Column(name = "request_reference", length = 100)
    private String requestReference;

    @Column(name = "source", length = 200)
    private String source;

    /** For JPA only. */
    protected ChangeRecord() {}

    public ChangeRecord(
            Channel channel, String recordedBy, String requesterKey, String requestReference, String source) {
        if (channel == null || recordedBy == null || recordedBy.isBlank()) {
            throw new IllegalArgumentException("channel and recorder are required");
        }
        this.channel = channel;
        this.recordedBy = recordedBy;
        this.requesterKey = requesterKey;
        this.requestReference = clip(requestReference, 100);
        this.source = clip(source, 200);
    }

    private static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    public Channel channel() {
        return channel;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public String requesterKey() {
        return requesterKey;
    }

    public String requestReference() {
        return requestReference;
    }

    public String source() {
        return source;
    }
}
