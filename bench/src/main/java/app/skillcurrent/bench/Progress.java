package app.skillcurrent.bench;

import java.io.PrintStream;
import java.util.Locale;

/** A one-line progress bar on stderr. */
final class Progress {
    private final PrintStream err;
    private final boolean terminal = System.console() != null;
    private String phase;
    private long total;
    private long done;
    private long rows;
    private long started;
    private long lastDraw;

    Progress(PrintStream err) {
        this.err = err;
    }

    void start(String phase, long total) {
        this.phase = phase;
        this.total = total;
        this.done = 0;
        this.rows = 0;
        this.started = System.nanoTime();
        this.lastDraw = 0;
        draw(true);
    }

    void set(long doneNow, long rowsNow) {
        done = doneNow;
        rows = rowsNow;
        draw(false);
    }

    void finish() {
        done = total;
        draw(true);
        err.println();
    }

    void status(String text) {
        err.print("\r" + text + "...\033[K");
        err.flush();
    }

    void clear() {
        err.print("\r\033[K");
        err.flush();
    }

    private void draw(boolean force) {
        long nowNanos = System.nanoTime();
        // redraw at most five times a second (every ten seconds when stderr is a log file)
        long interval = terminal ? 200_000_000L : 10_000_000_000L;
        if (!force && nowNanos - lastDraw < interval) {
            return;
        }
        lastDraw = nowNanos;
        double fraction = total == 0 ? 1 : Math.min(1, (double) done / total);
        int width = 30;
        int filled = (int) Math.round(fraction * width);
        double elapsed = (nowNanos - started) / 1e9;
        String rate = elapsed <= 0.5 ? ""
                : rows > 0 ? String.format(Locale.ROOT, "%,.0f rows/s", rows / elapsed)
                : String.format(Locale.ROOT, "%,.0f/s", done / elapsed);
        String eta = fraction > 0.01 && fraction < 1 ? " ETA " + clock(elapsed / fraction - elapsed) : "";
        String extra = rows > 0 ? String.format(Locale.ROOT, " (%,d progress rows)", rows) : "";
        err.printf(Locale.ROOT, "\r%-28s [%s%s] %3.0f%% %,d/%,d%s %s%s elapsed %s\033[K",
                phase, "#".repeat(filled), ".".repeat(width - filled), fraction * 100, done, total, extra, rate, eta,
                clock(elapsed));
        if (!terminal) {
            err.println();
        }
        err.flush();
    }

    private static String clock(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600 ? String.format("%dh%02dm%02ds", s / 3600, s / 60 % 60, s % 60)
                : s >= 60 ? String.format("%dm%02ds", s / 60, s % 60) : s + "s";
    }
}
