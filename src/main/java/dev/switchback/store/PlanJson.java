package dev.switchback.store;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.type.LogicalType;
import dev.switchback.engine.Finding;
import dev.switchback.model.Printable;
import dev.switchback.model.Plan;
import dev.switchback.store.PlanDto.FindingDto;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The JSON side of plan files: a strict mapper (no default typing, unknown fields refused, no
 * coercion between strings, numbers and booleans, size and nesting limits) and the translation of
 * every parse or mapping failure into a {@link StoreException} that names file, line, field and remedy.
 */
final class PlanJson {
    static final int SCHEMA_VERSION = 4;
    static final long MAX_BYTES = 32L * 1024 * 1024;
    static final int MAX_DEPTH = 32;
    static final int MAX_NUMBER_LENGTH = 64;
    static final int MAX_STRING_LENGTH = 1_000_000;
    static final int MAX_NAME_LENGTH = 1_000;
    /** The longest refusal: a sentence people read, not a dump of the file. */
    static final int MAX_MESSAGE = 400;

    /** Made when first needed: a good file is read without it ({@link TreeReader}), saving needs it. */
    private volatile ObjectMapper mapper;
    /** The mapper's parser settings, for reading a good file without the mapper. */
    private static final JsonFactory PLAIN = newFactory();
    private final Migrations migrations;
    /**
     * The day old overrides are resolved on (schema 2 to 3): the day the plan is first opened. Null for the
     * system's clock, asked only then: the system's time zone starts java.time's zone provider, whose
     * service lookup reads the whole jar's directory (about 20 ms of a short run, docs/performance.md).
     */
    private final java.time.Clock clock;

    PlanJson(Migrations migrations) {
        this(migrations, null);
    }

    PlanJson(Migrations migrations, java.time.Clock clock) {
        this.migrations = migrations;
        this.clock = clock;
    }

    private ObjectMapper mapper() {
        ObjectMapper m = mapper;
        if (m == null) {
            synchronized (this) {
                m = mapper;
                if (m == null) {
                    m = newMapper();
                    mapper = m;
                }
            }
        }
        return m;
    }

    static PlanJson standard() {
        return new PlanJson(Migrations.standard());
    }

    /** A plan read from a file, with the schema version the file was written in. */
    record Decoded(Plan plan, int schemaVersion) {
    }

    /** The parser's limits and its refusal of a field given twice. */
    static JsonFactory newFactory() {
        return JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxDocumentLength(MAX_BYTES)
                        .maxNestingDepth(MAX_DEPTH)
                        .maxNumberLength(MAX_NUMBER_LENGTH)
                        .maxStringLength(MAX_STRING_LENGTH)
                        .maxNameLength(MAX_NAME_LENGTH)
                        .build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
    }

    static ObjectMapper newMapper() {
        JsonFactory factory = newFactory();
        var numbers = new SimpleModule("switchback-numbers");
        numbers.addSerializer(Double.class, new WholeNumbers());
        numbers.addSerializer(Double.TYPE, new WholeNumbers());
        numbers.addDeserializer(Double.class, new FiniteNumbers());
        JsonMapper mapper = JsonMapper.builder(factory)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY,
                        JsonInclude.Include.NON_EMPTY))
                .addModule(numbers)
                .build();
        // "12" is not a number and 12 is not a text: a file that mixes them was edited by mistake.
        for (LogicalType type : List.of(LogicalType.Integer, LogicalType.Float, LogicalType.Boolean)) {
            mapper.coercionConfigFor(type)
                    .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        }
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.POJO).setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        return mapper;
    }

    /** Writes 10000.0 as 10000, so hand-written and saved files look alike; other values exactly. */
    private static final class WholeNumbers extends StdSerializer<Double> {
        WholeNumbers() {
            super(Double.class);
        }

        @Override
        public void serialize(Double value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            double v = value;
            if (v == Math.rint(v) && Math.abs(v) < 1e15 && !(v == 0 && 1 / v < 0)) {
                gen.writeNumber((long) v);
            } else {
                gen.writeNumber(v);
            }
        }
    }

    /**
     * A route's points one to a line, "[46.55, 7.91, 1520]", not one number to a line: a day's route
     * has thousands. Numbers are written as Java's shortest exact form, so they read back equal.
     */
    static final class CompactPoints extends StdSerializer<List<List<Double>>> {
        @SuppressWarnings({"unchecked", "rawtypes"})
        CompactPoints() {
            super((Class) List.class);
        }

        @Override
        public void serialize(List<List<Double>> points, JsonGenerator gen, SerializerProvider provider)
                throws IOException {
            gen.writeStartArray();
            var line = new StringBuilder();
            for (List<Double> p : points) {
                line.setLength(0);
                line.append('[');
                for (int i = 0; i < p.size(); i++) {
                    if (i > 0) {
                        line.append(", ");
                    }
                    double v = p.get(i);
                    // whole numbers without ".0"; others as Java's shortest exact form, valid JSON ("1.0E-5")
                    line.append(v == Math.rint(v) && Math.abs(v) < 1e15 && !(v == 0 && 1 / v < 0)
                            ? Long.toString((long) v) : Double.toString(v));
                }
                gen.writeRawValue(line.append(']').toString());
            }
            gen.writeEndArray();
        }
    }

    /**
     * Only JSON numbers that fit a double: "NaN" in quotes (which Jackson would otherwise accept) and
     * 1e400 (which would become Infinity) are refused.
     */
    private static final class FiniteNumbers extends StdDeserializer<Double> {
        static final String NOT_FINITE = "not a finite number";

        FiniteNumbers() {
            super(Double.class);
        }

        @Override
        public Double deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.currentToken().isNumeric()) {
                return (Double) ctxt.handleUnexpectedToken(Double.class, p);
            }
            double v = p.getDoubleValue();
            if (!Double.isFinite(v)) {
                throw MismatchedInputException.from(p, Double.class, NOT_FINITE);
            }
            return v;
        }
    }

    // ---------------------------------------------------------------- writing

    byte[] write(Plan plan, Collection<Finding> findings) {
        JsonNode findingsNode = findings.isEmpty() ? null : mapper().valueToTree(findings.stream()
                .map(PlanJson::finding).toList());
        PlanDto dto = PlanMapper.toDto(plan, findingsNode);
        return pretty(mapper(), dto, "the plan");
    }

    /**
     * {@code value} as the files of the store are written (the plan file, the template library): two-space
     * indent, "key": value, a newline at the end.
     */
    static byte[] pretty(ObjectMapper mapper, Object value, String what) {
        var printer = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        try {
            byte[] json = mapper.writer(printer).writeValueAsBytes(value);
            byte[] out = java.util.Arrays.copyOf(json, json.length + 1);
            out[json.length] = '\n';
            return out;
        } catch (JsonProcessingException e) {
            // Only records of strings and numbers are written: a failure here is a bug, not a user error.
            throw new IllegalStateException("could not turn " + what + " into JSON", e);
        }
    }

    private static FindingDto finding(Finding f) {
        return new FindingDto(f.ruleId(), f.severity().name(), f.weekStart().toString(),
                f.dates().stream().map(LocalDate::toString).toList(),
                f.measurement().orElse(null),
                Double.isFinite(f.threshold()) ? f.threshold() : null,
                f.unit(), f.message(), f.why(), f.source().toString(), f.suggestion().text());
    }

    // ---------------------------------------------------------------- reading

    Decoded read(Path file, byte[] content) throws StoreException {
        if (content.length > MAX_BYTES) {
            throw tooLarge(file, content.length);
        }
        if (content.length == 0 || isBlank(content)) {
            throw new StoreException(file, name(file) + ", line 1: the file is empty, it holds no plan. Restore a"
                    + " backup (" + backupHint(file) + ") or delete the file to start again. The file was not changed.");
        }
        ByteScan.Found encoding = ByteScan.encoding(content);
        if (encoding != null) {
            throw problem(file, content, encoding, "", encoding.what(), null);
        }
        JsonNode tree = TreeReader.tree(PLAIN, content); // a good file: the same tree without the mapper
        try {
            if (tree == null) {
                tree = mapper().readTree(content);
            }
        } catch (StreamConstraintsException e) {
            ByteScan.Found beyond = ByteScan.beyondLimits(content, MAX_DEPTH, MAX_NUMBER_LENGTH, MAX_STRING_LENGTH,
                    MAX_NAME_LENGTH);
            if (beyond != null) {
                throw problem(file, content, beyond, "", beyond.what(), e);
            }
            throw problem(file, content, e.getLocation(), "", "it is nested too deeply (more than " + MAX_DEPTH
                    + " levels) or holds an absurdly long number, name or text; it is not a plan Switchback wrote", e);
        } catch (StreamReadException e) {
            throw problem(file, content, e.getLocation(), pathOf(e), syntax(e), e);
        } catch (JsonMappingException e) {
            throw problem(file, content, e.getLocation(), path(e), mapping(e), e);
        } catch (IOException e) {
            throw problem(file, content, (JsonLocation) null, "", "it cannot be read as JSON text", e);
        }
        if (tree == null || tree.isMissingNode()) {
            throw new StoreException(file, name(file) + ", line 1: the file is empty, it holds no plan. Restore a"
                    + " backup (" + backupHint(file) + ") or delete the file to start again. The file was not changed.");
        }
        if (!tree.isObject()) {
            throw problem(file, content, (JsonLocation) null, "", "the file must hold one JSON object { ... } with the plan,"
                    + " but it holds " + describe(tree), null);
        }
        int version = version(file, content, tree);
        PlanDto dto;
        try {
            if (version == migrations.target()) {
                dto = bind(tree, content);
            } else {
                ObjectNode migrated = migrations.migrate((ObjectNode) tree, version);
                dto = TreeReader.plan(migrated);
                if (dto == null) {
                    dto = mapper().treeToValue(migrated, PlanDto.class);
                }
            }
        } catch (UnrecognizedPropertyException e) {
            List<String> known = e.getKnownPropertyIds() == null ? List.of() : e.getKnownPropertyIds().stream()
                    .map(Object::toString).sorted().toList();
            throw problem(file, content, e.getLocation(), path(e), Choices.unknown("field", e.getPropertyName(),
                    known, "the fields allowed here are"), e);
        } catch (MismatchedInputException e) {
            throw problem(file, content, e.getLocation(), path(e), mismatch(e), e);
        } catch (JsonMappingException e) {
            throw problem(file, content, e.getLocation(), path(e), mapping(e), e);
        } catch (StreamReadException e) {
            throw problem(file, content, e.getLocation(), pathOf(e), syntax(e), e);
        } catch (IOException e) {
            throw problem(file, content, (JsonLocation) null, "", "it cannot be read as JSON text", e);
        }
        try {
            Plan plan = PlanMapper.toPlan(dto);
            if (version <= OverridePerFindingMigration.FROM) {
                plan = OverridePerFindingMigration.resolve(plan,
                        LocalDate.now(clock != null ? clock : java.time.Clock.systemDefaultZone()));
            }
            return new Decoded(plan, version);
        } catch (InvalidValue e) {
            if (version == migrations.target()) {
                throw problem(file, content, locateNearest(content, e.path()), e.path(), e.problem(), e);
            }
            throw problem(file, content, (JsonLocation) null, e.path(), e.problem() + " (found after updating the file from schema "
                    + version + " to " + migrations.target() + ", so the field may have another name in the file)", e);
        }
    }

    /**
     * The plan's DTO from the tree already parsed, so that a good file is parsed once, not twice (a
     * tenth of a ten-year plan's reading, docs/performance.md). A tree has no line and column, so
     * when binding refuses the tree, the file's bytes are bound again and that error, with its place in the
     * file, is the one reported: the same as before this shortcut. A file that holds only what a plan file
     * can is read by {@link TreeReader} instead, which gives the DTO the mapper would (decisions/0015).
     */
    private PlanDto bind(JsonNode tree, byte[] content) throws IOException {
        PlanDto plain = TreeReader.plan(tree); // the same DTO without building the mapper's deserializers
        if (plain != null) {
            return plain;
        }
        try {
            return mapper().treeToValue(tree, PlanDto.class);
        } catch (IOException | IllegalArgumentException e) {
            return mapper().readValue(content, PlanDto.class);
        }
    }

    private int version(Path file, byte[] content, JsonNode tree) throws StoreException {
        JsonNode v = tree.get("schemaVersion");
        if (v == null) {
            throw problem(file, content, (JsonLocation) null, "schemaVersion", "the file has no schemaVersion, so it is not a"
                    + " Switchback plan (or the line was deleted: it reads \"schemaVersion\": "
                    + SCHEMA_VERSION + " in this version)", null);
        }
        if (!v.isIntegralNumber() || !v.canConvertToInt()) {
            throw problem(file, content, locate(content, "schemaVersion"), "schemaVersion",
                    "schemaVersion must be a whole number (was " + Printable.excerpt(v.toString()) + ")", null);
        }
        int version = v.intValue();
        if (version > migrations.target()) {
            JsonLocation at = locate(content, "schemaVersion");
            throw new StoreException(file, name(file) + " was written by a newer Switchback (schema " + version
                    + (at == null ? "" : ", line " + at.getLineNr()) + "); this version reads up to "
                    + migrations.target() + ": update Switchback to open it. The file was not changed.");
        }
        if (!migrations.canRead(version)) {
            throw problem(file, content, locate(content, "schemaVersion"), "schemaVersion", "schema " + version
                    + " is not a version Switchback ever wrote (this version reads " + readable() + ")", null);
        }
        return version;
    }

    private String readable() {
        return migrations.oldest() == migrations.target() ? "schema " + migrations.target() + " only"
                : "schemas " + migrations.oldest() + " to " + migrations.target();
    }

    StoreException tooLarge(Path file, long size) {
        return new StoreException(file, name(file) + " is larger than " + (MAX_BYTES / (1024 * 1024)) + " MiB ("
                + String.format(java.util.Locale.ROOT, "%,d", size) + " bytes or more); a plan file is at most "
                + (MAX_BYTES / (1024 * 1024)) + " MiB (years of daily logs fit in under 5 MiB),"
                + " so this is not a plan file or it is damaged. Check that you opened the right file, or restore"
                + " a backup (" + backupHint(file) + ").");
    }

    // ---------------------------------------------------------------- messages

    private StoreException problem(Path file, byte[] content, ByteScan.Found found, String path, String what,
            Throwable cause) {
        return message(file, found.line(), found.column(), path, what, cause);
    }

    /**
     * The refusal people read: file, line and column (of the field, or of the nearest enclosing object
     * when the parser gives none), the JSON path, what is wrong and the remedy, in at most
     * {@link #MAX_MESSAGE} characters, with any text from the file escaped and cut to an excerpt.
     */
    private StoreException problem(Path file, byte[] content, JsonLocation location, String path, String what,
            Throwable cause) {
        JsonLocation at = location != null && location.getLineNr() > 0 ? location : locateNearest(content, path);
        int line = at != null && at.getLineNr() > 0 ? at.getLineNr() : 1;
        int column = at != null && at.getLineNr() > 0 ? Math.max(1, at.getColumnNr()) : 1;
        return message(file, line, column, path, what, cause);
    }

    private static StoreException message(Path file, int line, int column, String path, String what,
            Throwable cause) {
        String shownPath = Printable.excerpt(path, 60);
        String where = name(file) + ", line " + line + ", column " + column
                + (shownPath.isEmpty() ? "" : " (" + shownPath + ")");
        String remedy = "Open the file in a text editor and fix line " + line + ", or restore a backup ("
                + backupHint(file) + "). The file was not changed.";
        int room = Math.max(80, MAX_MESSAGE - where.length() - remedy.length() - 3);
        return new StoreException(file, where + ": " + sentence(what, room) + " " + remedy, cause);
    }

    static String name(Path file) {
        return FileErrors.name(file);
    }

    private static boolean isBlank(byte[] content) {
        for (byte b : content) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return true;
    }

    static String sentence(String what, int room) {
        String s = Printable.escape(what.strip());
        if (s.contains("com.fasterxml") || s.contains("java.") || s.contains("`")) {
            s = "this part of the file cannot be read as a plan";
        }
        if (s.length() > room - 1) {
            int cut = s.lastIndexOf(' ', room - 2);
            s = s.substring(0, cut > room / 2 ? cut : room - 2) + "…";
        }
        return s.endsWith(".") || s.endsWith("?") ? s : s + ".";
    }

    /** Names the newest backup that exists, or says where backups would be. */
    static String backupHint(Path file) {
        Path newest = AtomicWriter.backup(file, 1);
        if (Files.exists(newest)) {
            return name(newest) + " is the version before the last save; rename it to " + name(file);
        }
        return "none exists yet; Switchback keeps them as " + name(newest) + " to ." + AtomicWriter.BACKUPS;
    }

    static String syntax(StreamReadException e) {
        String original = e.getOriginalMessage();
        if (e instanceof JsonEOFException || original.startsWith("Unexpected end-of-input")) {
            return "the file ends in the middle of the plan; it was probably cut off while being copied or saved";
        }
        if (original.contains("'NaN'") || original.contains("Infinity")) {
            return "NaN and Infinity are not numbers a plan can hold; write a number";
        }
        if (original.startsWith("Duplicate field")) {
            return "a field appears twice in one object: " + Printable.excerpt(original.substring(
                    "Duplicate field".length()).strip(), 60);
        }
        if (original.startsWith("Numeric value") && original.contains("out of range")) {
            return "a number is far too large for this field";
        }
        return "this is not valid JSON: " + json(original);
    }

    private static final Pattern FOUND = Pattern.compile("Unexpected character \\('(.{1,2})' \\(code \\d+\\)\\)");

    /** The parser's words for a syntax error, as a person would say them; never a Java name or a source dump. */
    private static String json(String original) {
        String m = original;
        int cut = m.indexOf('\n');
        m = cut < 0 ? m : m.substring(0, cut);
        for (String tail : List.of(" (for Object starting at", " (for Array starting at", " at [Source", "[Source:")) {
            int at = m.indexOf(tail);
            if (at > 0) {
                m = m.substring(0, at);
            }
        }
        Matcher found = FOUND.matcher(m);
        String what = found.find() ? "'" + Printable.escape(found.group(1)) + "'" : "something else";
        if (m.contains("was expecting double-quote to start field name")) {
            return "a field name in quotes was expected here, but there is " + what + " (a comma too many, or a"
                    + " missing quote?)";
        }
        if (m.contains("was expecting comma to separate Object entries")) {
            return "a comma is missing between two fields here (found " + what + ")";
        }
        if (m.contains("was expecting comma to separate Array entries")) {
            return "a comma is missing between two entries of a list here (found " + what + ")";
        }
        if (m.contains("was expecting a colon to separate field name and value")) {
            return "a colon ':' is missing after the field name here (found " + what + ")";
        }
        if (m.startsWith("Unexpected close marker")) {
            return "a closing " + (m.contains("']'") ? "]" : "}") + " does not match the opening "
                    + (m.contains("expected '}'") ? "{" : m.contains("expected ']'") ? "[" : "bracket")
                    + " (a line or a bracket may be missing)";
        }
        if (m.startsWith("Unrecognized token")) {
            int q = m.indexOf('\'');
            int q2 = q < 0 ? -1 : m.indexOf('\'', q + 1);
            String token = q2 > q ? m.substring(q + 1, q2) : "";
            return "'" + Printable.excerpt(token) + "' is not a JSON value (text needs quotes; true, false and null"
                    + " are written in lower case)";
        }
        if (m.startsWith("Illegal unquoted character")) {
            return "a text runs on past the end of its line or holds a control character (a closing quote may be"
                    + " missing; a line break in a text is written \\n)";
        }
        if (m.startsWith("Illegal character") || m.contains("CTRL-CHAR")) {
            return "an invisible control character is here; delete it";
        }
        if (m.contains("expected a valid value")) {
            return "a value (a number, a text in quotes, a list or an object) was expected here, but there is "
                    + what;
        }
        return Printable.excerpt(m.replace("`", "'"), 140);
    }

    /** Jackson's own words name Java classes and features; people get a sentence instead. */
    static String mapping(JsonMappingException e) {
        if (e.getCause() instanceof StreamReadException cause) {
            return syntax(cause);
        }
        String original = String.valueOf(e.getOriginalMessage());
        if (original.startsWith("Trailing token")) {
            return "there is more text after the end of the plan (after its last closing brace)";
        }
        if (e instanceof MismatchedInputException m) {
            return mismatch(m);
        }
        return "this value has the wrong form for this field";
    }

    static String mismatch(MismatchedInputException e) {
        Class<?> type = e.getTargetType();
        if (FiniteNumbers.NOT_FINITE.equals(e.getOriginalMessage())) {
            return "this number is too large to be a plan value; write an ordinary number";
        }
        String expected;
        if (type == null) {
            expected = "a different kind of value";
        } else if (type == Integer.class || type == int.class) {
            expected = "a whole number";
        } else if (type == Double.class || type == double.class) {
            expected = "a number";
        } else if (type == String.class) {
            expected = "text in quotes";
        } else if (type == Boolean.class || type == boolean.class) {
            expected = "true or false";
        } else if (List.class.isAssignableFrom(type) || Collection.class.isAssignableFrom(type)) {
            expected = "a list [ ... ]";
        } else {
            expected = "an object { ... }";
        }
        return "expected " + expected + " here";
    }

    private static String describe(JsonNode node) {
        if (node.isArray()) {
            return "a list [ ... ]";
        }
        if (node.isTextual()) {
            return "only a text";
        }
        if (node.isNumber()) {
            return "only a number";
        }
        return "only " + Printable.excerpt(node.toString());
    }

    /** The JSON path of a mapping error, e.g. {@code sessions[3].packKg}. */
    static String path(JsonMappingException e) {
        var out = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            } else if (ref.getFieldName() != null) {
                if (out.length() > 0) {
                    out.append('.');
                }
                out.append(ref.getFieldName());
            }
        }
        return out.toString();
    }

    /** Where the parser was when a syntax error stopped it, as a path. */
    static String pathOf(StreamReadException e) {
        JsonParser parser = e.getProcessor();
        if (parser == null || parser.getParsingContext() == null) {
            return "";
        }
        return fromPointer(parser.getParsingContext().pathAsPointer());
    }

    static String fromPointer(JsonPointer pointer) {
        var out = new StringBuilder();
        for (JsonPointer p = pointer; p != null && !p.matches(); p = p.tail()) {
            if (p.mayMatchElement()) {
                out.append('[').append(p.getMatchingIndex()).append(']');
            } else {
                if (out.length() > 0) {
                    out.append('.');
                }
                out.append(p.getMatchingProperty());
            }
        }
        return out.toString();
    }

    static JsonPointer toPointer(String path) {
        var out = new StringBuilder();
        for (String part : path.split("\\.")) {
            if (part.isEmpty()) {
                continue;
            }
            int bracket = part.indexOf('[');
            String name = bracket < 0 ? part : part.substring(0, bracket);
            if (!name.isEmpty()) {
                out.append('/').append(name.replace("~", "~0").replace("/", "~1"));
            }
            while (bracket >= 0) {
                int close = part.indexOf(']', bracket);
                out.append('/').append(part, bracket + 1, close);
                bracket = part.indexOf('[', close);
            }
        }
        return JsonPointer.compile(out.toString());
    }

    /** The location of {@code path}, or of the nearest enclosing object when the field is missing. */
    JsonLocation locateNearest(byte[] content, String path) {
        String p = path;
        while (!p.isEmpty()) {
            JsonLocation found = locate(content, p);
            if (found != null) {
                return found;
            }
            int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
            p = cut < 0 ? "" : p.substring(0, cut);
        }
        return null;
    }

    /**
     * Finds the line and column of a path in a well-formed file: the field name for a field, the
     * opening brace for an object. Returns null when the path is not in the file (a missing field).
     */
    JsonLocation locate(byte[] content, String path) {
        if (path.isEmpty()) {
            return null;
        }
        JsonPointer target = toPointer(path);
        try (JsonParser parser = mapper().getFactory().createParser(content)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                boolean candidate = token == JsonToken.FIELD_NAME || token == JsonToken.START_OBJECT
                        || token == JsonToken.START_ARRAY || token.isScalarValue();
                if (candidate && parser.getParsingContext().pathAsPointer().equals(target)) {
                    return parser.currentTokenLocation();
                }
            }
        } catch (IOException e) {
            return null;
        }
        return null;
    }
}
