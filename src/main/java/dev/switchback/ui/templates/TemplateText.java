package dev.switchback.ui.templates;

import dev.switchback.format.Dates;
import dev.switchback.format.UnitFormat;
import dev.switchback.model.Session;
import dev.switchback.model.SessionTemplate;
import dev.switchback.model.Units;
import dev.switchback.model.WeekTemplate;
import java.util.ArrayList;
import java.util.LinkedHashSet;

/** The line under a template's name, through the one formatter: "Hike · 4 h · 16 km · 12.5 kg". */
final class TemplateText {
    private TemplateText() {
    }

    static String of(SessionTemplate t, Units units) {
        Session s = t.session();
        UnitFormat f = UnitFormat.of(units);
        var parts = new ArrayList<String>();
        parts.add(s.kind().label());
        if (!s.duration().isZero()) {
            parts.add(UnitFormat.duration(s.duration()));
        }
        if (s.distanceM() > 0) {
            parts.add(f.distance(s.distanceM()));
        }
        if (s.packKg() > 0) {
            parts.add(f.mass(s.packKg()));
        }
        s.startTime().ifPresent(time -> parts.add("at " + Dates.time(time)));
        return String.join(" · ", parts);
    }

    static String of(WeekTemplate t) {
        var days = new LinkedHashSet<String>();
        t.slots().forEach(s -> days.add(Dates.weekdayShort(s.weekday())));
        int n = t.slots().size();
        return n + (n == 1 ? " session: " : " sessions: ") + String.join(", ", days);
    }
}
