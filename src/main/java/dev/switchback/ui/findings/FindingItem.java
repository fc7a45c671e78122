package dev.switchback.ui.findings;

import dev.switchback.model.Printable;
import dev.switchback.engine.Finding;
import dev.switchback.engine.Severity;
import dev.switchback.format.UnitFormat;
import java.time.LocalDate;
import java.util.List;

/**
 * One row of the findings panel, with every text the view shows already built.
 *
 * @param severityLabel "Blocking", "Warning" or "Note": said in words, not by colour alone
 * @param datesText the days concerned, e.g. "Tue 24 – Thu 26 Nov"
 * @param sourceText the citation, e.g. "Foster 1998, MSSE 30:1164"
 * @param evidenceText the strength of the source, e.g. "P · peer-reviewed study"
 * @param fix what the apply button shows
 * @param overrideText "Overridden on Friday 20 November 2026: reason" when an override answers the finding, else ""
 * @param units the athlete's units, in which the engine's sentences are said ("29.8 lb", not "13.5 kg")
 */
public record FindingItem(
        Finding finding,
        String severityLabel,
        String datesText,
        String sourceText,
        String evidenceText,
        Fix fix,
        String overrideText,
        UnitFormat units) {

    public FindingItem {
        java.util.Objects.requireNonNull(overrideText, "overrideText");
        java.util.Objects.requireNonNull(units, "units");
    }

    public boolean overridden() {
        return !overrideText.isEmpty();
    }

    public Severity severity() {
        return finding.severity();
    }

    /** "block", "warn" or "info": the severity for the view's icon and style class. */
    public String severityKey() {
        return finding.severity().name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The evidence tag's tooltip: how far the rule's basis can be trusted. */
    public String evidenceHelp() {
        return "How far the rule's basis can be trusted: " + finding.source().evidence().label() + ".";
    }

    /**
     * The engine's sentence in the athlete's units; plan texts in it (titles, names) with control
     * characters escaped.
     */
    public String message() {
        return Printable.escape(finding.messageIn(units));
    }

    public String why() {
        return Printable.escape(finding.whyIn(units));
    }

    public List<LocalDate> dates() {
        return finding.dates();
    }

    /**
     * Which finding this row is about, whatever its numbers: the same rule in the same week on the
     * same days. An edit that changes a measured value keeps the key and changes the row.
     */
    public Key key() {
        return new Key(finding.ruleId(), finding.weekStart(), finding.dates());
    }

    public record Key(String ruleId, LocalDate weekStart, List<LocalDate> dates) {
    }

    /** Whether and how the finding's suggestion can be applied with one click. */
    public sealed interface Fix {
        /** The suggestion in words, shown as advice or on the button. */
        String text();

        /** Advice only: the user decides how; no button. */
        record Advice(String text) implements Fix {
        }

        /** A mechanical change the panel can apply (undoable). */
        record Applicable(String text, String buttonLabel) implements Fix {
        }

        /** Mechanical, but the panel cannot apply it yet; the button shows disabled with the reason. */
        record Unavailable(String text, String buttonLabel, String reason) implements Fix {
        }
    }
}
