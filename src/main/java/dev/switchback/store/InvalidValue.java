package dev.switchback.store;

/**
 * A value in a plan file that the model refused, with the JSON path of the field ({@code sessions[3].packKg},
 * or the object when the problem spans fields). Internal: {@link PlanJson} turns it into a {@link StoreException}.
 */
final class InvalidValue extends RuntimeException {
    private final String path;

    InvalidValue(String path, String problem) {
        super(problem, null, false, false);
        this.path = path;
    }

    String path() {
        return path;
    }

    String problem() {
        return getMessage();
    }
}
