package org.edalat.accounts.domain;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Compares Persian names as the civil registry does: Arabic yeh and kaf are the Persian ones,
 * zero-width non-joiners, tatweel and diacritics are ignored, runs of spaces are one space.
 */
public final class PersianNames {
    private PersianNames() {}

    /** The comparable form of a name; null stays null. */
    public static String normalise(String name) {
        if (name == null) {
            return null;
        }
        String text = Normalizer.normalize(name, Normalizer.Form.NFKC)
                .replace('\u064A', '\u06CC') // Arabic yeh -> Persian yeh
                .replace('\u0649', '\u06CC') // alef maksura -> Persian yeh
                .replace('\u0643', '\u06A9') // Arabic kaf -> Persian keheh
                .replace('\u0629', '\u0647') // teh marbuta -> heh
                .replaceAll("[\u064B-\u065F\u0670\u0640]", "") // diacritics, tatweel
                .replaceAll("[\u200C\u200D\u200E\u200F\s]+", " ")
                .strip();
        return text.toLowerCase(Locale.ROOT);
    }

    /** Whether two names are the same once normalised. */
    public static boolean same(String a, String b) {
        return a != null && b != null && normalise(a).equals(normalise(b));
    }
}
