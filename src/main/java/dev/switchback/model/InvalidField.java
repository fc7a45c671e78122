package dev.switchback.model;

/**
 * A value a model record refuses, with the record component it concerns ({@code "packKg"},
 * {@code "duration"}): the store names the plan file's field from it and a form the field to mark, instead
 * of reading the start of the English message. The message says what, the allowed range and the value given.
 */
public final class InvalidField extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String field;

    public InvalidField(String field, String message) {
        super(message);
        this.field = java.util.Objects.requireNonNull(field, "field");
    }

    /** The name of the record component whose value is refused, e.g. {@code "packKg"}. */
    public String field() {
        return field;
    }
}
