package app.skillcurrent.web.organisation;

import app.skillcurrent.web.view.Durations;
import app.skillcurrent.core.assignment.TeamReport;
import io.micronaut.core.annotation.Nullable;

import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * Where everything of the team's weekly learning-time chart goes: an SVG bar chart drawn on the server
 * ({@code views/organisation/learning-time-chart}), so the page needs no script and no chart library. Bars are
 * hours used; the dashed line is the hours budgeted per week. Coordinates are in the SVG's own units, written
 * with one decimal. The same figures are on the page as a table for screen readers and for copying.
 *
 * @param grid   the horizontal lines at 0, ¼, ½, ¾ and all of the scale, labelled with their hours
 * @param budget null when nobody has a budget
 */
record LearningTimeChart(int width, int height, List<GridLine> grid, List<Bar> bars, @Nullable BudgetLine budget) {

    private static final int WIDTH = 640;
    private static final int HEIGHT = 240;
    private static final int LEFT = 44;
    private static final int RIGHT = WIDTH - 4;
    private static final int BOTTOM = 28;
    private static final int TOP = 12;
    private static final int PLOT_HEIGHT = HEIGHT - TOP - BOTTOM;
    private static final int GRID_LINES = 4;

    /** A line across the plot at {@code y}, its label ending at {@code labelX}. */
    record GridLine(int x1, int x2, String y, int labelX, String labelY, String hours) {
    }

    /** One week's bar; {@code title} is its tooltip, {@code week} the ISO week number below it. */
    record Bar(String x, String y, String width, String height, String title, String labelX, int labelY, int week) {
    }

    record BudgetLine(int x1, int x2, String y) {
    }

    static LearningTimeChart of(List<TeamReport.WeekRow> weeks) {
        double maxHours = Math.max(1, weeks.stream()
                .mapToDouble(w -> Math.max(w.usedSeconds(), w.budgetSeconds()) / 3600.0).max().orElse(1));
        double top = niceCeiling(maxHours * 1.1);
        double slot = (WIDTH - LEFT - 8.0) / Math.max(1, weeks.size());
        List<GridLine> grid = IntStream.rangeClosed(0, GRID_LINES).mapToObj(i -> {
            double hours = top * i / GRID_LINES;
            double y = yOf(hours, top);
            return new GridLine(LEFT, RIGHT, coordinate(y), LEFT - 6, coordinate(y + 4), trim(hours));
        }).toList();
        List<Bar> bars = IntStream.range(0, weeks.size()).mapToObj(i -> {
            TeamReport.WeekRow week = weeks.get(i);
            double barHeight = PLOT_HEIGHT * (week.usedSeconds() / 3600.0) / top;
            double x = LEFT + i * slot + slot * 0.18;
            return new Bar(coordinate(x), coordinate(TOP + PLOT_HEIGHT - barHeight), coordinate(slot * 0.64),
                    coordinate(barHeight), week.monday() + ": " + Durations.hoursMinutes(week.usedSeconds()),
                    coordinate(x + slot * 0.32), HEIGHT - 10, week.monday().get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        }).toList();
        long budget = weeks.isEmpty() ? 0 : weeks.get(0).budgetSeconds();
        BudgetLine budgetLine = budget > 0 ? new BudgetLine(LEFT, RIGHT, coordinate(yOf(budget / 3600.0, top))) : null;
        return new LearningTimeChart(WIDTH, HEIGHT, grid, bars, budgetLine);
    }

    private static double yOf(double hours, double top) {
        return TOP + PLOT_HEIGHT - PLOT_HEIGHT * hours / top;
    }

    /** The scale's top: the next round number of hours above the most in any week. */
    private static double niceCeiling(double hours) {
        double[] steps = {1, 2, 4, 5, 8, 10, 20, 40, 50, 80, 100, 200, 400, 500, 1000, 2000, 5000, 10000};
        for (double step : steps) {
            if (hours <= step) {
                return step;
            }
        }
        return Math.ceil(hours / 10000) * 10000;
    }

    private static String coordinate(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static String trim(double hours) {
        return hours == Math.rint(hours) ? String.valueOf((long) hours) : String.format(Locale.ROOT, "%.1f", hours);
    }
}
