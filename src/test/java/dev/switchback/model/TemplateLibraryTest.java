package dev.switchback.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TemplateLibraryTest {
    static final LocalDate TUE = LocalDate.of(2026, 12, 1);
    static final Session RUN = Session.of(TUE, SessionKind.TRAIL_RUN, "Hill reps", Duration.ofMinutes(50))
            .withStartTime(Optional.of(LocalTime.of(6, 30)));

    static SessionTemplate template(String name) {
        return new SessionTemplate(name, RUN);
    }

    @Test
    void aTemplateForgetsItsSessionsIdAndDayAndGivesNewOnesWithTheStartTimeKept() {
        SessionTemplate t = template("  Hill reps ");
        assertThat(t.name()).isEqualTo("Hill reps");
        assertThat(t.session().id()).isEqualTo(SessionTemplate.ID);
        assertThat(t.session().date()).isEqualTo(SessionTemplate.ANCHOR);
        assertThat(t).isEqualTo(new SessionTemplate("Hill reps", RUN.withId(SessionId.random()).withDate(TUE.plusDays(9))));
        Session on = t.on(LocalDate.of(2027, 1, 5), new SessionId("new"));
        assertThat(on).isEqualTo(RUN.withId(new SessionId("new")).withDate(LocalDate.of(2027, 1, 5)));
        assertThat(on.startTime()).contains(LocalTime.of(6, 30));
    }

    @Test
    void refusesEmptyLongAndMultiLineNames() {
        assertThatThrownBy(() -> template(" ")).hasMessage("Template name must not be empty");
        assertThat(template("x".repeat(SessionTemplate.MAX_NAME)).name()).hasSize(SessionTemplate.MAX_NAME);
        assertThatThrownBy(() -> template("x".repeat(SessionTemplate.MAX_NAME + 1)))
                .hasMessageStartingWith("Template name is too long: at most 120 characters");
        assertThatThrownBy(() -> template("a\nb")).hasMessage("Template name must be one line");
    }

    @Test
    void namesAreUniqueWhateverTheirCaseAndSavingTheSameNameReplaces() {
        assertThatThrownBy(() -> new TemplateLibrary(List.of(template("Long run"), template("long RUN")), List.of()))
                .hasMessageContaining("appears twice");
        TemplateLibrary lib = TemplateLibrary.EMPTY.withSession(template("Long run"))
                .withSession(template("Easy"))
                .withSession(new SessionTemplate("LONG run", RUN.withTitle("Longer")));
        assertThat(lib.sessions()).extracting(SessionTemplate::name).containsExactly("Easy", "LONG run");
        assertThat(lib.session("long run").orElseThrow().session().title()).isEqualTo("Longer");
    }

    @Test
    void renamesAndDeletesAndRefusesARenameOntoAnotherTemplate() {
        TemplateLibrary lib = TemplateLibrary.EMPTY.withSession(template("Easy")).withSession(template("Hills"));
        assertThat(lib.renameSession("easy", "Recovery jog").sessions()).extracting(SessionTemplate::name)
                .containsExactly("Hills", "Recovery jog");
        assertThat(lib.renameSession("Easy", "EASY").sessions()).extracting(SessionTemplate::name)
                .containsExactly("EASY", "Hills");
        assertThatThrownBy(() -> lib.renameSession("Easy", "hills"))
                .hasMessage("Another template is already named Hills: choose another name");
        assertThatThrownBy(() -> lib.renameSession("Tempo", "x")).hasMessage("There is no session template named Tempo");
        assertThat(lib.withoutSession("HILLS").sessions()).extracting(SessionTemplate::name).containsExactly("Easy");
    }

    @ParameterizedTest(name = "\"{1}\" picks \"{0}\": {2}")
    @CsvSource({
            "Long run, long, true",
            "Long run, LONG R, true",
            "Long run, run, true",
            "Long run, un, false",
            "Long run, ng, false",
            "Runner's hill, hill, true",
            "Pack hike (14 kg), 14, true",
            "Pack hike (14 kg), kg, true",
            "Long run, '', true",
            "Long run, longer, false"})
    void matchesTheStartOfTheNameOrOfAWordIgnoringCase(String name, String typed, boolean picked) {
        assertThat(TemplateLibrary.matches(name, typed)).isEqualTo(picked);
    }

    @Test
    void filterPutsNamesThatStartWithTheTextFirst() {
        assertThat(TemplateLibrary.filter(List.of("Easy run", "Long run", "Run with pack", "Hike"), "run"))
                .containsExactly("Run with pack", "Easy run", "Long run");
        assertThat(TemplateLibrary.filter(List.of("Easy run", "Hike"), "")).containsExactly("Easy run", "Hike");
        assertThat(TemplateLibrary.filter(List.of("Easy run", "Hike"), "x")).isEmpty();
    }

    @Test
    void aWeekTemplateKeepsWeekdaysAndRefusesSessionsOutsideTheWeek() {
        LocalDate monday = LocalDate.of(2026, 11, 30);
        Session wed = RUN.withDate(monday.plusDays(2));
        Session sun = RUN.withDate(monday.plusDays(6)).withTitle("Long");
        WeekTemplate w = WeekTemplate.of("Build", monday, List.of(sun, wed));
        assertThat(w.slots()).extracting(WeekTemplate.Slot::dayOffset).containsExactly(2, 6);
        assertThat(w.slots().get(1).weekday()).isEqualTo(java.time.DayOfWeek.SUNDAY);
        assertThatThrownBy(() -> WeekTemplate.of("Build", monday, List.of(RUN.withDate(monday.plusDays(7)))))
                .hasMessageContaining("is not in the week of 2026-11-30");
        assertThatThrownBy(() -> WeekTemplate.of("Build", monday, List.of()))
                .hasMessage("A week template needs at least one session");
        assertThatThrownBy(() -> WeekTemplate.of("Build", monday.plusDays(1), List.of(wed)))
                .hasMessageContaining("starts on a Monday");
    }
}
