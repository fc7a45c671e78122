package dev.switchback.engine.rules;

import dev.switchback.engine.rules.wellness.WellnessRules;
import dev.switchback.model.Experience;
import dev.switchback.model.RuleSettings;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The registry of rules the engine runs, in a fixed order. {@link #standard()} is the book every
 * plan is checked with: the load, recovery, pack and trip rules of this package with rule 14
 * (the Hooper index), then the overreaching signals of {@code rules.wellness}
 * ({@code WellnessRules.all()}). Every rule declares its own default thresholds. A rule is added by listing it here or in {@code WellnessRules}, or, for a test or an
 * experiment, with {@link #plus}.
 */
public final class RuleBook {
    private static final List<Rule> STANDARD_RULES = List.of(
            // load and progression (domain-notes section 7, rules 1-4 and 7-9)
            new LongestSessionSpike(),
            new WeeklyRamp(),
            new AcuteChronicRatio(),
            new Monotony(),
            new CtlRamp(),
            new FormFloor(),
            new RecoveryWeek(),
            // hard and rest days (rules 5-6)
            new HardDaysBackToBack(),
            new RestDay(),
            // pack carriage (rules 10-12 and the seed's own)
            new PackMass(),
            new PackMassJump(),
            new HeavyCarrySpacing(),
            new PackAndDistanceRaised(),
            new LoadedDescent(),
            new TargetRpe(),
            // trips and goals (rule 13 and domain-notes 8.3)
            new Taper(),
            new TripBuffer(),
            new TripPreparation(),
            new DoubleBooked(),
            // wellness: rule 14 here, the overreaching signals of rules.wellness after it
            new HooperIndex(),
            // out on the trail (issue 17): turnaround, route time, heat and wind, altitude
            new TurnaroundSuggested(),
            new RouteDuration(),
            new HeatAndWind(),
            new AltitudeGain()
    );
    private static final RuleBook STANDARD = new RuleBook(STANDARD_RULES).plus(WellnessRules.all().toArray(Rule[]::new));

    private final List<Rule> rules;
    /** {@link #thresholds()}, made once: a book and its rules' defaults do not change. */
    private final List<Threshold> thresholds;
    /** The position of each threshold key in {@link #thresholds}. */
    private final Map<String, Integer> slotByKey;
    /**
     * {@link #thresholds} by their hash (multiplicative hashing, open addressing, no two in one slot when possible),
     * and their positions.
     */
    private final Threshold[] table;
    private final int[] tableSlot;
    /** 32 minus the table's bits, and the odd multiplier ({@link #index}). */
    private final int shift;
    private final int multiplier;
    /** Each preset's default of each threshold by position; NaN where that preset declares none. */
    private final double[][] defaultsByPreset;

    public RuleBook(List<Rule> rules) {
        this.rules = List.copyOf(rules);
        var ids = new java.util.HashSet<String>();
        for (Rule r : this.rules) {
            if (!ids.add(r.id())) {
                throw new IllegalArgumentException("Two rules share the id " + r.id());
            }
        }
        var all = new java.util.TreeSet<Threshold>();
        for (Rule r : this.rules) {
            // the rule's own constant where it declares one: a rule reads its values by its constant, which the
            // table below then finds by identity rather than by equals
            var own = new HashMap<String, Threshold>();
            declared(r).forEach(t -> own.putIfAbsent(t.key(), t));
            r.thresholds().forEach(t -> all.add(own.getOrDefault(t.key(), t)));
        }
        this.thresholds = List.copyOf(all);
        var slots = new HashMap<String, Integer>();
        // a table of at least sixteen slots per threshold and a multiplier under which no two hashes share a slot
        // (the first of a fixed sequence that does; none found: the golden ratio's, with probing): a read is then
        // one multiply, one array read and an identity check
        int bits = 32 - Integer.numberOfLeadingZeros(Math.max(2, thresholds.size()) * 16 - 1);
        int multiplier = GOLDEN;
        for (int k = 0, m = GOLDEN; k < MULTIPLIER_TRIES; k++, m += 0x6D2B79F6) {
            if (collisionFree(thresholds, m, bits)) {
                multiplier = m;
                break;
            }
        }
        this.multiplier = multiplier;
        this.shift = 32 - bits;
        int size = 1 << bits;
        this.table = new Threshold[size];
        this.tableSlot = new int[size];
        for (int k = 0; k < thresholds.size(); k++) {
            Threshold t = thresholds.get(k);
            slots.put(t.key(), k);
            int i = index(t.hashCode());
            while (table[i] != null) {
                i = (i + 1) & (size - 1);
            }
            table[i] = t;
            tableSlot[i] = k;
        }
        this.slotByKey = Map.copyOf(slots);
        Experience[] presets = Experience.values();
        this.defaultsByPreset = new double[presets.length][];
        for (Experience preset : presets) {
            double[] values = new double[thresholds.size()];
            Arrays.fill(values, Double.NaN);
            for (Rule r : this.rules) {
                r.defaults(preset).forEach((name, v) -> {
                    Integer k = slots.get(r.id() + "." + name);
                    if (k != null && v != null) {
                        values[k] = v;
                    }
                });
            }
            defaultsByPreset[preset.ordinal()] = values;
        }
    }

    /**
     * The thresholds a rule declares as fields (its static constants, or a rule object's own), read once per
     * book: {@link #slot} is asked tens of thousands of times per long plan's check with exactly these objects.
     * A field that cannot be read is skipped (its threshold is still found by equals).
     */
    private static List<Threshold> declared(Rule rule) {
        var out = new ArrayList<Threshold>();
        for (Class<?> c = rule.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
            for (java.lang.reflect.Field f : c.getDeclaredFields()) {
                int mod = f.getModifiers();
                if (f.getType() != Threshold.class || !java.lang.reflect.Modifier.isFinal(mod)) {
                    continue;
                }
                try {
                    f.setAccessible(true);
                    Object v = f.get(java.lang.reflect.Modifier.isStatic(mod) ? null : rule);
                    if (v instanceof Threshold t && t.ruleId().equals(rule.id())) {
                        out.add(t);
                    }
                } catch (ReflectiveOperationException | RuntimeException unreadable) {
                    // found by equals instead
                }
            }
        }
        return out;
    }

    private static final int GOLDEN = 0x9E3779B9;
    private static final int MULTIPLIER_TRIES = 256;

    /** Multiplicative hashing: the top {@code 32 - shift} bits of the hash times {@link #multiplier}. */
    private int index(int hash) {
        return (hash * multiplier) >>> shift;
    }

    private static boolean collisionFree(List<Threshold> thresholds, int multiplier, int bits) {
        var used = new java.util.BitSet(1 << bits);
        for (Threshold t : thresholds) {
            int i = (t.hashCode() * multiplier) >>> (32 - bits);
            if (used.get(i)) {
                return false;
            }
            used.set(i);
        }
        return true;
    }

    /**
     * The position of {@code threshold} in {@link #thresholds()}, -1 for one the book does not hold: what the
     * rule runner reads a plan's {@linkplain #resolve resolved} values by, one array read per threshold.
     */
    public int slot(Threshold threshold) {
        int mask = table.length - 1;
        int i = index(threshold.hashCode());
        Threshold t;
        while ((t = table[i]) != null) {
            if (t == threshold || t.equals(threshold)) {
                return tableSlot[i];
            }
            i = (i + 1) & mask;
        }
        return -1;
    }

    /**
     * The value of every threshold of the book for a plan's settings, by {@link #slot}: the plan's own value,
     * else the preset's default ({@link #defaultThreshold(Threshold, Experience)}); NaN where neither exists,
     * which the caller asks the slow way (and a threshold the book does not declare is a programming error).
     */
    public double[] resolve(RuleSettings settings) {
        double[] values = defaultsByPreset[settings.preset().ordinal()].clone();
        settings.thresholds().forEach((key, v) -> {
            Integer k = slotByKey.get(key);
            if (k != null) {
                values[k] = v;
            }
        });
        return values;
    }

    public static RuleBook standard() {
        return STANDARD;
    }

    /** This book with more rules after its own. */
    public RuleBook plus(Rule... more) {
        var all = new ArrayList<>(rules);
        all.addAll(Arrays.asList(more));
        return new RuleBook(all);
    }

    public List<Rule> rules() {
        return rules;
    }

    public Optional<Rule> rule(String id) {
        return rules.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** The preset's value of {@code ruleId.name}; an unknown name is a programming error. */
    public double defaultThreshold(String ruleId, String name, Experience preset) {
        return defaultThreshold(new Threshold(ruleId, name), preset);
    }

    /** The preset's value of the threshold; one the book does not hold is a programming error. */
    public double defaultThreshold(Threshold threshold, Experience preset) {
        Rule rule = rule(threshold.ruleId())
                .orElseThrow(() -> new IllegalArgumentException("No rule " + threshold.ruleId()));
        Double v = rule.defaults(preset).get(threshold.name());
        if (v == null) {
            throw new IllegalArgumentException("Rule " + threshold.ruleId() + " has no threshold " + threshold.name());
        }
        return v;
    }

    /** Every rule id of the book, in the book's order: what a file's overrides and disabled rules may name. */
    public List<String> ruleIds() {
        return rules.stream().map(Rule::id).toList();
    }

    /** Every threshold of every rule, in key order: what a file's and the settings' threshold keys may name. */
    public List<Threshold> thresholds() {
        return thresholds;
    }

    /** The threshold with the key {@code "rule-id.name"}, if the book has it. */
    public Optional<Threshold> threshold(String key) {
        Integer k = slotByKey.get(key);
        return k == null ? Optional.empty() : Optional.of(thresholds.get(k));
    }
}
