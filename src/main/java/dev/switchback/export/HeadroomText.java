package dev.switchback.export;

import dev.switchback.format.Measure;
import dev.switchback.format.UnitFormat;
import dev.switchback.engine.plan.DayRoom;
import java.util.Objects;
import java.util.Optional;

/**
 * The words for a day's headroom, the same in the window, on the printed sheet and on the command line:
 * "room: up to 1 h 35 at RPE 4, or a 12 kg pack for 2 h", and the rules that bind for the tooltip.
 */
public final class HeadroomText {
    private final UnitFormat units;

    public HeadroomText(UnitFormat units) {
        this.units = Objects.requireNonNull(units, "units");
    }

    /** The line under the day; empty for a day before today, a logged day or a trip day. */
    public Optional<String> line(DayRoom room) {
        if (room.state() != DayRoom.State.OPEN) {
            return Optional.empty();
        }
        if (!room.hasRoom()) {
            return Optional.of("no room for more" + room.binding().map(b -> " (" + b.ruleTitle() + ")").orElse(""));
        }
        var sb = new StringBuilder("room: ");
        sb.append(room.capped() ? "" : "up to ").append(UnitFormat.durationOrBlank(room.runFor()))
                .append(room.capped() ? " or more" : "").append(" at ").append(UnitFormat.rpe(room.rpe()));
        if (room.packKg() > 0) {
            sb.append(", or a ").append(units.showOrBlank(Measure.MASS, room.packKg())).append(" pack for ")
                    .append(UnitFormat.durationOrBlank(room.packFor()));
        }
        return Optional.of(sb.toString());
    }

    /** What stops a bigger session, for a tooltip or a footnote; empty when nothing binds. */
    public Optional<String> why(DayRoom room) {
        if (room.state() != DayRoom.State.OPEN) {
            return Optional.empty();
        }
        var sb = new StringBuilder();
        room.binding().ifPresent(b -> sb.append("Longer: ").append(b.ruleTitle()).append(" (").append(b.severity())
                .append(") - ").append(b.messageIn(units)));
        room.packBinding().ifPresent(b -> sb.append(sb.length() > 0 ? "\n" : "").append("Heavier: ")
                .append(b.ruleTitle()).append(" (").append(b.severity()).append(") - ").append(b.messageIn(units)));
        return sb.length() == 0 ? Optional.empty() : Optional.of(sb.toString());
    }
}
