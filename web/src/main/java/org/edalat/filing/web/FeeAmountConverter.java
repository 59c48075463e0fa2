package org.edalat.filing.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.text.NumberFormat;
import java.util.Locale;
import org.edalat.platform.text.PersianDigits;

/**
 * An amount of Rials typed on the fee and tariff screens (S0-3, S0-13): a whole, non-negative number
 * in Latin, Persian or Arabic-Indic digits, with or without thousands separators ({@code 2,500,000},
 * {@code ۲٬۵۰۰٬۰۰۰}, {@code 2 500 000}); shown as {@code ۲٬۵۰۰٬۰۰۰}. Anything else is refused with a
 * Persian message naming the field by its {@code label}. Registered by id ({@code edalat.FeeAmount}).
 */
@FacesConverter(value = FeeAmountConverter.ID, managed = false)
public class FeeAmountConverter implements Converter<Long> {
    public static final String ID = "edalat.FeeAmount";

    /** Shown when the text is not a whole number of Rials. */
    public static final String MESSAGE = "مبلغ را به ریال و با رقم، بی‌اعشار و نامنفی وارد کنید (مانند ۲٬۵۰۰٬۰۰۰)";

    /** Shown when the number is too large to be an amount (more than 15 digits). */
    public static final String TOO_LARGE = "مبلغ بیش از اندازه بزرگ است";

    /** More than a thousand trillion Rials is no fee: a typo. Keeps every sum far from overflow. */
    private static final int MAX_DIGITS = 15;

    @Override
    public Long getAsObject(FacesContext context, UIComponent component, String value) {
        try {
            return parse(value);
        } catch (IllegalArgumentException e) {
            throw error(component, e.getMessage());
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Long value) {
        return format(value);
    }

    /**
     * The amount in {@code text}; null for null or blank text.
     *
     * @throws IllegalArgumentException with a Persian message when the text is not a whole number of
     *     Rials
     */
    public static Long parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String digits = PersianDigits.toLatin(text.strip())
                .replace(",", "")
                .replace("\u066C", "") // Arabic thousands separator ٬
                .replace("\u060C", "") // Arabic comma ، (typed for a separator on Persian keyboards)
                .replace("_", "")
                .replaceAll("[\\s\\u200C\\u200E\\u200F]", "");
        if (digits.isEmpty() || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException(MESSAGE);
        }
        String significant = digits.replaceFirst("^0+(?=.)", "");
        if (significant.length() > MAX_DIGITS) {
            throw new IllegalArgumentException(TOO_LARGE);
        }
        return Long.parseLong(significant);
    }

    /** {@code 2500000} as {@code ۲٬۵۰۰٬۰۰۰}; the empty text for null. */
    public static String format(Long amount) {
        if (amount == null) {
            return "";
        }
        return PersianDigits.toPersian(
                        NumberFormat.getIntegerInstance(Locale.ROOT).format(amount))
                .replace(',', '\u066C');
    }

    /** The converter's error: the problem, after the field's label when it has one. */
    static ConverterException error(UIComponent component, String problem) {
        Object label = component == null ? null : component.getAttributes().get("label");
        String text = label == null || label.toString().isBlank()
                ? problem
                : "«" + label.toString().strip() + "»: " + problem;
        return new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }
}
