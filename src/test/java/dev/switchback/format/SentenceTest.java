package dev.switchback.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchback.model.Units;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SentenceTest {
    static final UnitFormat METRIC = UnitFormat.of(Units.METRIC);
    static final UnitFormat IMPERIAL = UnitFormat.of(Units.IMPERIAL);

    @ParameterizedTest(name = "{0} {1} reads \"{2}\" and \"{3}\"")
    @CsvSource(delimiter = ';', value = {
            // as UnitFormat.show says it on the card, the sheet and the table: no trailing ".0"
            "MASS; 24; 24 kg; 52.9 lb",
            "MASS; 13.5; 13.5 kg; 29.8 lb",
            "MASS; 13.6; 13.6 kg; 30 lb",
            "MASS; 0; 0 kg; 0 lb",
            "MASS; 68; 68 kg; 149.9 lb",
            "MASS; 12.5; 12.5 kg; 27.6 lb",
            "DISTANCE; 12000; 12 km; 7.5 mi",
            "DISTANCE; 12340; 12.3 km; 7.7 mi",
            "DISTANCE; 1609.344; 1.6 km; 1 mi",
            "CLIMB; 640; 640 m; 2100 ft",
            "CLIMB; 639.6; 640 m; 2098 ft",
            "CLIMB; 1000; 1000 m; 3281 ft"})
    void aMarkedQuantityIsSaidInEitherUnits(Measure m, double si, String metric, String imperial) {
        String sentence = "Carry " + Sentence.mark(m, si) + " at most";
        assertThat(Sentence.render(sentence, METRIC)).isEqualTo("Carry " + metric + " at most");
        assertThat(Sentence.metric(sentence)).isEqualTo("Carry " + metric + " at most");
        assertThat(Sentence.render(sentence, IMPERIAL)).isEqualTo("Carry " + imperial + " at most");
    }

    @Test
    void severalQuantitiesInOneSentenceEachFollowTheUnits() {
        String s = "pack " + Sentence.mark(Measure.MASS, 24) + " (last week "
                + Sentence.mark(Measure.MASS, 16) + ") over " + Sentence.mark(Measure.DISTANCE,
                21000) + " and " + Sentence.mark(Measure.CLIMB, 1200) + " up";
        assertThat(Sentence.render(s, METRIC)).isEqualTo("pack 24 kg (last week 16 kg) over 21 km and 1200 m up");
        assertThat(Sentence.render(s, IMPERIAL)).isEqualTo("pack 52.9 lb (last week 35.3 lb) over 13 mi and 3937 ft up");
    }

    @Test
    void aSentenceWithoutMarksIsItself() {
        assertThat(Sentence.render("Move Wednesday's hill repeats to Saturday", IMPERIAL))
                .isEqualTo("Move Wednesday's hill repeats to Saturday");
        assertThat(Sentence.render("", IMPERIAL)).isEmpty();
    }

    @Test
    void aBrokenOrStrayMarkerNeverShows() {
        String broken = "Carry " + Sentence.OPEN + "MFabc" + Sentence.CLOSE + " and " + Sentence.OPEN + "MF12.0 "
                + Sentence.CLOSE + Sentence.CLOSE;
        String shown = Sentence.render(broken, IMPERIAL);
        assertThat(Sentence.hasMarker(shown)).isFalse();
        assertThat(shown).isEqualTo("Carry MFabc and MF12.0 ");
    }

    @Property
    void noRenderedTextHoldsAMarker(@ForAll @StringLength(max = 40) String before, @ForAll @StringLength(max = 40)
            String after, @ForAll @DoubleRange(min = -1e6, max = 1e6) double si, @ForAll Measure m,
            @ForAll Units units) {
        String s = before + Sentence.mark(m, si) + after;
        assertThat(Sentence.hasMarker(Sentence.render(s, UnitFormat.of(units)))).isFalse();
    }

    /**
     * The advice's 13.5 kg shown as "29.8 lb", typed back as it is shown, is 13.5 kg again: a displayed
     * value read back never moves the advice (issue 13: 149.9 lb moved 13.6 to 13.5 kg).
     */
    @Test
    void theAdviceShownInPoundsReadsBackToTheSameAdvice() {
        String shown = Sentence.render(Sentence.mark(Measure.MASS, 13.5), IMPERIAL);
        assertThat(shown).isEqualTo("29.8 lb");
        double back = IMPERIAL.read(Measure.MASS, "Pack", shown).orElseThrow();
        assertThat(Sentence.metric(Sentence.mark(Measure.MASS, back))).isEqualTo("13.5 kg");
        assertThat(Sentence.render(Sentence.mark(Measure.MASS, back), IMPERIAL)).isEqualTo("29.8 lb");
    }

    /** Any shown mass, distance or climb typed back shows the same: the round trip never moves a number. */
    @Property
    void aShownQuantityTypedBackShowsTheSame(@ForAll @DoubleRange(min = 0, max = 200_000) double si,
            @ForAll Measure m, @ForAll Units units) {
        var f = UnitFormat.of(units);
        String shown = Sentence.render(Sentence.mark(m, si), f);
        double back = f.read(m, "Value", shown).orElseThrow();
        assertThat(Sentence.render(Sentence.mark(m, back), f)).isEqualTo(shown);
    }

    @ParameterizedTest(name = "{0} {1} is \"{2}\" and \"{3}\"")
    @CsvSource(delimiter = ';', value = {
            "4; kg more; 4 kg more; 8.8 lb more",
            "2.5; km more; 2.5 km more; 1.6 mi more",
            "13.5; kg; 13.5 kg; 29.8 lb",
            "3; days; 3 days; 3 days",
            "1.37; x more; 1.37 x more; 1.37 x more"})
    void aFindingsMeasuredUnitFollowsTheAthleteAlsoAsARise(double value, String unit, String metric, String imperial) {
        assertThat(METRIC.measured(value, unit)).isEqualTo(metric);
        assertThat(IMPERIAL.measured(value, unit)).isEqualTo(imperial);
    }

    /** The regular expression render used before the scan: the reference it must agree with. */
    private static String byPattern(String text, UnitFormat units) {
        if (!Sentence.hasMarker(text)) {
            return text;
        }
        var m = java.util.regex.Pattern.compile(Sentence.OPEN + "([DCM])([-0-9.Ee]+|NaN|-?Infinity)" + Sentence.CLOSE)
                .matcher(text);
        var out = new StringBuilder();
        while (m.find()) {
            Measure measure = switch (m.group(1)) {
                case "D" -> Measure.DISTANCE;
                case "C" -> Measure.CLIMB;
                default -> Measure.MASS;
            };
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(units.show(measure,
                    Double.parseDouble(m.group(2)))));
        }
        m.appendTail(out);
        return out.toString().replace(String.valueOf(Sentence.OPEN), "").replace(String.valueOf(Sentence.CLOSE), "");
    }

    @Test
    void theScanRendersWhatTheRegularExpressionRenderedForMarkersWholeBrokenAndStray() {
        var random = new java.util.Random(13);
        String[] parts = {String.valueOf(Sentence.OPEN), String.valueOf(Sentence.CLOSE), "D", "C", "M", "X", "12.5",
                "-3", "1.0E4", "NaN", "Infinity", "-Infinity", "Inf", " kg ", "a", ".", "$1", "\\"};
        int checked = 0;
        for (int k = 0; k < 20_000; k++) {
            var text = new StringBuilder();
            int n = 1 + random.nextInt(10);
            for (int j = 0; j < n; j++) {
                text.append(random.nextInt(4) == 0 ? Sentence.mark(Measure.values()[random.nextInt(3)],
                        random.nextInt(100_000) / 10.0) : parts[random.nextInt(parts.length)]);
            }
            String t = text.toString();
            for (UnitFormat units : new UnitFormat[] {METRIC, IMPERIAL}) {
                String expected;
                try {
                    expected = byPattern(t, units);
                } catch (NumberFormatException e) {
                    continue; // a marked "E" or "-": neither way reads it
                }
                assertThat(Sentence.render(t, units)).as(t).isEqualTo(expected);
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(30_000);
    }

    /** Told without rendering, the order of two sentences is the order of their rendered texts, in any units. */
    @Property(tries = 3000)
    void comparingWithoutRenderingAgreesWithTheRenderedTexts(@ForAll("sentences") String a,
            @ForAll("sentences") String b) {
        int fast = Sentence.compareRendered(a, b);
        if (fast == Sentence.UNDECIDED) {
            return;
        }
        for (UnitFormat u : java.util.List.of(METRIC, IMPERIAL)) {
            assertThat(fast).as("%s | %s", a, b)
                    .isEqualTo(Integer.signum(Sentence.render(a, u).compareTo(Sentence.render(b, u))));
        }
    }

    @Property(tries = 3000)
    void startsThatDifferOrderEverySentenceThatBeginsWithThem(@ForAll("sentences") String a,
            @ForAll("sentences") String b, @ForAll("sentences") String restA, @ForAll("sentences") String restB,
            @ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 12) int cutA,
            @ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 12) int cutB) {
        // the starts are plain prefixes of the two sentences, of any length; whatever follows them
        String x = a + restA;
        String y = b + restB;
        String startA = x.substring(0, Math.min(cutA, x.length()));
        String startB = y.substring(0, Math.min(cutB, y.length()));
        int fast = Sentence.compareStarts(startA, startB);
        if (fast == Sentence.UNDECIDED) {
            return;
        }
        for (UnitFormat u : java.util.List.of(METRIC, IMPERIAL)) {
            assertThat(fast).as("%s | %s from %s | %s", x, y, startA, startB)
                    .isEqualTo(Integer.signum(Sentence.render(x, u).compareTo(Sentence.render(y, u))));
        }
    }

    @Test
    void startsDecideOnlyWhereTheyDifferBeforeAnyQuantity() {
        assertThat(Sentence.compareStarts("Fri 8 Jan's Hike", "Wed 6 Jan's Run")).isEqualTo(-1);
        assertThat(Sentence.compareStarts("Wed 6 Jan's Run", "Fri 8 Jan's Hike")).isEqualTo(1);
        // one start a prefix of the other, or equal: the sentences may go on either way
        assertThat(Sentence.compareStarts("Wed", "Wed 6 Jan")).isEqualTo(Sentence.UNDECIDED);
        assertThat(Sentence.compareStarts("Wed", "Wed")).isEqualTo(Sentence.UNDECIDED);
        assertThat(Sentence.compareStarts("", "Wed")).isEqualTo(Sentence.UNDECIDED);
        String pack = "a " + Sentence.mark(Measure.MASS, 4);
        assertThat(Sentence.compareStarts(pack, "a " + Sentence.mark(Measure.MASS, 10))).isEqualTo(Sentence.UNDECIDED);
    }

    @Test
    void comparingWithoutRenderingDecidesPlainDifferencesOnly() {
        String pack = "plans a " + Sentence.mark(Measure.MASS, 4) + " pack";
        assertThat(Sentence.compareRendered("Fri " + pack, "Wed " + pack)).isEqualTo(-1);
        assertThat(Sentence.compareRendered("Wed " + pack, "Fri " + pack)).isEqualTo(1);
        assertThat(Sentence.compareRendered("Wed", "Wed")).isZero();
        assertThat(Sentence.compareRendered("Wed", "Wed 6")).isEqualTo(-1);
        assertThat(Sentence.compareRendered(pack, "plans a " + Sentence.mark(Measure.MASS, 10) + " pack"))
                .isEqualTo(Sentence.UNDECIDED);
        assertThat(Sentence.compareRendered("Wed", "Wed" + Sentence.CLOSE)).isEqualTo(Sentence.UNDECIDED);
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> sentences() {
        var word = net.jqwik.api.Arbitraries.of("Fri", "Wed", "plans", "a", "pack", " ", "", "9", "10", "kg", ".")
                .list().ofMaxSize(4).map(l -> String.join(" ", l));
        var quantity = net.jqwik.api.Combinators.combine(net.jqwik.api.Arbitraries.of(Measure.values()),
                net.jqwik.api.Arbitraries.of(0.0, 4.0, 4.5, 10.0, 12000.0, 639.6)).as(Sentence::mark);
        var stray = net.jqwik.api.Arbitraries.of(String.valueOf(Sentence.OPEN), String.valueOf(Sentence.CLOSE), "");
        return net.jqwik.api.Combinators.combine(word, quantity, word, stray, word)
                .as((w1, q, w2, x, w3) -> w1 + q + w2 + x + w3);
    }
}
