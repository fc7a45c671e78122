package dev.switchback.ui.log;

import dev.switchback.engine.Compliance;
import dev.switchback.model.Feel;
import dev.switchback.model.OutingLog;
import dev.switchback.model.Plan;
import dev.switchback.model.Session;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** One past outing in the journal, with the session it was planned as (if any). */
public record JournalEntry(OutingLog log, Optional<Session> planned, Compliance compliance) {

    /** Every logged outing of the plan, newest first. */
    public static List<JournalEntry> of(Plan plan) {
        return plan.logs().stream()
                .map(l -> {
                    Optional<Session> s = l.plannedSession().flatMap(plan::session);
                    return new JournalEntry(l, s, Compliance.of(s, l));
                })
                .sorted(Comparator.comparing((JournalEntry e) -> e.log().date()).reversed())
                .toList();
    }

    /** Felt bad: any of before, during or after scored 1 (awful) or 2 (poor). */
    public boolean feltBad() {
        return Stream.of(log.feelBefore(), log.feelDuring(), log.feelAfter())
                .flatMap(Optional::stream)
                .mapToInt(Feel::score)
                .anyMatch(s -> s <= 2);
    }
}
