package org.edalat.referral.application;

import java.time.Instant;
import org.edalat.referral.domain.RegisteredCase;

/** A case waiting for referral, as the unit's inbox lists it (S4-6, S4-8). */
public record AwaitingCase(
        long id,
        long filingId,
        String unitCode,
        String kind,
        String trackingCode,
        String subject,
        boolean classified,
        Instant registeredAt) {
    static AwaitingCase of(RegisteredCase c) {
        return new AwaitingCase(
                c.id(),
                c.filingId(),
                c.unitCode(),
                c.kind(),
                c.trackingCode(),
                c.subject(),
                c.isClassified(),
                c.registeredAt());
    }
}
