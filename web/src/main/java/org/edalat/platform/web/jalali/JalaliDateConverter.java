package org.edalat.platform.web.jalali;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.time.LocalDate;

/**
 * Faces converter between {@link LocalDate} and Jalali text with Persian digits ({@code ۱۴۰۵/۰۹/۰۱}).
 *
 * <p>Registered by id, {@code edalat.JalaliDate}, so it applies only where asked for; pages normally use the
 * {@code e:jalaliDate} tag, which sets it. Input is read by {@link JalaliCalendar#parse(String)} (Latin, Persian or
 * Arabic-Indic digits, {@code /} or {@code -}); empty input gives {@code null}. Bad input raises a
 * {@link ConverterException} whose error message is Persian and names the field by its {@code label} attribute when
 * it has one, e.g. {@code «تاریخ تولد»: تاریخ باید به شکل ۱۴۰۵/۰۹/۰۱ باشد}.
 */
@FacesConverter(value = JalaliDateConverter.ID, managed = false)
public class JalaliDateConverter implements Converter<LocalDate> {

    /** The converter id. */
    public static final String ID = "edalat.JalaliDate";

    @Override
    public LocalDate getAsObject(FacesContext context, UIComponent component, String value) {
        try {
            return toDate(value);
        } catch (IllegalArgumentException e) {
            throw conversionError(component, e);
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, LocalDate value) {
        return toText(value);
    }

    /**
     * The conversion of submitted text, without Faces.
     *
     * @param text submitted text, may be {@code null}
     * @return the date, or {@code null} for {@code null} or blank text
     * @throws IllegalArgumentException with a Persian message for text that is not a Jalali date
     */
    static LocalDate toDate(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return JalaliCalendar.parse(text);
    }

    /**
     * The conversion for display, without Faces.
     *
     * @param date a date, may be {@code null}
     * @return e.g. {@code ۱۴۰۵/۰۹/۰۱}, or the empty string for {@code null}
     */
    static String toText(LocalDate date) {
        return date == null ? "" : JalaliCalendar.format(date);
    }

    /**
     * The user-facing error message: the problem, preceded by the field's label when there is one.
     *
     * @param label the component's {@code label} attribute, may be {@code null}
     * @param problem the Persian description of the problem
     * @return e.g. {@code «تاریخ تولد»: تاریخ باید به شکل ۱۴۰۵/۰۹/۰۱ باشد}
     */
    static String message(Object label, String problem) {
        if (label == null || label.toString().isBlank()) {
            return problem;
        }
        return "«" + label.toString().strip() + "»: " + problem;
    }

    /** A converter exception carrying an error {@link FacesMessage} built by {@link #message(Object, String)}. */
    static ConverterException conversionError(UIComponent component, IllegalArgumentException cause) {
        Object label = component == null ? null : component.getAttributes().get("label");
        String text = message(label, cause.getMessage());
        return new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text), cause);
    }
}
