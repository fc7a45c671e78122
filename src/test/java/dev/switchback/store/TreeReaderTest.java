package dev.switchback.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.switchback.engine.GeneratedPlans;
import dev.switchback.model.Plan;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@link TreeReader} gives exactly the DTO that the strict mapper binds from the same tree, or nothing (then
 * the mapper binds and refuses as before): on whole plans, and with every value of a plan replaced by each
 * kind of value a hand-edited file can hold, every field removed and an unknown field added to every object.
 */
class TreeReaderTest {
    private static final ObjectMapper MAPPER = PlanJson.newMapper();
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    private static JsonNode tree(Plan plan) throws Exception {
        return MAPPER.readTree(PlanJson.standard().write(plan, List.of()));
    }

    /** The mapper's DTO, or empty when it refuses the tree. */
    private static Optional<PlanDto> mapped(JsonNode tree) {
        try {
            return Optional.of(MAPPER.treeToValue(tree, PlanDto.class));
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    @Test
    void readsTheSamplePlanAsTheMapperDoes() throws Exception {
        JsonNode tree = tree(SamplePlan.create(TODAY));
        PlanDto plain = TreeReader.plan(tree);
        assertThat(plain).isNotNull().isEqualTo(mapped(tree).orElseThrow());
        assertThat(plain.sessions()).hasSizeGreaterThan(50);
    }

    @Test
    void readsTheTenYearPlanAsTheMapperDoes() throws Exception {
        JsonNode tree = tree(GeneratedPlans.tenYears(42));
        assertThat(TreeReader.plan(tree)).isNotNull().isEqualTo(mapped(tree).orElseThrow());
    }

    @Test
    void readsSavedFindingsRulesAndRoutesAsTheMapperDoes() throws Exception {
        ObjectNode tree = (ObjectNode) tree(SamplePlan.create(TODAY));
        tree.putArray("findings").addObject().put("ruleId", "acwr").putArray("dates").add("2026-11-23");
        ObjectNode rules = tree.putObject("rules");
        rules.put("preset", "CAUTIOUS");
        rules.putObject("thresholds").put("b", 1.5).put("a", 2);
        rules.putArray("disabledRules").add("monotony");
        rules.putArray("overrides").addObject().put("ruleId", "acwr").put("weekStart", "2026-11-23")
                .put("measured", 1.6).put("reason", "race").put("recordedOn", "2026-11-20").putArray("dates")
                .add("2026-11-24");
        ObjectNode session = (ObjectNode) tree.get("sessions").get(0);
        session.putObject("turnaround").put("by", "13:00");
        session.putArray("bailouts").add("the hut");
        session.putArray("conditions").add("RAIN");
        ObjectNode route = session.putObject("route").put("name", "ridge");
        route.putArray("points").add(JsonNodeFactory.instance.arrayNode().add(46.5).add(7).add(1520))
                .add(JsonNodeFactory.instance.arrayNode().add(46.6).add(7.1));
        PlanDto plain = TreeReader.plan(tree);
        assertThat(plain).isNotNull().isEqualTo(mapped(tree).orElseThrow());
        assertThat(plain.rules().thresholds().keySet()).containsExactly("b", "a");
        assertThat(plain.findings()).isEqualTo(tree.get("findings"));
    }

    @Test
    void everyOtherValueIsReadAsTheMapperDoesOrLeftToIt() throws Exception {
        ObjectNode tree = (ObjectNode) tree(SamplePlan.create(TODAY));
        // the same with a trip's stages, a route and a feel in it: the sample has trips and logs with feels
        ObjectNode session = (ObjectNode) tree.get("sessions").get(0);
        session.putObject("turnaround").put("afterMin", 90);
        session.putObject("route").put("name", "r").putArray("points")
                .add(JsonNodeFactory.instance.arrayNode().add(46.5).add(7));
        tree.putObject("rules").putObject("thresholds").put("acwr.high", 1.5);
        List<JsonNode> values = List.of(NullNode.instance, TextNode.valueOf("12"), TextNode.valueOf(""),
                IntNode.valueOf(12), IntNode.valueOf(-1), LongNode.valueOf(3_000_000_000L), DoubleNode.valueOf(12.5),
                DoubleNode.valueOf(Double.NaN), DoubleNode.valueOf(Double.POSITIVE_INFINITY),
                BigIntegerNode.valueOf(new BigInteger("99999999999999999999")),
                DecimalNode.valueOf(new BigDecimal("1.5")), BooleanNode.TRUE,
                JsonNodeFactory.instance.arrayNode(), JsonNodeFactory.instance.arrayNode().add("x"),
                JsonNodeFactory.instance.objectNode());
        int plainOnes = 0;
        int places = 0;
        for (Place place : places(tree, new ArrayList<>())) {
            places++;
            JsonNode original = place.get();
            for (JsonNode v : values) {
                place.set(v);
                PlanDto plain = TreeReader.plan(tree);
                if (plain != null) {
                    plainOnes++;
                    assertThat(mapped(tree)).as("%s = %s", place, v).contains(plain);
                }
            }
            place.set(original);
        }
        assertThat(places).isGreaterThan(500);
        assertThat(plainOnes).as("values of the right kind are read, not all left to the mapper")
                .isGreaterThan(places);
        assertThat(TreeReader.plan(tree)).isEqualTo(mapped(tree).orElseThrow());
    }

    @Test
    void aRemovedFieldIsNullAsForTheMapperAndAnUnknownOneIsLeftToIt() throws Exception {
        ObjectNode tree = (ObjectNode) tree(SamplePlan.create(TODAY));
        for (ObjectNode object : objects(tree, new ArrayList<>())) {
            for (String name : names(object)) {
                JsonNode copy = tree.deepCopy();
                ObjectNode same = (ObjectNode) copy.at(pointer(tree, object));
                same.remove(name);
                assertThat(TreeReader.plan(copy)).as("without %s", name).isEqualTo(mapped(copy).orElseThrow());
            }
            object.put("surplus", 1);
            assertThat(TreeReader.plan(tree)).as("unknown field").isNull();
            assertThat(mapped(tree)).isEmpty();
            object.remove("surplus");
        }
        assertThat(TreeReader.plan(JsonNodeFactory.instance.arrayNode())).isNull();
    }

    // ---------------------------------------------------------------- the tree without the mapper

    private static final com.fasterxml.jackson.core.JsonFactory FACTORY = PlanJson.newFactory();
    private static final byte[] SAMPLE = PlanJson.standard().write(SamplePlan.create(TODAY), List.of());

    @Test
    void parsesWholePlansIntoTheMappersTree() throws Exception {
        for (byte[] file : List.of(SAMPLE, PlanJson.standard().write(GeneratedPlans.tenYears(42), List.of()))) {
            JsonNode tree = TreeReader.tree(FACTORY, file);
            assertThat(tree).isNotNull().isEqualTo(MAPPER.readTree(file));
        }
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"{\"a\": 1, \"b\": [1.5, -2, 3000000000, true, false, null,"
            + " \"x\", {}, []], \"c\": {\"d\": 1e300, \"e\": -0.0, \"f\": 1E-7}}", "{}", "{\"a\": 1e999}"})
    void parsesValuesIntoTheNodesTheMapperMakes(String json) throws Exception {
        byte[] file = json.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(TreeReader.tree(FACTORY, file)).isNotNull().isEqualTo(MAPPER.readTree(file));
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"{} x", "{} {}", "{\"a\": 1} // c", "[]", "1", "\"a\"",
            "", "   ", "{\"a\": 1, \"a\": 2}", "{\"a\": 99999999999999999999}", "{\"a\": NaN}", "{\"a\": 1",
            "{\"a\": [1, 2}", "{'a': 1}", "{\"a\": 1,}"})
    void leavesAnythingElseToTheMapper(String json) {
        assertThat(TreeReader.tree(FACTORY, json.getBytes(java.nio.charset.StandardCharsets.UTF_8))).isNull();
    }

    /** One edit at a random place of the sample's file (as in MutatedFilesTest): the same tree, or none. */
    @net.jqwik.api.Property(tries = 1000)
    void aMutatedFileGivesTheMappersTreeOrNone(@net.jqwik.api.ForAll("mutated") byte[] content) {
        JsonNode plain = TreeReader.tree(FACTORY, content);
        if (plain == null) {
            return;
        }
        JsonNode mapped;
        try {
            mapped = MAPPER.readTree(content);
        } catch (Exception e) {
            throw new AssertionError("the mapper refuses what the tree reader accepted: " + e.getMessage(), e);
        }
        assertThat(plain).isEqualTo(mapped);
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<byte[]> mutated() {
        var at = net.jqwik.api.Arbitraries.integers().between(0, SAMPLE.length - 1);
        var replaced = net.jqwik.api.Combinators.combine(at, net.jqwik.api.Arbitraries.bytes()).as((i, b) -> {
            byte[] copy = SAMPLE.clone();
            copy[i] = b;
            return copy;
        });
        var inserted = net.jqwik.api.Combinators.combine(at, net.jqwik.api.Arbitraries.of("null", "-1", "1e999", "\"\"",
                "[]", "{}", ",", ":", "\"x\": 1,", "true", "NaN", "1.5", "99999999999999999999", "3000000000", "}", "]"))
                .as((i, t) -> {
                    byte[] token = t.getBytes(java.nio.charset.StandardCharsets.UTF_8);
                    byte[] copy = java.util.Arrays.copyOf(SAMPLE, SAMPLE.length + token.length);
                    System.arraycopy(token, 0, copy, i, token.length);
                    System.arraycopy(SAMPLE, i, copy, i + token.length, SAMPLE.length - i);
                    return copy;
                });
        return net.jqwik.api.Arbitraries.oneOf(replaced, inserted);
    }

    // ---------------------------------------------------------------- places in a tree

    /** A value in the tree that can be replaced and put back: a field of an object or an entry of a list. */
    private record Place(JsonNode parent, String field, int index) {
        JsonNode get() {
            return field != null ? parent.get(field) : parent.get(index);
        }

        void set(JsonNode v) {
            if (field != null) {
                ((ObjectNode) parent).set(field, v);
            } else {
                ((ArrayNode) parent).set(index, v);
            }
        }

        @Override
        public String toString() {
            return field != null ? field : "[" + index + "]";
        }
    }

    private static List<Place> places(JsonNode node, List<Place> out) {
        if (node.isObject()) {
            for (String name : names(node)) {
                out.add(new Place(node, name, -1));
                places(node.get(name), out);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                out.add(new Place(node, null, i));
                places(node.get(i), out);
            }
        }
        return out;
    }

    private static List<ObjectNode> objects(JsonNode node, List<ObjectNode> out) {
        if (node.isObject()) {
            out.add((ObjectNode) node);
        }
        for (JsonNode child : node) {
            objects(child, out);
        }
        return out;
    }

    private static List<String> names(JsonNode object) {
        var names = new ArrayList<String>();
        for (var e : object.properties()) {
            names.add(e.getKey());
        }
        return names;
    }

    /** The JSON pointer of {@code target} inside {@code root} (found by identity). */
    private static String pointer(JsonNode root, JsonNode target) {
        if (root == target) {
            return "";
        }
        if (root.isObject()) {
            for (String name : names(root)) {
                String p = pointer(root.get(name), target);
                if (p != null) {
                    return "/" + name + p;
                }
            }
        } else if (root.isArray()) {
            for (int i = 0; i < root.size(); i++) {
                String p = pointer(root.get(i), target);
                if (p != null) {
                    return "/" + i + p;
                }
            }
        }
        return null;
    }
}
