package dev.switchback.engine.rules.wellness;

import dev.switchback.format.Dates;
import dev.switchback.format.Decimals;
import dev.switchback.model.Session;
import java.time.LocalDate;
import java.util.Collection;

/** How the wellness rules write days, spans and numbers in their sentences. */
final class SignalWords {
    private SignalWords() {
    }

    static String day(LocalDate date) {
        return Dates.weekdayDay(date);
    }

    static String span(LocalDate from, LocalDate to) {
        return from.equals(to) ? day(from) : day(from) + " to " + day(to);
    }

    static String days(Collection<LocalDate> dates) {
        return String.join(", ", dates.stream().sorted().map(SignalWords::day).toList());
    }

    /** A number as people write it: 12, 12.5, 4.3. */
    static String num(double v) {
        if (v == Math.rint(v)) {
            return Long.toString((long) v);
        }
        return Decimals.fixed(v, 1);
    }

    static String describe(Session s) {
        return day(s.date()) + "'s " + s.displayTitle();
    }

    static String plural(long n, String one, String many) {
        return n == 1 ? n + " " + one : n + " " + many;
    }
}
