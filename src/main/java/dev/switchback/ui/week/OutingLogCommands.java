package dev.switchback.ui.week;

import dev.switchback.model.SessionId;
import java.time.LocalDate;

/**
 * The outing-log forms the week view opens from a card or a day. The window plugs in the real ones
 * ({@code LogActions}); the view-model only decides what to log, so it is tested with a recorder.
 */
public interface OutingLogCommands {
    /** The full "Log outing" form of a planned session (its log, if it has one). */
    void logOuting(SessionId session);

    /** RPE, duration and one line for a planned session. */
    void quickLog(SessionId session);

    /** The full form for an outing that was not planned, on {@code date}. */
    void logUnplanned(LocalDate date);

    /** The quick log of an outing that was not planned, on {@code date}. */
    void quickLogUnplanned(LocalDate date);

    /**
     * Activity files dropped on {@code date}: logged for that day (the bulk import, for one day).
     * By default nothing happens, for windows that offer no import.
     */
    default void importFiles(LocalDate date, java.util.List<java.nio.file.Path> files) {
    }

    /** Until the window plugs in the forms: nothing to open. */
    OutingLogCommands NONE = new OutingLogCommands() {
        @Override
        public void logOuting(SessionId session) {
        }

        @Override
        public void quickLog(SessionId session) {
        }

        @Override
        public void logUnplanned(LocalDate date) {
        }

        @Override
        public void quickLogUnplanned(LocalDate date) {
        }
    };
}
