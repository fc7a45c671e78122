package dev.switchback.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchback.model.Plan;
import dev.switchback.model.Weeks;
import dev.switchback.store.SamplePlan;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/**
 * The engine's output frozen before the engine was rebuilt for speed (issue 10): every finding (rule,
 * severity, week, dates, measured, threshold, unit, sentence, why, source, suggestion), every day's loads
 * and metrics and every week's summary, of the sample plan and of a generated 10-year plan. A change to
 * the engine that changes any of it fails here; a deliberate change of judgement (issue 11) rewrites the
 * files with {@code -Dgolden.write=true} and shows the difference in review.
 */
class GoldenFilesTest {
    static final LocalDate SAMPLE_TODAY = LocalDate.of(2026, 11, 27);

    @Test
    void samplePlan() throws IOException {
        compare("sample.txt.gz", render(SamplePlan.create(SAMPLE_TODAY), SAMPLE_TODAY));
    }

    @Test
    void generatedTenYearPlan() throws IOException {
        Plan plan = GeneratedPlans.years(10, 42);
        compare("ten-years.txt.gz", render(plan, GeneratedPlans.today(plan)));
    }

    @Test
    void benchmarkTenYearPlan() throws IOException {
        Plan plan = GeneratedPlans.tenYears(42);
        compare("bench-ten-years.txt.gz", render(plan, GeneratedPlans.START.plusDays(3000)));
    }

    /** The analysis as text, one line per finding, day and week; numbers with 10 significant digits. */
    static String render(Plan plan, LocalDate today) {
        PlanAnalysis a = Engine.analyse(plan, today);
        var out = new StringBuilder();
        LocalDate first = plan.firstDate().orElseThrow();
        LocalDate last = plan.lastDate().orElseThrow();
        out.append("# today ").append(today).append('\n');
        List<Finding> all = a.findings(first, last);
        out.append("# findings ").append(all.size()).append('\n');
        for (Finding f : all) {
            out.append(f.weekStart()).append(" | ").append(f.ruleId()).append(" | ").append(f.severity())
                    .append(" | ").append(f.dates()).append(" | ").append(f.measurement().map(GoldenFilesTest::num).orElse("n/a")).append(" | ")
                    .append(num(f.threshold())).append(' ').append(f.unit()).append(" | ").append(f.message())
                    .append(" | ").append(f.why()).append(" | ").append(f.source()).append(" | ")
                    .append(suggestion(f.suggestion())).append('\n');
        }
        out.append("# days\n");
        for (DayLoad d : a.days()) {
            out.append(d.date()).append(' ').append(num(d.plannedAu())).append(' ').append(num(d.doneAu()))
                    .append(' ').append(num(d.loadAu())).append(' ').append(num(d.runningKm())).append(' ')
                    .append(num(d.climbM())).append(' ').append(num(d.heaviestPackKg())).append(' ')
                    .append(num(d.packKgKm())).append(' ').append(num(d.longestMinutes())).append(' ')
                    .append(d.rest() ? 'R' : '-').append(d.hard() ? 'H' : '-').append(d.tripDay() ? 'T' : '-')
                    .append(' ').append(d.loads().size());
            DayMetrics m = a.metrics(d.date());
            for (Metric x : List.of(m.acwr(), m.ctl(), m.atl(), m.tsb(), m.formPct(), m.monotony(), m.strain())) {
                out.append(' ').append(metric(x));
            }
            out.append('\n');
        }
        out.append("# weeks\n");
        for (LocalDate w = Weeks.monday(first); !w.isAfter(last.plusDays(14)); w = w.plusDays(7)) {
            WeekSummary s = a.week(w);
            out.append(w).append(' ').append(num(s.plannedAu())).append(' ').append(num(s.doneAu())).append(' ')
                    .append(num(s.loadAu())).append(' ').append(num(s.runningKm())).append(' ')
                    .append(num(s.climbM())).append(' ').append(num(s.heaviestPackKg())).append(' ')
                    .append(num(s.packKgKm())).append(' ').append(num(s.longestMinutes())).append(' ')
                    .append(s.restDays()).append(' ').append(s.hardDays());
            for (Metric x : List.of(s.changeVsPrevious(), s.acwr(), s.monotony(), s.strain(), s.formPct(),
                    s.ctlRampPct())) {
                out.append(' ').append(metric(x));
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static String suggestion(Suggestion s) {
        String what;
        if (s instanceof Suggestion.MoveSession x) {
            what = x.session() + " -> " + x.to();
        } else if (s instanceof Suggestion.CapPack x) {
            what = x.session() + " <= " + num(x.maxKg());
        } else if (s instanceof Suggestion.ReplaceWithRest x) {
            what = x.session().toString();
        } else if (s instanceof Suggestion.Shorten x) {
            what = x.session() + " " + x.duration();
        } else if (s instanceof Suggestion.LowerEffort x) {
            what = x.session() + " RPE " + num(x.rpe());
        } else {
            what = "";
        }
        return s.getClass().getSimpleName() + " " + what + ": " + s.text();
    }

    private static String metric(Metric m) {
        return m instanceof Metric.Value v ? num(v.value()) : "(" + ((Metric.NotEnoughHistory) m).reason() + ")";
    }

    /** Ten significant digits: the same arithmetic in another order may differ in the last bits only. */
    static String num(double v) {
        if (Math.abs(v) < 1e-9) {
            return "0";
        }
        return String.format(Locale.ROOT, "%.10g", v);
    }

    private static void compare(String name, String actual) throws IOException {
        Path file = Path.of("src/test/resources/golden", name);
        if (Boolean.getBoolean("golden.write")) {
            Files.createDirectories(file.getParent());
            try (var out = new GZIPOutputStream(Files.newOutputStream(file))) {
                out.write(actual.getBytes(StandardCharsets.UTF_8));
            }
        }
        String expected;
        try (InputStream in = new GZIPInputStream(GoldenFilesTest.class.getResourceAsStream("/golden/" + name))) {
            expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (!expected.equals(actual)) {
            Path got = Path.of("target", "golden-" + name.replace(".gz", ""));
            Files.writeString(got, actual);
            assertThat(actual.lines().toList()).as("%s differs; the analysis of now is in %s", name, got)
                    .containsExactlyElementsOf(expected.lines().toList());
        }
    }
}
