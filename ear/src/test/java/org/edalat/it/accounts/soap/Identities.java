package org.edalat.it.accounts.soap;

import java.util.concurrent.ThreadLocalRandom;
import org.edalat.accounts.domain.LegalPersonId;
import org.edalat.accounts.domain.NationalCode;

/** Fresh valid identifiers: the ITs run repeatedly against one database, so every test uses new ones. */
final class Identities {
    private Identities() {}

    static String nationalCode() {
        return NationalCode.completing(digits(9)).value();
    }

    static String legalId() {
        return LegalPersonId.completing(digits(10)).value();
    }

    static String foreignId() {
        return digits(12);
    }

    /** {@code n} random digits, never all one digit (such identifiers are refused). */
    static String digits(int n) {
        while (true) {
            StringBuilder s = new StringBuilder(n);
            for (int i = 0; i < n; i++) {
                s.append((char) ('0' + ThreadLocalRandom.current().nextInt(10)));
            }
            String text = s.toString();
            if (!text.chars().allMatch(c -> c == text.charAt(0))) {
                return text;
            }
        }
    }
}
