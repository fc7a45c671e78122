package dev.switchback.engine;

import dev.switchback.model.SessionId;
import dev.switchback.model.SessionKind;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One outing that counts towards a day's load (the logged one where the day uses what was done,
 * else the planned one), with what the rules need beyond its load.
 *
 * @param descentM metres descended
 * @param hard a hard outing as {@link HardDay} defines it (trip days are never hard days)
 * @param movable a planned session without a log: a mechanical suggestion may change it
 */
public record Outing(
        SessionLoad load,
        SessionKind kind,
        String title,
        double packKg,
        double distanceM,
        double climbM,
        double descentM,
        boolean hard,
        boolean movable) {

    public LocalDate date() {
        return load.date();
    }

    public double minutes() {
        return load.minutes();
    }

    public double au() {
        return load.au();
    }

    public Optional<SessionId> session() {
        return load.session();
    }

    public boolean fromTrip() {
        return load.trip().isPresent();
    }
}
