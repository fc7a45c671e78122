package dev.switchback.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Every session and week template of a runner. Names are unique within each list, whatever their
 * case ("Long run" and "long run" are one name); the lists are kept sorted by name.
 */
public record TemplateLibrary(List<SessionTemplate> sessions, List<WeekTemplate> weeks) {
    public static final TemplateLibrary EMPTY = new TemplateLibrary(List.of(), List.of());
    /** Templates of each kind a library holds at most. */
    public static final int MAX_TEMPLATES = 1_000;

    public TemplateLibrary {
        sessions = sorted("Session templates", sessions, SessionTemplate::name);
        weeks = sorted("Week templates", weeks, WeekTemplate::name);
    }

    private static <T> List<T> sorted(String what, List<T> values, Function<T, String> name) {
        List<T> list = Check.list(what, values);
        if (list.size() > MAX_TEMPLATES) {
            throw new IllegalArgumentException(what + ": at most " + MAX_TEMPLATES + " (was " + list.size() + ")");
        }
        Check.unique("Template name", list, t -> key(name.apply(t)));
        var out = new ArrayList<>(list);
        out.sort(Comparator.comparing((T t) -> key(name.apply(t))).thenComparing(name));
        return List.copyOf(out);
    }

    /** The form in which two names are the same name. */
    public static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    public Optional<SessionTemplate> session(String name) {
        return sessions.stream().filter(t -> key(t.name()).equals(key(name))).findFirst();
    }

    public Optional<WeekTemplate> week(String name) {
        return weeks.stream().filter(t -> key(t.name()).equals(key(name))).findFirst();
    }

    /** Adds the template, or replaces the one of the same name (in any case). */
    public TemplateLibrary withSession(SessionTemplate t) {
        var list = new ArrayList<>(sessions.stream().filter(o -> !key(o.name()).equals(key(t.name()))).toList());
        list.add(t);
        return new TemplateLibrary(list, weeks);
    }

    public TemplateLibrary withWeek(WeekTemplate t) {
        var list = new ArrayList<>(weeks.stream().filter(o -> !key(o.name()).equals(key(t.name()))).toList());
        list.add(t);
        return new TemplateLibrary(sessions, list);
    }

    public TemplateLibrary withoutSession(String name) {
        return new TemplateLibrary(sessions.stream().filter(o -> !key(o.name()).equals(key(name))).toList(), weeks);
    }

    public TemplateLibrary withoutWeek(String name) {
        return new TemplateLibrary(sessions, weeks.stream().filter(o -> !key(o.name()).equals(key(name))).toList());
    }

    /**
     * Renames a session template.
     *
     * @throws IllegalArgumentException when there is none of that name, or another one has the new name
     */
    public TemplateLibrary renameSession(String from, String to) {
        SessionTemplate t = session(from).orElseThrow(() -> new IllegalArgumentException(
                "There is no session template named " + Printable.excerpt(from)));
        SessionTemplate renamed = t.withName(to);
        freeName(session(to).map(SessionTemplate::name), from, renamed.name());
        return withoutSession(from).withSession(renamed);
    }

    public TemplateLibrary renameWeek(String from, String to) {
        WeekTemplate t = week(from).orElseThrow(() -> new IllegalArgumentException(
                "There is no week template named " + Printable.excerpt(from)));
        WeekTemplate renamed = t.withName(to);
        freeName(week(to).map(WeekTemplate::name), from, renamed.name());
        return withoutWeek(from).withWeek(renamed);
    }

    private static void freeName(Optional<String> holder, String from, String to) {
        if (holder.isPresent() && !key(holder.get()).equals(key(from))) {
            throw new IllegalArgumentException("Another template is already named " + Printable.excerpt(holder.get())
                    + ": choose another name");
        }
    }

    /**
     * Whether {@code typed} picks out {@code name}: case-insensitive, the start of the name or of any of
     * its words ("run" finds "Long run" and "Runner's hill"; "ng" finds neither). Blank picks every name.
     */
    public static boolean matches(String name, String typed) {
        String t = key(typed);
        if (t.isEmpty()) {
            return true;
        }
        String n = key(name);
        if (n.startsWith(t)) {
            return true;
        }
        for (int i = 1; i < n.length(); i++) {
            if (!Character.isLetterOrDigit(n.charAt(i - 1)) && Character.isLetterOrDigit(n.charAt(i))
                    && n.startsWith(t, i)) {
                return true;
            }
        }
        return false;
    }

    /** The names {@code typed} picks out: those it starts first, then those with a word it starts, each by name. */
    public static List<String> filter(List<String> names, String typed) {
        String t = key(typed);
        var prefix = names.stream().filter(n -> key(n).startsWith(t)).toList();
        var words = names.stream().filter(n -> !key(n).startsWith(t) && matches(n, typed)).toList();
        var out = new ArrayList<String>(prefix);
        out.addAll(words);
        return List.copyOf(out);
    }
}
