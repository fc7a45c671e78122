package dev.switchback.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A session saved under a name, to be put on any day (issue 12, section 4). The session keeps
 * everything but its identity and day: those are fixed to {@link #ID} and {@link #ANCHOR} here and
 * given anew by {@link #on}, so two templates of the same session are equal and nothing in a plan
 * ever points at a template.
 */
public record SessionTemplate(String name, Session session) {
    /** The longest name: as long as a session's title, which is what the name defaults to. */
    public static final int MAX_NAME = Limits.MAX_TITLE;
    /** The day every template's session is stored on: a Monday, far from any plan. */
    public static final LocalDate ANCHOR = LocalDate.of(2001, 1, 1);
    public static final SessionId ID = new SessionId("template");

    public SessionTemplate {
        name = checkName(name);
        Objects.requireNonNull(session, "session");
        session = session.withId(ID).withDate(ANCHOR);
    }

    /** The template's session on {@code date} with identity {@code id}; its start time of day is kept. */
    public Session on(LocalDate date, SessionId id) {
        return session.withDate(date).withId(id);
    }

    public SessionTemplate withName(String v) {
        return new SessionTemplate(v, session);
    }

    /** Names of templates: not empty, at most {@link #MAX_NAME} characters, without line breaks. */
    static String checkName(String name) {
        String n = Check.nonBlank("name", "Template name", name, MAX_NAME);
        if (n.chars().anyMatch(c -> c == '\n' || c == '\r')) {
            throw new IllegalArgumentException("Template name must be one line");
        }
        return n.strip();
    }
}
