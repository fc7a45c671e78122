package dev.switchback.ui.log;

import dev.switchback.model.OutingLog;
import dev.switchback.model.SessionKind;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The journal's filters; each empty part lets everything through.
 *
 * @param text matched, ignoring case, against title, kind, notes, feel words, meals and next-day plan
 * @param packAboveKg strictly heavier than
 */
public record JournalFilter(
        String text,
        Optional<SessionKind> kind,
        Optional<LocalDate> from,
        Optional<LocalDate> to,
        boolean feltBad,
        Optional<Double> packAboveKg) implements Predicate<JournalEntry> {

    public static JournalFilter all() {
        return new JournalFilter("", Optional.empty(), Optional.empty(), Optional.empty(), false, Optional.empty());
    }

    @Override
    public boolean test(JournalEntry e) {
        OutingLog l = e.log();
        return matchesText(e)
                && kind.map(k -> l.kind() == k).orElse(true)
                && from.map(f -> !l.date().isBefore(f)).orElse(true)
                && to.map(t -> !l.date().isAfter(t)).orElse(true)
                && (!feltBad || e.feltBad())
                && packAboveKg.map(kg -> l.packKg() > kg).orElse(true);
    }

    private boolean matchesText(JournalEntry e) {
        String needle = text.strip().toLowerCase(Locale.ROOT);
        if (needle.isEmpty()) {
            return true;
        }
        OutingLog l = e.log();
        String hay = String.join("\n", l.displayTitle(), l.kind().label(), l.notes(), l.mealsAndHydration(),
                l.nextDayPlan(), e.planned().map(s -> s.displayTitle()).orElse(""),
                l.feelBefore().map(f -> f.words()).orElse(""), l.feelDuring().map(f -> f.words()).orElse(""),
                l.feelAfter().map(f -> f.words()).orElse("")).toLowerCase(Locale.ROOT);
        return hay.contains(needle);
    }
}
