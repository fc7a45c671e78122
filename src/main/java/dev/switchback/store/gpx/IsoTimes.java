package dev.switchback.store.gpx;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * Track point times. Almost every watch writes UTC as {@code 2026-11-14T08:00:00Z} (sometimes with
 * fractions of a second); that form is read directly, because {@code Instant.parse} was most of a
 * bulk import's time (docs/performance.md). Anything else goes to {@link OffsetDateTime#parse}.
 */
final class IsoTimes {
    private IsoTimes() {
    }

    static Instant parse(String s) {
        int n = s.length();
        if (n >= 20 && s.charAt(n - 1) == 'Z' && s.charAt(4) == '-' && s.charAt(7) == '-' && s.charAt(10) == 'T'
                && s.charAt(13) == ':' && s.charAt(16) == ':') {
            int year = digits(s, 0, 4);
            int month = digits(s, 5, 2);
            int day = digits(s, 8, 2);
            int hour = digits(s, 11, 2);
            int minute = digits(s, 14, 2);
            int second = digits(s, 17, 2);
            int nanos = 0;
            boolean ok = year >= 0 && month >= 0 && day >= 0 && hour >= 0 && minute >= 0 && second >= 0;
            if (ok && n > 20) {
                ok = s.charAt(19) == '.' && n - 21 >= 1 && n - 21 <= 9;
                if (ok) {
                    int fraction = digits(s, 20, n - 21);
                    ok = fraction >= 0;
                    nanos = ok ? fraction * (int) Math.pow(10, 9 - (n - 21)) : 0;
                }
            } else if (ok) {
                ok = n == 20;
            }
            if (ok && hour < 24 && minute < 60 && second < 60) {
                long epochDay = LocalDate.of(year, month, day).toEpochDay(); // checks month and day
                return Instant.ofEpochSecond(epochDay * 86_400 + hour * 3600L + minute * 60L + second, nanos);
            }
        }
        try {
            return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeException e) {
            return Instant.parse(s);
        }
    }

    private static int digits(String s, int from, int count) {
        int v = 0;
        for (int i = from; i < from + count; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }
}
