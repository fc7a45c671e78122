package dev.switchback.ui.print;

import dev.switchback.engine.PlanAnalysis;
import dev.switchback.export.Paper;
import dev.switchback.export.WeekRange;
import dev.switchback.model.Plan;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import javafx.stage.Window;

/**
 * What the window's File menu calls to print: opens the preview of the week sheet for the given
 * weeks, from which the user prints (page setup and printer dialogs) or saves the PDF. Where no
 * printer exists the preview says so and offers the PDF.
 */
public final class PrintService {
    private PrintService() {
    }

    /** Preview and print the ISO week holding {@code anyDay}. */
    public static void print(Window owner, Plan plan, Optional<PlanAnalysis> analysis, LocalDate anyDay) {
        print(owner, plan, analysis, WeekRange.week(anyDay));
    }

    /** Preview and print whole weeks; more than one week adds the season overview page. */
    public static void print(Window owner, Plan plan, Optional<PlanAnalysis> analysis, WeekRange weeks) {
        var vm = new PrintViewModel(plan, analysis, weeks, defaultPaper(), new dev.switchback.ui.app.FxDialogService(() -> owner),
                new FxPrinterAccess(owner), new dev.switchback.ui.app.FxBackgroundRunner(), Clock.systemDefaultZone());
        dev.switchback.ui.common.ScreenFit.show(PrintPreviewDialog.create(owner, vm));
    }

    /** Preview and print the overview of {@code weeks} as one page: the month view's print. */
    public static void printOverview(Window owner, Plan plan, Optional<PlanAnalysis> analysis, WeekRange weeks) {
        var vm = new PrintViewModel(plan, analysis, weeks, defaultPaper(), new dev.switchback.ui.app.FxDialogService(() -> owner),
                new FxPrinterAccess(owner), new dev.switchback.ui.app.FxBackgroundRunner(), Clock.systemDefaultZone(), true);
        dev.switchback.ui.common.ScreenFit.show(PrintPreviewDialog.create(owner, vm));
    }

    /** Letter where the user's locale uses it (US, Canada, Mexico, Philippines...), A4 elsewhere. */
    static Paper defaultPaper() {
        String country = Locale.getDefault().getCountry();
        return switch (country) {
            case "US", "CA", "MX", "PH", "CL", "CO", "VE", "PR", "GT", "CR", "PA", "DO", "SV", "NI" -> Paper.LETTER;
            default -> Paper.A4;
        };
    }
}
