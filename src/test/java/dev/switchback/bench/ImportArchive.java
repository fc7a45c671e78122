package dev.switchback.bench;

import dev.switchback.model.Athlete;
import dev.switchback.model.Plan;
import dev.switchback.model.Session;
import dev.switchback.model.SessionKind;
import dev.switchback.store.PlanStore;
import dev.switchback.store.gpx.ActivityFixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;

/**
 * Writes the bulk-import benchmark's input (docs/performance.md, "Activity import"): a Strava-style
 * export archive of N activities, one a day, each 60 min recorded every second (3601 points with
 * heart rate), a third each GPX, TCX.gz and FIT.gz; and a plan with a session on every other day.
 * {@code java -cp ... dev.switchback.bench.ImportArchive OUT_DIR [N]}
 */
public final class ImportArchive {
    private ImportArchive() {
    }

    public static void main(String[] args) throws IOException, dev.switchback.store.StoreException {
        Path out = Files.createDirectories(Path.of(args[0]));
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        LocalDate first = LocalDate.of(2025, 1, 1);
        var entries = ActivityFixtures.entries();
        Plan plan = Plan.empty("Benchmark", Athlete.of("Ana", 60).withHeartRates(Optional.of(190), Optional.of(50)));
        for (int i = 0; i < n; i++) {
            LocalDate day = first.plusDays(i);
            Instant start = day.atTime(7, 0).toInstant(ZoneOffset.UTC);
            switch (i % 3) {
                case 0 -> entries.put("activities/" + (1000 + i) + ".gpx", ActivityFixtures.gpx(start, 60, 1));
                case 1 -> entries.put("activities/" + (1000 + i) + ".tcx.gz", gzip(ActivityFixtures.tcx(start, 60, 1)));
                default -> entries.put("activities/" + (1000 + i) + ".fit.gz", gzip(ActivityFixtures.fit(start, 60, 1)));
            }
            if (i % 2 == 0) {
                plan = plan.withSession(Session.of(day, SessionKind.TRAIL_RUN, "Run " + i, Duration.ofMinutes(60)));
            }
        }
        Path archive = ActivityFixtures.write(out.resolve("export_" + n + ".zip"), ActivityFixtures.zip(entries));
        PlanStore.save(out.resolve("plan.json"), plan, List.of());
        System.out.println("Wrote " + archive + " (" + Files.size(archive) / 1024 + " KiB) and " + out.resolve("plan.json"));
    }

    private static byte[] gzip(byte[] b) {
        var bytes = new java.io.ByteArrayOutputStream();
        try (var gz = new GZIPOutputStream(bytes)) {
            gz.write(b);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
