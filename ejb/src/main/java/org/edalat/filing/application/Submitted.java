package org.edalat.filing.application;

/**
 * A filing sent with its tracking code (S0-3, S0-5) and the access secret for the public status
 * page, which is shown this once and kept only as a hash (null when a report's retry finds the
 * filing sent earlier: the secret was given then).
 */
public record Submitted(FilingView filing, String trackingCode, String accessSecret) {}
