package org.edalat.it.filing.fees;

import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.edalat.filing.domain.FilingKind;
import org.edalat.filing.fees.Bracket;
import org.edalat.filing.fees.BracketedFee;
import org.edalat.filing.fees.FeeRule;
import org.edalat.filing.fees.FeeScheduleVersion;
import org.edalat.filing.fees.FixedFee;
import org.edalat.filing.fees.OfficeService;
import org.edalat.filing.fees.Rials;

/**
 * Shared helpers of the fee and tariff ITs. The schedule and the tariff book are global and the ITs
 * run repeatedly against one database, so every test uses its own random ids and far-future dates.
 */
final class FeesIt {
    static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");

    private FeesIt() {}

    static LocalDate today() {
        return LocalDate.now(TEHRAN);
    }

    /** A random day in the 24th to 27th centuries: far from every other test's dates and from the demo's. */
    static LocalDate farFuture() {
        return LocalDate.of(2300, 1, 1).plusDays(ThreadLocalRandom.current().nextLong(0, 146_000));
    }

    static String id(String prefix) {
        return prefix + "-" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 45), 36);
    }

    /** A version charging a complaint {@code complaint} Rials and civil petitions 2% up to 100,000,000 and 3% above. */
    static FeeScheduleVersion version(String id, LocalDate from, long complaint, Rials roundingUnit) {
        Map<FilingKind, FeeRule> rules = new EnumMap<>(FilingKind.class);
        rules.put(FilingKind.CRIMINAL_COMPLAINT, new FixedFee(Rials.of(complaint)));
        rules.put(FilingKind.SUBMISSION, new FixedFee(Rials.of(300_000)));
        rules.put(
                FilingKind.CIVIL_PETITION,
                new BracketedFee(List.of(Bracket.upTo(100_000_000, "2"), Bracket.above("3"))));
        return new FeeScheduleVersion(id, from, roundingUnit, rules);
    }

    static Map<OfficeService, Rials> items(long complaint) {
        return Map.of(
                OfficeService.FILING_COMPLAINT, Rials.of(complaint),
                OfficeService.DOCUMENT_DIGITISATION, Rials.of(50_000),
                OfficeService.IDENTITY_VERIFICATION, Rials.of(400_000));
    }

    /** This server's own HTTP address (in-container tests call the API over HTTP). */
    static URL base() throws Exception {
        int port =
                Integer.getInteger("jboss.http.port", 8080) + Integer.getInteger("jboss.socket.binding.port-offset", 0);
        String host = System.getProperty("jboss.bind.address", "127.0.0.1");
        if (host.equals("0.0.0.0")) {
            host = "127.0.0.1";
        }
        return new URL("http://" + host + ":" + port + "/");
    }
}
