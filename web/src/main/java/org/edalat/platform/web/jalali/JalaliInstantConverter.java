package org.edalat.platform.web.jalali;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import java.time.Instant;

/**
 * Faces converter showing an {@link Instant} as Jalali date and time in Tehran with Persian digits
 * ({@code ۱۴۰۵/۰۹/۰۱ ۱۰:۰۳}), by id {@code edalat.JalaliInstant}.
 *
 * <p>Meant for output ({@code h:outputText}, table columns). It is nonetheless symmetric: submitted text of the same
 * form is read back as a Tehran time by {@link JalaliCalendar#parseDateTime(String, java.time.ZoneId)}, so it does no
 * harm on an input; minutes are the finest unit, seconds are lost in a round trip. Empty input gives {@code null};
 * bad input gives a Persian error message as in {@link JalaliDateConverter}.
 */
@FacesConverter(value = JalaliInstantConverter.ID, managed = false)
public class JalaliInstantConverter implements Converter<Instant> {

    /** The converter id. */
    public static final String ID = "edalat.JalaliInstant";

    @Override
    public Instant getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return JalaliCalendar.parseDateTime(value, JalaliCalendar.TEHRAN);
        } catch (IllegalArgumentException e) {
            throw JalaliDateConverter.conversionError(component, e);
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Instant value) {
        return value == null ? "" : JalaliCalendar.format(value, JalaliCalendar.TEHRAN);
    }
}
