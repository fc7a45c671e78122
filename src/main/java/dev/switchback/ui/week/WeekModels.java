package dev.switchback.ui.week;

import dev.switchback.model.PhaseKind;
import dev.switchback.model.SessionId;
import dev.switchback.model.SessionKind;
import dev.switchback.model.TripId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The plain values the week view draws; computed by {@link WeekViewModel}, never by the view. */
public final class WeekModels {
    private WeekModels() {
    }

    /**
     * One session card. {@code details} are short lines like "12.5 km", "850 m up", "12 kg · 17 %".
     * {@code loggable}: not a rest session and dated today or earlier, so there is something to log;
     * such a card that is not {@code done} yet shows a "Log" button.
     */
    public record Card(SessionId id, SessionKind kind, String title, String duration, List<String> details,
            boolean done, dev.switchback.engine.Compliance compliance, boolean loggable) {
        public Card {
            details = List.copyOf(details);
        }

        /**
         * The kind in one short word or two, for a narrow column ("Backpack", "Strength"): the
         * full label ("Backpacking day", "Strength / mobility") broke in the middle of a word.
         */
        public String kindLabel() {
            return switch (kind) {
                case TRAIL_RUN -> "Trail run";
                case RUN_WITH_PACK -> "Pack run";
                case HIKE -> "Hike";
                case BACKPACKING_DAY -> "Backpack";
                case STRENGTH_MOBILITY -> "Strength";
                case ACTIVE_RECOVERY -> "Recovery";
                case REST -> "Rest";
            };
        }

        /** CSS class colouring the card by kind, e.g. {@code kind-trail-run}. */
        public String styleClass() {
            return "kind-" + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }

        /** CSS class of the card's compliance, e.g. {@code card-as-planned}, {@code card-partly}. */
        public String complianceClass() {
            return "card-" + compliance.cssName();
        }

        /** "Done as planned", "Missed", ... for the tick's tooltip. */
        public String complianceText() {
            return compliance.label();
        }

        /**
         * The badge of a card that needs a look: "Not as planned" (done, more than 20 % off) or
         * "Missed"; none for a card done as planned (its tick says so), upcoming or a rest.
         */
        public Optional<String> badge() {
            if (kind.isRest()) {
                return Optional.empty();
            }
            return switch (compliance) {
                case PARTLY -> Optional.of("Not as planned");
                case MISSED -> Optional.of("Missed");
                default -> Optional.empty();
            };
        }

        /** The "Log" button: something to log and nothing logged yet. */
        public boolean logDue() {
            return loggable && !done;
        }
    }

    /**
     * One day column. {@code restDay}: nothing is planned or the day holds only a rest session.
     * {@code tripStage} is the trip walked that day, if any ("Day 2 of 3 · 18 km"). {@code room} is the
     * engine's headroom of the day ("room: up to 1 h 35 at RPE 4, or a 12 kg pack for 2 h"), empty for a
     * day before today, a logged day, a trip day or where no analysis is shown; {@code roomWhy} the rules
     * that bind, for its tooltip.
     */
    public record Day(LocalDate date, String weekday, String dateLabel, boolean today, boolean restDay,
            List<Card> cards, Optional<String> tripStage, Optional<String> room, Optional<String> roomWhy) {
        public Day {
            cards = List.copyOf(cards);
        }

        public Day withRoom(Optional<String> line, Optional<String> why) {
            return new Day(date, weekday, dateLabel, today, restDay, cards, tripStage, line, why);
        }
    }

    /** A trip drawn across columns {@code firstColumn .. firstColumn + span - 1} (0 = Monday). */
    public record TripBand(TripId id, String title, String detail, int firstColumn, int span,
            boolean continuesBefore, boolean continuesAfter, boolean goal) {
    }

    /** One number of the week's totals; {@code key} names it for the view's node id ("summary-running"). */
    public record SummaryItem(String key, String label, String value, String explanation) {
    }

    /** The week's totals, or a calm placeholder when there is no analysis. */
    public record Summary(List<SummaryItem> items, Optional<String> placeholder) {
        public Summary {
            items = List.copyOf(items);
        }
    }

    /** One phase of the season band; fractions are of the whole band's width. */
    public record SeasonSegment(PhaseKind kind, String label, double from, double width, boolean current) {
    }

    /**
     * The season band: phases, where this week sits and the goal. {@code headline} says it in words
     * ("Build, week 3 of 6 · 9 weeks to Sarek traverse").
     */
    public record Season(List<SeasonSegment> segments, double weekFrom, double weekWidth,
            Optional<Double> goalAt, String headline) {
        public Season {
            segments = List.copyOf(segments);
        }

        public boolean isEmpty() {
            return segments.isEmpty();
        }
    }
}
