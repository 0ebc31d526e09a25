package app.skillcurrent.bench;

import java.nio.file.Path;

/** Command-line settings. */
final class Options {
    static final String USAGE = """
            usage: GenerateData --data-dir DIR [--learners N] [--courses N] [--progress-rows N]
                                [--min-lessons N] [--max-lessons N] [--batch N] [--seed N] [--summary-file FILE]""";

    Path dataDir;
    int learners = 10_000;
    int courses = 200;
    long progressRows = 100_000;
    int minLessons = 4;
    int maxLessons = 12;
    int batch = 2_000;
    long seed = 42;
    Path summaryFile;

    static Options parse(String[] args) {
        Options o = new Options();
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("missing value for " + name);
            }
            String value = args[++i];
            switch (name) {
                case "--data-dir" -> o.dataDir = Path.of(value);
                case "--learners" -> o.learners = (int) number(name, value, 1, 50_000_000);
                case "--courses" -> o.courses = (int) number(name, value, 1, 1_000_000);
                case "--progress-rows" -> o.progressRows = number(name, value, 0, 2_000_000_000L);
                case "--min-lessons" -> o.minLessons = (int) number(name, value, 1, 200);
                case "--max-lessons" -> o.maxLessons = (int) number(name, value, 1, 200);
                case "--batch" -> o.batch = (int) number(name, value, 1, 100_000);
                case "--seed" -> o.seed = number(name, value, Long.MIN_VALUE, Long.MAX_VALUE);
                case "--summary-file" -> o.summaryFile = Path.of(value);
                default -> throw new IllegalArgumentException("unknown option " + name);
            }
        }
        if (o.dataDir == null) {
            throw new IllegalArgumentException("--data-dir is required");
        }
        if (o.maxLessons < o.minLessons) {
            throw new IllegalArgumentException("--max-lessons must be at least --min-lessons");
        }
        return o;
    }

    private static long number(String name, String value, long min, long max) {
        long n;
        try {
            n = Long.parseLong(value.replace("_", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " needs a whole number, not " + value);
        }
        if (n < min || n > max) {
            throw new IllegalArgumentException(name + " must be between " + min + " and " + max);
        }
        return n;
    }
}
