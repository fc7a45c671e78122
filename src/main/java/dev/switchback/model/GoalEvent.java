package dev.switchback.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** What the season builds towards, such as a big trip; {@link #trip} links it to a planned trip. */
public record GoalEvent(String title, LocalDate date, Optional<TripId> trip) {
    public GoalEvent {
        title = Check.nonBlank("title", "Goal title", title, Limits.MAX_TITLE);
        Check.date("date", "Goal date", date);
        Objects.requireNonNull(trip, "trip");
    }
}
