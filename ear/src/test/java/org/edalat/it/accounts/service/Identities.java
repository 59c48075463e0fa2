package org.edalat.it.accounts.service;

import java.util.concurrent.ThreadLocalRandom;
import org.edalat.accounts.domain.LegalPersonId;
import org.edalat.accounts.domain.NationalCode;

/** Fresh valid identities for one test: ITs share one database through a run. */
public final class Identities {
    private Identities() {}

    /** A valid national code no earlier test used (with overwhelming likelihood). */
    public static String nationalCode() {
        long nine = ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L);
        return NationalCode.completing(Long.toString(nine)).value();
    }

    /** A valid legal-person national id. */
    public static String legalId() {
        long ten = ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L);
        return LegalPersonId.completing(Long.toString(ten)).value();
    }
}
