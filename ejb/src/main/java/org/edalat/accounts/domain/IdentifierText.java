package org.edalat.accounts.domain;

import org.edalat.platform.text.PersianDigits;

/** How the identifiers of this package read what people type (national code, legal id, mobile). */
final class IdentifierText {
    private IdentifierText() {}

    /**
     * The identifier text with Persian and Arabic-Indic digits made Latin and separators (white
     * space, dashes, invisible format marks such as ZWNJ or RLM pasted from right-to-left text)
     * dropped; any other character is kept, so that the caller's pattern refuses it.
     */
    static String normalise(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length());
        PersianDigits.toLatin(text).codePoints().filter(c -> !isSeparator(c)).forEach(out::appendCodePoint);
        return out.toString();
    }

    private static boolean isSeparator(int c) {
        int type = Character.getType(c);
        return Character.isWhitespace(c)
                || Character.isSpaceChar(c)
                || type == Character.DASH_PUNCTUATION
                || c == '\u2212' // minus sign
                || type == Character.FORMAT;
    }
}
