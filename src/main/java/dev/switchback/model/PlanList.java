package dev.switchback.model;

import java.util.AbstractList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.Set;
import java.util.function.Function;

/**
 * One of a {@link Plan}'s lists of records, immutable, that carries what the plan's constructor checked about it,
 * so that a version of the plan made from a valid one with one record replaced or its records re-ordered is not
 * checked again record by record (a 98-year plan holds 86,000 session ids; each version of it built a hash set
 * of them, twice, and of its 33,000 log ids).
 *
 * <p>What a list proves: its records have unique keys ({@link #keys}, an identity that stands for the exact set of
 * keys, shared by the lists that hold the same keys), and for a plan's logs that each planned session they name was
 * in the sessions of the keys they were last {@linkplain #checkedAgainst checked against}. Only this package makes one, from records it has just
 * checked ({@link #checked}) or from a checked list with one record replaced by one of the same key ({@link
 * #replacing}); any other list given to a plan is checked in full.
 */
final class PlanList<T> extends AbstractList<T> implements RandomAccess {
    /** Which list of the plan this is, so that a plan never trusts one kind of list as another. */
    enum Kind { SESSIONS, LOGS, WELLNESS }

    private final Object[] items;
    private final Kind kind;
    private final Object keys;
    // the keys of the sessions every planned session of these logs was last found in: a memo of a fact about the
    // list, not part of its value, so that re-checking logs against new sessions keeps the list the same object (the
    // engine keeps what it derived from a plan's logs while they are); a race leaves one of two true facts
    private volatile Object checkedAgainst;

    private PlanList(Object[] items, Kind kind, Object keys, Object checkedAgainst) {
        this.items = items;
        this.kind = kind;
        this.keys = keys;
        this.checkedAgainst = checkedAgainst;
    }

    @Override
    @SuppressWarnings("unchecked")
    public T get(int index) {
        return (T) items[Objects.checkIndex(index, items.length)];
    }

    @Override
    public int size() {
        return items.length;
    }

    @Override
    public Object[] toArray() {
        return items.clone();
    }

    /** {@code list} as a checked list of {@code kind}, or null when it is not one. */
    @SuppressWarnings("unchecked")
    static <T> PlanList<T> of(Kind kind, List<T> list) {
        return list instanceof PlanList<?> p && p.kind == kind ? (PlanList<T>) p : null;
    }

    /** The entries of {@code values}, none of them empty, refused as {@link Check#list} refuses them. */
    static Object[] items(String what, Collection<?> values) {
        Objects.requireNonNull(values, what);
        Object[] items = values.toArray();
        for (Object v : items) {
            Objects.requireNonNull(v, () -> what + " must not contain empty entries");
        }
        return items;
    }

    /** {@code items} (from {@link #items}) with unique keys, as a checked list; else refused as {@link Check#unique} refuses. */
    @SuppressWarnings("unchecked")
    static <T, K> PlanList<T> checked(Kind kind, Object[] items, String keyWhat, Function<T, K> key) {
        var seen = new HashSet<K>(Math.max(16, (int) (items.length / 0.75f) + 1));
        for (Object v : items) {
            K k = key.apply((T) v);
            if (!seen.add(k)) {
                throw new IllegalArgumentException(keyWhat + " appears twice: " + k);
            }
        }
        return new PlanList<>(items, kind, new Object(), null);
    }

    /** The keys of the records, in a set (for a check of what refers to them). */
    <K> Set<K> keySet(Function<T, K> key) {
        var set = new HashSet<K>(Math.max(16, (int) (items.length / 0.75f) + 1));
        for (T t : this) {
            set.add(key.apply(t));
        }
        return set;
    }

    /** True when the keys are the same set as those of {@code other} (the same identity). */
    boolean sameKeys(PlanList<?> other) {
        return other != null && keys == other.keys;
    }

    /** For logs: true when every planned session they name was found among {@code sessions}' keys. */
    boolean checkedAgainst(PlanList<?> sessions) {
        return checkedAgainst != null && checkedAgainst == sessions.keys;
    }

    /** Records that every planned session these logs name was found among {@code sessions}' keys. */
    void markCheckedAgainst(PlanList<?> sessions) {
        checkedAgainst = sessions.keys;
    }

    /**
     * This list with the record at {@code index} taken out and {@code replacement}, whose key must be the same,
     * put in at {@code at} (an index into the list without the old record): the same set of keys, so the same
     * proof.
     */
    <K> PlanList<T> replacing(int index, T replacement, int at, Function<T, K> key) {
        Objects.requireNonNull(replacement, "replacement");
        @SuppressWarnings("unchecked")
        T old = (T) items[Objects.checkIndex(index, items.length)];
        if (!key.apply(old).equals(key.apply(replacement))) {
            throw new IllegalArgumentException("a replacement must keep its key: " + key.apply(old) + " is not "
                    + key.apply(replacement));
        }
        Objects.checkIndex(at, items.length);
        Object[] out = new Object[items.length];
        if (at <= index) {
            System.arraycopy(items, 0, out, 0, at);
            System.arraycopy(items, at, out, at + 1, index - at);
            System.arraycopy(items, index + 1, out, index + 1, items.length - index - 1);
        } else {
            System.arraycopy(items, 0, out, 0, index);
            System.arraycopy(items, index + 1, out, index, at - index);
            System.arraycopy(items, at + 1, out, at + 1, items.length - at - 1);
        }
        out[at] = replacement;
        return new PlanList<>(out, kind, keys, checkedAgainst);
    }
}
