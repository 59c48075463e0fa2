package org.edalat.filing.domain;

import java.util.List;

/**
 * How a filing reaches the judiciary, each a fixed order of steps none of which may be skipped:
 * the portal path of S0-3 and the office path of S0-4. Reports of officers and experts (S0-5, S0-6)
 * come through the system by their senders and follow the portal path without a fee. S4-7: filing
 * electronically follows the e-services regulation, that is these two paths.
 */
public enum FilingPath {
    /** S0-3: request and documents → fee computed → paid → tracking code → sent. */
    PORTAL(
            "S0-3",
            List.of(
                    FilingStep.DRAFTED,
                    FilingStep.FEE_COMPUTED,
                    FilingStep.PAID,
                    FilingStep.TRACKING_CODE_ISSUED,
                    FilingStep.SENT)),
    /**
     * S0-4: identity verified → fee computed → paid → documents digitised → shown to the applicant →
     * matched against the presented papers → tracking code → sent.
     */
    OFFICE(
            "S0-4",
            List.of(
                    FilingStep.IDENTITY_VERIFIED,
                    FilingStep.FEE_COMPUTED,
                    FilingStep.PAID,
                    FilingStep.DOCUMENTS_DIGITISED,
                    FilingStep.SHOWN_TO_APPLICANT,
                    FilingStep.MATCHED,
                    FilingStep.TRACKING_CODE_ISSUED,
                    FilingStep.SENT));

    private final String ruleId;
    private final List<FilingStep> steps;

    FilingPath(String ruleId, List<FilingStep> steps) {
        this.ruleId = ruleId;
        this.steps = steps;
    }

    /** The rule that orders this path's steps. */
    public String ruleId() {
        return ruleId;
    }

    /** The steps in order. */
    public List<FilingStep> steps() {
        return steps;
    }

    /** The first step of the path. */
    public FilingStep first() {
        return steps.get(0);
    }

    /** The step after {@code step}, or null after the last. */
    public FilingStep after(FilingStep step) {
        int at = steps.indexOf(step);
        if (at < 0) {
            throw new IllegalArgumentException(step + " is not a step of the " + this + " path");
        }
        return at + 1 < steps.size() ? steps.get(at + 1) : null;
    }
}
