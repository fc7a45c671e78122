package dev.switchback.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchback.model.BodyArea;
import dev.switchback.model.OutingLog;
import dev.switchback.model.Plan;
import dev.switchback.model.Wellness;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/**
 * The golden files' plans seldom raise the wellness signals that need dense check-ins (the ten-year plan has
 * no persistent-soreness and no resting-hr-elevated finding): this file holds the findings, as {@link
 * GoldenFilesTest#render} writes them, of four generated three-year plans with soreness logged on most outings
 * and a check-in with a resting heart rate on most days (the last plan with the athlete's own resting heart
 * rate). It was written by the wellness rules as they were before they read day-indexed arrays (session 6),
 * so it proves them the same. Rewrite with {@code -Dgolden.write=true} only for a deliberate change.
 */
class WellnessGoldenFilesTest {
    static final String FILE = "dense-wellness.txt.gz";

    /** A generated plan with dense soreness and resting heart rates. */
    static Plan densePlan(int variant) {
        Plan base = GeneratedPlans.years(3, 11 + variant);
        var r = new Random(variant);
        LocalDate today = GeneratedPlans.today(base);
        var logs = new ArrayList<OutingLog>();
        BodyArea[] areas = {BodyArea.FEET, BodyArea.HIPS, BodyArea.KNEES};
        for (OutingLog l : base.logs()) {
            if (r.nextInt(100) < 60) {
                var set = EnumSet.noneOf(BodyArea.class);
                set.add(areas[(int) (l.date().toEpochDay() / 9 % 3)]);
                if (r.nextBoolean()) {
                    set.add(areas[r.nextInt(3)]);
                }
                l = l.withSoreness(r.nextInt(4) == 0 ? Optional.empty() : Optional.of(2 + r.nextInt(6)), set);
            }
            logs.add(l);
        }
        var wellness = new ArrayList<Wellness>();
        for (LocalDate d = base.firstDate().orElseThrow(); !d.isAfter(today); d = d.plusDays(1)) {
            if (r.nextInt(100) < 85) {
                long e = d.toEpochDay();
                int hr = 48 + r.nextInt(6) + (e % 23 < 5 ? 9 + r.nextInt(4) : 0); // five raised days in 23
                wellness.add(new Wellness(d, 1 + r.nextInt(7), Optional.empty(), 1 + r.nextInt(7), 1 + r.nextInt(7),
                        1 + r.nextInt(7), 1 + r.nextInt(7), r.nextInt(10) < 8 ? Optional.of(hr) : Optional.empty()));
            }
        }
        Plan plan = base.withLogs(logs).withWellness(wellness);
        return variant == 3 ? plan.withAthlete(plan.athlete().withHeartRates(Optional.of(185), Optional.of(49)))
                : plan;
    }

    static String render() {
        var out = new StringBuilder();
        for (int variant = 0; variant < 4; variant++) {
            Plan plan = densePlan(variant);
            out.append("## variant ").append(variant).append('\n');
            String all = GoldenFilesTest.render(plan, GeneratedPlans.today(plan));
            out.append(all, 0, all.indexOf("# days\n")); // the findings; the days and weeks are the rules' input
        }
        return out.toString();
    }

    @Test
    void denseWellnessPlans() throws IOException {
        String actual = render();
        Path file = Path.of("src/test/resources/golden", FILE);
        if (Boolean.getBoolean("golden.write")) {
            try (var out = new GZIPOutputStream(Files.newOutputStream(file))) {
                out.write(actual.getBytes(StandardCharsets.UTF_8));
            }
        }
        String expected;
        try (InputStream in = new GZIPInputStream(getClass().getResourceAsStream("/golden/" + FILE))) {
            expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(actual).contains("| persistent-soreness |", "| resting-hr-elevated |", "| feel-gated-progression |",
                "| rpe-above-plan |", "| motivation-drop |", "| falling-sleep-quality |", "| wellness-hooper |");
        if (!expected.equals(actual)) {
            Path got = Path.of("target", "golden-" + FILE.replace(".gz", ""));
            Files.writeString(got, actual);
            assertThat(actual.lines().toList()).as("%s differs; the analysis of now is in %s", FILE, got)
                    .containsExactlyElementsOf(expected.lines().toList());
        }
    }

    /** Writes the file with the engine on the class path: {@code java -cp OLD.jar:target/test-classes ...}. */
    public static void main(String[] args) throws IOException {
        try (var out = new GZIPOutputStream(Files.newOutputStream(Path.of(args[0])))) {
            out.write(render().getBytes(StandardCharsets.UTF_8));
        }
    }
}
