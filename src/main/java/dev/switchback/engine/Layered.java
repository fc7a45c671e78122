package dev.switchback.engine;

import java.util.HashMap;
import java.util.Map;

/**
 * An immutable map made of a shared base and a small layer of changes, so that the next version of a
 * 30,000-entry map after one edit costs the edit, not a copy. When the layer grows past a sixteenth of
 * the base (or 64 entries) it is folded into a new base, so lookups stay at two probes and the copies
 * add up to a constant share of the edits.
 */
final class Layered<K, V> {
    private static final Object REMOVED = new Object();
    private final Map<K, V> base;
    private final Map<K, Object> changes;

    private Layered(Map<K, V> base, Map<K, Object> changes) {
        this.base = base;
        this.changes = changes;
    }

    static <K, V> Layered<K, V> of(Map<K, V> base) {
        return new Layered<>(base, Map.of());
    }

    @SuppressWarnings("unchecked")
    V get(K key) {
        Object v = changes.get(key);
        if (v == null) {
            return base.get(key);
        }
        return v == REMOVED ? null : (V) v;
    }

    /** A builder of the next version: {@link Edit#put} and {@link Edit#remove}, then {@link Edit#done}. */
    Edit<K, V> edit() {
        return new Edit<>(this);
    }

    static final class Edit<K, V> {
        private final Layered<K, V> from;
        private final Map<K, Object> changes;

        private Edit(Layered<K, V> from) {
            this.from = from;
            this.changes = new HashMap<>(from.changes);
        }

        V get(K key) {
            Object v = changes.get(key);
            if (v == null) {
                return from.base.get(key);
            }
            @SuppressWarnings("unchecked")
            V value = v == REMOVED ? null : (V) v;
            return value;
        }

        void put(K key, V value) {
            changes.put(key, value);
        }

        void remove(K key) {
            changes.put(key, REMOVED);
        }

        @SuppressWarnings("unchecked")
        Layered<K, V> done() {
            if (changes.size() <= Math.max(64, from.base.size() / 16)) {
                return new Layered<>(from.base, changes);
            }
            var merged = new HashMap<>(from.base);
            changes.forEach((k, v) -> {
                if (v == REMOVED) {
                    merged.remove(k);
                } else {
                    merged.put(k, (V) v);
                }
            });
            return new Layered<>(merged, Map.of());
        }
    }
}
