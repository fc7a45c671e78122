package dev.switchback.ui.common;

import dev.switchback.format.Dates;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;

/**
 * The one text of every date picker: "Thu 3 Dec 2026", as the rest of the window says dates, whatever the
 * machine's locale (the JavaFX default showed "12/3/2026"); typed dates in any form {@link Dates#readDate}
 * takes ("3 Dec", "2026-12-03", "3.12.2026" ...).
 */
public final class DatePickers {
    /**
     * Text that is no date gives null, which the form's view-model refuses with its reason under the field
     * (the log and wellness forms).
     */
    public static final StringConverter<LocalDate> NULL_IF_NO_DATE = converter(false);

    /**
     * Text that is no date is not taken: the picker goes back to the date it had (the session and trip
     * editors and "Go to date", whose values are never empty).
     */
    public static final StringConverter<LocalDate> KEEP_IF_NO_DATE = converter(true);

    private DatePickers() {
    }

    /** A picker with {@link #KEEP_IF_NO_DATE}. */
    public static DatePicker keeping() {
        DatePicker p = new DatePicker();
        p.setConverter(KEEP_IF_NO_DATE);
        return p;
    }

    private static StringConverter<LocalDate> converter(boolean keep) {
        return new StringConverter<>() {
            @Override
            public String toString(LocalDate d) {
                return d == null ? "" : Dates.weekdayDayYear(d);
            }

            @Override
            public LocalDate fromString(String text) {
                if (text == null || text.isBlank()) {
                    return null;
                }
                try {
                    return Dates.readDate("Date", text).orElse(null);
                } catch (IllegalArgumentException notADate) {
                    if (keep) {
                        // DatePicker.commitValue ignores this one exception and keeps its value
                        throw new DateTimeParseException(notADate.getMessage(), text, 0);
                    }
                    return null;
                }
            }
        };
    }
}
