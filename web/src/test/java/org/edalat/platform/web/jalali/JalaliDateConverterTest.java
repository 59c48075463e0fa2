package org.edalat.platform.web.jalali;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.convert.ConverterException;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The Faces-free parts of the converters; no FacesContext or component is needed. */
class JalaliDateConverterTest {

    private final JalaliDateConverter dates = new JalaliDateConverter();
    private final JalaliInstantConverter instants = new JalaliInstantConverter();

    @Test
    void textToDate() {
        assertEquals(LocalDate.of(2026, 11, 22), JalaliDateConverter.toDate("۱۴۰۵/۰۹/۰۱"));
        assertEquals(LocalDate.of(2026, 11, 22), dates.getAsObject(null, null, "1405/9/1"));
        assertNull(JalaliDateConverter.toDate(null));
        assertNull(JalaliDateConverter.toDate(""));
        assertNull(dates.getAsObject(null, null, "   "));
    }

    @Test
    void dateToText() {
        assertEquals("۱۴۰۵/۰۹/۰۱", JalaliDateConverter.toText(LocalDate.of(2026, 11, 22)));
        assertEquals("۱۴۰۵/۰۹/۰۱", dates.getAsString(null, null, LocalDate.of(2026, 11, 22)));
        assertEquals("", dates.getAsString(null, null, null));
    }

    @Test
    void messageNamesTheLabel() {
        assertEquals(
                "«تاریخ تولد»: تاریخ باید به شکل ۱۴۰۵/۰۹/۰۱ باشد",
                JalaliDateConverter.message("تاریخ تولد", JalaliCalendar.DATE_FORMAT_MESSAGE));
        assertEquals(
                JalaliCalendar.DATE_FORMAT_MESSAGE,
                JalaliDateConverter.message(null, JalaliCalendar.DATE_FORMAT_MESSAGE));
        assertEquals(
                JalaliCalendar.DATE_FORMAT_MESSAGE,
                JalaliDateConverter.message(" ", JalaliCalendar.DATE_FORMAT_MESSAGE));
    }

    @Test
    void badInputGivesAnErrorMessage() {
        ConverterException e = assertThrows(ConverterException.class, () -> dates.getAsObject(null, null, "فردا"));
        FacesMessage message = e.getFacesMessage();
        assertEquals(FacesMessage.SEVERITY_ERROR, message.getSeverity());
        assertEquals(JalaliCalendar.DATE_FORMAT_MESSAGE, message.getSummary());
        assertEquals(JalaliCalendar.DATE_FORMAT_MESSAGE, message.getDetail());

        e = assertThrows(ConverterException.class, () -> dates.getAsObject(null, null, "1404/12/30"));
        assertEquals(
                "سال ۱۴۰۴ کبیسه نیست و اسفند آن ۲۹ روز دارد؛ روز ۳۰ وجود ندارد",
                e.getFacesMessage().getDetail());
    }

    @Test
    void instantConverterShowsTehranTimeAndReadsItBack() {
        Instant instant = Instant.parse("2026-11-21T21:00:00Z");
        assertEquals("۱۴۰۵/۰۹/۰۱ ۰۰:۳۰", instants.getAsString(null, null, instant));
        assertEquals("", instants.getAsString(null, null, null));
        assertEquals(instant, instants.getAsObject(null, null, "۱۴۰۵/۰۹/۰۱ ۰۰:۳۰"));
        assertNull(instants.getAsObject(null, null, ""));
        ConverterException e = assertThrows(ConverterException.class, () -> instants.getAsObject(null, null, "x"));
        assertEquals(
                JalaliCalendar.DATE_TIME_FORMAT_MESSAGE, e.getFacesMessage().getDetail());
    }
}
