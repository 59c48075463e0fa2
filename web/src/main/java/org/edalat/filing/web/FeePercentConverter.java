package org.edalat.filing.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import java.math.BigDecimal;
import org.edalat.platform.text.PersianDigits;

/**
 * The rate of a fee bracket (S0-3) typed on the fee schedule screen: a non-negative decimal number of
 * per cent in Latin, Persian or Arabic-Indic digits, with {@code .}, the Persian decimal separator
 * {@code ٫} or {@code /} (as often hand-written) before the fraction, and an optional {@code %} or
 * {@code ٪}: {@code 2.5}, {@code ۲٫۵}, {@code ۲/۵٪}. Shown as {@code ۲٫۵}. The range (0 to 100) and the
 * precision are the schedule's own checks, reported by the service. Registered by id ({@code
 * edalat.FeePercent}).
 */
@FacesConverter(value = FeePercentConverter.ID, managed = false)
public class FeePercentConverter implements Converter<BigDecimal> {
    public static final String ID = "edalat.FeePercent";

    /** Shown when the text is not a decimal number. */
    public static final String MESSAGE = "درصد را با رقم وارد کنید (مانند ۲٫۵)";

    @Override
    public BigDecimal getAsObject(FacesContext context, UIComponent component, String value) {
        try {
            return parse(value);
        } catch (IllegalArgumentException e) {
            throw FeeAmountConverter.error(component, e.getMessage());
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, BigDecimal value) {
        return format(value);
    }

    /**
     * The rate in {@code text}; null for null or blank text.
     *
     * @throws IllegalArgumentException with a Persian message when the text is not a decimal number
     */
    public static BigDecimal parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String number = PersianDigits.toLatin(text.strip())
                .replaceAll("[\\s\\u200C\\u200E\\u200F]", "")
                .replace('\u066B', '.') // Persian decimal separator ٫
                .replace('/', '.');
        if (number.endsWith("%") || number.endsWith("\u066A")) { // % or Arabic per cent sign ٪
            number = number.substring(0, number.length() - 1);
        }
        if (!number.matches("\\d{1,9}(\\.\\d{1,12})?|\\.\\d{1,12}")) {
            throw new IllegalArgumentException(MESSAGE);
        }
        return new BigDecimal(number);
    }

    /** {@code 2.50} as {@code ۲٫۵}; the empty text for null. */
    public static String format(BigDecimal percent) {
        if (percent == null) {
            return "";
        }
        return PersianDigits.toPersian(percent.stripTrailingZeros().toPlainString())
                .replace('.', '\u066B');
    }
}
