package org.edalat.filing.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.edalat.filing.domain.FilingKind;
import org.edalat.filing.fees.ApprovalStep;
import org.edalat.filing.fees.FeeBasis;
import org.edalat.filing.fees.FeeQuote;
import org.edalat.filing.fees.TariffState;
import org.edalat.filing.fees.TariffVersion;

/** What the fees and tariffs API answers with: amounts in whole Rials, ISO-8601 dates, enums by name. */
public final class FeeViews {
    private FeeViews() {}

    /** The judicial service fee of a filing (S0-3) and the schedule version and rule it came from. */
    public record FeeQuoteView(
            FilingKind kind,
            Long claimValue,
            LocalDate date,
            long amount,
            String scheduleVersionId,
            String rule,
            FeeBasis basis,
            String ruleId) {
        static FeeQuoteView of(FeeQuote quote, Long claimValue, LocalDate date) {
            return new FeeQuoteView(
                    quote.kind(),
                    quote.kind().hasClaimValue() ? claimValue : null,
                    date,
                    quote.amount().value(),
                    quote.scheduleVersionId(),
                    quote.rule() == null ? null : quote.rule().describe(),
                    quote.basis(),
                    quote.ruleId());
        }
    }

    /** One step of the approval chain (S0-13). */
    public record StepView(TariffState reached, String by, String actingAs, Instant at, String reference, String note) {
        static StepView of(ApprovalStep step) {
            return new StepView(
                    step.reached(),
                    step.by(),
                    step.actingAs() == null ? null : step.actingAs().name(),
                    step.at(),
                    step.reference(),
                    step.note());
        }
    }

    /** A tariff version (S0-13): its items per service unit, where it stands, and its steps. */
    public record TariffView(
            String id,
            TariffState state,
            LocalDate inForceFrom,
            String decreeNumber,
            LocalDate decreeDate,
            Map<String, Long> items,
            List<StepView> steps) {
        static TariffView of(TariffVersion version) {
            Map<String, Long> items = new TreeMap<>();
            version.items().forEach((service, amount) -> items.put(service.name(), amount.value()));
            return new TariffView(
                    version.id(),
                    version.state(),
                    version.inForceFrom().orElse(null),
                    version.decreeNumber().orElse(null),
                    version.decreeDate().orElse(null),
                    items,
                    version.steps().stream().map(StepView::of).toList());
        }
    }
}
