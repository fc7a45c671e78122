package dev.switchback.cli;

import java.time.LocalDate;
import java.util.TimeZone;

/**
 * Today where the user is, the day {@code LocalDate.now()} gives, read through {@link TimeZone} instead of
 * java.time's zone provider: the provider's start looks for other providers on the class path with a
 * service lookup, which reads the whole jar's directory (12,700 entries, about 20 ms of CPU of a short
 * run that otherwise never opens the jar, docs/performance.md, session 8). Both read the JDK's tzdb.dat;
 * {@code TodayTest} compares them for every time zone over three years and at each change of offset.
 */
final class Today {
    private static final long MS_PER_DAY = 86_400_000L;

    private Today() {
    }

    static LocalDate now() {
        return on(System.currentTimeMillis(), TimeZone.getDefault());
    }

    /** The local date in {@code zone} at {@code epochMilli}. */
    static LocalDate on(long epochMilli, TimeZone zone) {
        return LocalDate.ofEpochDay(Math.floorDiv(epochMilli + zone.getOffset(epochMilli), MS_PER_DAY));
    }
}
