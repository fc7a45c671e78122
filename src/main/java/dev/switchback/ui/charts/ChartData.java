package dev.switchback.ui.charts;

import java.util.List;

/**
 * Everything the three charts draw, built without the FX toolkit.
 *
 * @param historyNote empty, or why some metric lines are missing
 * @param packUnit "kg" or "lb"
 * @param carriedUnit "kg\u00b7km" or "lb\u00b7mi"
 * @param packCeiling 20 % of body mass in {@code packUnit}, the usual backpacking ceiling
 */
public record ChartData(List<WeekPoint> weeks, String historyNote, String packUnit, String carriedUnit,
        double packCeiling) {
    public ChartData {
        weeks = List.copyOf(weeks);
    }
}
