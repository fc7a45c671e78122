package dev.switchback.model;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.params.provider.Arguments;

/** Table rows for the model validation tests: a construction and the message it must be refused with. */
final class Refusal {
    private Refusal() {
    }

    static Arguments refused(String name, ThrowingCallable construction, String message) {
        return Arguments.of(name, construction, message);
    }

    static Arguments accepted(String name, ThrowingCallable construction) {
        return Arguments.of(name, construction, null);
    }

    /** Asserts the row: refused with exactly {@code message}, or accepted when {@code message} is null. */
    static void check(ThrowingCallable construction, String message) {
        if (message == null) {
            assertThatCode(construction).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(construction).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
        }
    }
}
