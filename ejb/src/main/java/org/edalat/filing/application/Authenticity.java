package org.edalat.filing.application;

import java.time.Instant;

/**
 * The answer of the authenticity inquiry (S0-3 note): whether the tracking code is one the system
 * issued and whether the document presented (or its digest) is a document filed under it, with the
 * time the filing was sent.
 */
public record Authenticity(
        String trackingCode, boolean trackingCodeKnown, boolean documentFiled, Integer documentSeq, Instant sentAt) {}
