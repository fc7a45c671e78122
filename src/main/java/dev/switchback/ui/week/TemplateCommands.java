package dev.switchback.ui.week;

import dev.switchback.model.SessionId;
import java.time.LocalDate;

/**
 * The template library's commands as the week view offers them (a card's and a day's menus, the Edit
 * menu). The window plugs in {@code ui.templates.TemplatesViewModel}; until then they do nothing.
 */
public interface TemplateCommands {
    /** "Save as template…" on a card. */
    void saveAsTemplate(SessionId session);

    /** "Insert template…" on a day: pick a session template by typing its name. */
    void insertTemplate(LocalDate day);

    /** "Save week as template…": the sessions of the week starting {@code monday}. */
    void saveWeekAsTemplate(LocalDate monday);

    /** "Apply week template…" onto the week starting {@code monday}. */
    void applyWeekTemplate(LocalDate monday);

    /** "Template library…": rename and delete. */
    void manageTemplates();

    TemplateCommands NONE = new TemplateCommands() {
        @Override
        public void saveAsTemplate(SessionId session) {
        }

        @Override
        public void insertTemplate(LocalDate day) {
        }

        @Override
        public void saveWeekAsTemplate(LocalDate monday) {
        }

        @Override
        public void applyWeekTemplate(LocalDate monday) {
        }

        @Override
        public void manageTemplates() {
        }
    };
}
