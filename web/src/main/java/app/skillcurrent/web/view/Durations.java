package app.skillcurrent.web.view;

/** Learning time as people read it: "2 h 10 min", "45 min". */
public final class Durations {

    private Durations() {
    }

    public static String hoursMinutes(long seconds) {
        long minutes = Math.max(0, seconds) / 60;
        long hours = minutes / 60;
        return hours == 0 ? (minutes % 60) + " min" : hours + " h " + (minutes % 60) + " min";
    }

    /** Hours with one decimal, for tables and CSV: "2.2". */
    public static String decimalHours(long seconds) {
        return String.format(java.util.Locale.ROOT, "%.1f", seconds / 3600.0);
    }
}
