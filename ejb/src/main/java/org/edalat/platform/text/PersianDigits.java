package org.edalat.platform.text;

/**
 * Converts digits between Latin ({@code 0-9}), Persian ({@code ۰-۹}, U+06F0..U+06F9) and Arabic-Indic
 * ({@code ٠-٩}, U+0660..U+0669) forms. All other characters are left untouched.
 *
 * <p>Pure and stateless; {@code null} in gives {@code null} out.
 */
public final class PersianDigits {

    private static final char PERSIAN_ZERO = '\u06F0';
    private static final char ARABIC_INDIC_ZERO = '\u0660';

    private PersianDigits() {}

    /**
     * Replaces every Latin digit with the Persian digit of the same value ({@code "1405/09/01"} becomes
     * {@code "۱۴۰۵/۰۹/۰۱"}).
     *
     * @param text any text, may be {@code null}
     * @return the text with Persian digits, or {@code null} when {@code text} is {@code null}
     */
    public static String toPersian(String text) {
        if (text == null) {
            return null;
        }
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c >= '0' && c <= '9') {
                chars[i] = (char) (PERSIAN_ZERO + (c - '0'));
            }
        }
        return new String(chars);
    }

    /**
     * Writes a number with Persian digits, e.g. {@code 1405} becomes {@code "۱۴۰۵"}.
     *
     * @param number any number
     * @return its decimal form with Persian digits (a negative number keeps its {@code -} sign)
     */
    public static String toPersian(long number) {
        return toPersian(Long.toString(number));
    }

    /**
     * Replaces every Persian and every Arabic-Indic digit with the Latin digit of the same value ({@code "۱۴۰۵/٠٩/01"}
     * becomes {@code "1405/09/01"}).
     *
     * @param text any text, may be {@code null}
     * @return the text with Latin digits only, or {@code null} when {@code text} is {@code null}
     */
    public static String toLatin(String text) {
        if (text == null) {
            return null;
        }
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c >= PERSIAN_ZERO && c <= PERSIAN_ZERO + 9) {
                chars[i] = (char) ('0' + (c - PERSIAN_ZERO));
            } else if (c >= ARABIC_INDIC_ZERO && c <= ARABIC_INDIC_ZERO + 9) {
                chars[i] = (char) ('0' + (c - ARABIC_INDIC_ZERO));
            }
        }
        return new String(chars);
    }
}
