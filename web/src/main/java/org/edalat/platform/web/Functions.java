package org.edalat.platform.web;

import org.edalat.platform.text.PersianDigits;

/** EL functions of the {@code http://edalat.org/ui} taglib ({@code e:persianDigits(x)}). */
public final class Functions {
    private Functions() {}

    /** Any value as text with Persian digits; null as empty text. */
    public static String persianDigits(Object value) {
        return value == null ? "" : PersianDigits.toPersian(value.toString());
    }
}
