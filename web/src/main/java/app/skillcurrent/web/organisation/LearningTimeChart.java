package app.skillcurrent.web.organisation;

import app.skillcurrent.core.assignment.TeamReport;
import com.github.jknack.handlebars.Handlebars;

import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Locale;

/**
 * The team's learning time per week as an SVG bar chart, drawn on the server so the page needs no script
 * and no chart library. Bars are hours used; the dashed line is the hours budgeted per week. The same
 * figures are on the page as a table for screen readers and for copying.
 */
final class LearningTimeChart {

    private static final int WIDTH = 640;
    private static final int HEIGHT = 240;
    private static final int LEFT = 44;
    private static final int BOTTOM = 28;
    private static final int TOP = 12;

    private LearningTimeChart() {
    }

    /** @param title the accessible name, already in the reader's language (it is escaped here) */
    static String svg(List<TeamReport.WeekRow> weeks, String title, String budgetLabel) {
        double maxHours = Math.max(1, weeks.stream()
                .mapToDouble(w -> Math.max(w.usedSeconds(), w.budgetSeconds()) / 3600.0).max().orElse(1));
        double top = niceCeiling(maxHours * 1.1);
        int plotHeight = HEIGHT - TOP - BOTTOM;
        double slot = (WIDTH - LEFT - 8.0) / Math.max(1, weeks.size());
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT,
                "<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" role=\"img\" aria-labelledby=\"chart-title\">",
                WIDTH, HEIGHT));
        svg.append("<title id=\"chart-title\">").append(escape(title)).append("</title>");
        for (int i = 0; i <= 4; i++) {
            double hours = top * i / 4;
            double y = TOP + plotHeight - plotHeight * hours / top;
            svg.append(String.format(Locale.ROOT,
                    "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#d9dee7\" stroke-width=\"1\"/>"
                            + "<text x=\"%d\" y=\"%.1f\" font-size=\"11\" text-anchor=\"end\" fill=\"#5b6474\">%s h</text>",
                    LEFT, WIDTH - 4, y, y, LEFT - 6, y + 4, trim(hours)));
        }
        for (int i = 0; i < weeks.size(); i++) {
            TeamReport.WeekRow week = weeks.get(i);
            double hours = week.usedSeconds() / 3600.0;
            double barHeight = plotHeight * hours / top;
            double x = LEFT + i * slot + slot * 0.18;
            double y = TOP + plotHeight - barHeight;
            svg.append(String.format(Locale.ROOT,
                    "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"#2f5fd0\"><title>%s: %s</title></rect>",
                    x, y, slot * 0.64, barHeight, week.monday(), Durations.hoursMinutes(week.usedSeconds())));
            svg.append(String.format(Locale.ROOT,
                    "<text x=\"%.1f\" y=\"%d\" font-size=\"11\" text-anchor=\"middle\" fill=\"#5b6474\">W%d</text>",
                    x + slot * 0.32, HEIGHT - 10, week.monday().get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)));
        }
        long budget = weeks.isEmpty() ? 0 : weeks.get(0).budgetSeconds();
        if (budget > 0) {
            double y = TOP + plotHeight - plotHeight * (budget / 3600.0) / top;
            svg.append(String.format(Locale.ROOT,
                    "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#b3261e\" stroke-width=\"2\" stroke-dasharray=\"6 4\"><title>%s</title></line>",
                    LEFT, WIDTH - 4, y, y, escape(budgetLabel)));
        }
        return svg.append("</svg>").toString();
    }

    private static double niceCeiling(double hours) {
        double[] steps = {1, 2, 4, 5, 8, 10, 20, 40, 50, 80, 100, 200, 400, 500, 1000, 2000, 5000, 10000};
        for (double step : steps) {
            if (hours <= step) {
                return step;
            }
        }
        return Math.ceil(hours / 10000) * 10000;
    }

    private static String trim(double hours) {
        return hours == Math.rint(hours) ? String.valueOf((long) hours) : String.format(Locale.ROOT, "%.1f", hours);
    }

    private static String escape(String text) {
        return Handlebars.Utils.escapeExpression(text).toString();
    }
}
