package dev.switchback.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchback.model.Limits;
import dev.switchback.model.Terrain;
import dev.switchback.model.Trip;
import dev.switchback.model.TripId;
import dev.switchback.model.TripStage;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The binary search for the trips of a range gives the trips, and the order, of a scan of every trip. */
class TripIndexTest {
    static final LocalDate D0 = LocalDate.of(2026, 3, 2);

    static Trip trip(String id, int startDay, int days) {
        var stages = new ArrayList<TripStage>();
        for (int i = 0; i < days; i++) {
            stages.add(new TripStage(Duration.ofHours(5), 15_000, 600, 600, 10, Optional.empty()));
        }
        return new Trip(new TripId(id), id, D0.plusDays(startDay), stages, Terrain.TRAIL, false, "");
    }

    // sorted by start: the longest trip allowed, trips of one day at its ends, two trips on one day,
    // overlapping trips and a trip that starts inside the long one and ends after it
    static final List<Trip> BY_START = List.of(trip("a", 0, 1), trip("long", 3, Limits.MAX_TRIP_DAYS),
            trip("b", 3, 2), trip("c", 10, 5), trip("f", 50, 30), trip("d", Limits.MAX_TRIP_DAYS + 2, 1),
            trip("e", Limits.MAX_TRIP_DAYS + 2, 3), trip("g", 200, 7));

    @Test
    void startingOrEndingIsTheScanOfEveryTrip() {
        var index = new TripIndex(BY_START);
        for (int from = -70; from < 260; from += 3) {
            for (int len = 0; len < 9; len += 2) {
                for (int shift = -9; shift <= 9; shift += 3) {
                    LocalDate s0 = D0.plusDays(from);
                    LocalDate s1 = s0.plusDays(len);
                    LocalDate e0 = s0.plusDays(shift);
                    LocalDate e1 = e0.plusDays(len + 1);
                    var scan = BY_START.stream().filter(t -> !t.start().isBefore(s0) && !t.start().isAfter(s1)
                            || !t.end().isBefore(e0) && !t.end().isAfter(e1)).toList();
                    assertThat(index.startingOrEnding(s0, s1, e0, e1)).as("%s .. %s, %s .. %s", s0, s1, e0, e1)
                            .isEqualTo(scan);
                }
            }
        }
    }

    @Test
    void overlappingIsTheScanOfEveryTrip() {
        List<Trip> byStart = BY_START;
        for (int from = -70; from < 260; from++) {
            for (int len = 0; len < 9; len++) {
                LocalDate a = D0.plusDays(from);
                LocalDate b = a.plusDays(len);
                var scan = byStart.stream().filter(t -> !t.end().isBefore(a) && !t.start().isAfter(b)).toList();
                assertThat(TripIndex.overlapping(byStart, a, b)).as("%s .. %s", a, b).isEqualTo(scan);
            }
        }
        assertThat(TripIndex.overlapping(List.of(), D0, D0)).isEmpty();
        assertThat(TripIndex.overlapping(byStart, D0.plusDays(62), D0.plusDays(62)))
                .extracting(Trip::title).containsExactly("long", "f", "d", "e");
    }
}
