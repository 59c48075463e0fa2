package org.edalat.filing.fees.inquiry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import org.edalat.accounts.domain.NationalCode;
import org.edalat.filing.fees.Eligibility;
import org.edalat.filing.fees.EligibilityAnswer;
import org.edalat.filing.fees.ExemptionBasis;
import org.edalat.filing.fees.JalaliMonths;

/**
 * The persons one body covers, as its local adapter keeps them (S0-14): the national code of each
 * with the number of the person's file at the body. The body answers an inquiry about a covered
 * person {@link Eligibility#ELIGIBLE} with its reference {@code <prefix>-<Jalali year of the
 * inquiry>-<file number>} (e.g. {@code RC-1404-10231}), about anyone else {@link
 * Eligibility#NOT_ELIGIBLE} without a reference, and {@link Eligibility#UNAVAILABLE} while it cannot
 * be reached.
 */
final class CoveredPersons {
    private final ExemptionBasis basis;
    private final String prefix;
    private final Map<String, Integer> files;

    /**
     * @param files national code (ten digits, checked) → the person's file number at the body
     */
    CoveredPersons(ExemptionBasis basis, String prefix, Map<String, Integer> files) {
        this.basis = Objects.requireNonNull(basis, "basis");
        this.prefix = Objects.requireNonNull(prefix, "prefix");
        files.keySet().forEach(NationalCode::of);
        this.files = Map.copyOf(files);
    }

    ExemptionBasis basis() {
        return basis;
    }

    boolean covers(NationalCode person) {
        return files.containsKey(person.value());
    }

    /**
     * The body's answer about {@code person} on {@code date}, given at {@code at}; {@link
     * Eligibility#UNAVAILABLE} when the body is not {@code reachable}.
     */
    EligibilityAnswer answer(NationalCode person, LocalDate date, Instant at, boolean reachable) {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(date, "date");
        if (!reachable) {
            return new EligibilityAnswer(basis, person, Eligibility.UNAVAILABLE, null, at);
        }
        Integer file = files.get(person.value());
        if (file == null) {
            return new EligibilityAnswer(basis, person, Eligibility.NOT_ELIGIBLE, null, at);
        }
        String reference = prefix + "-" + JalaliMonths.of(date).year() + "-" + file;
        return new EligibilityAnswer(basis, person, Eligibility.ELIGIBLE, reference, at);
    }
}
