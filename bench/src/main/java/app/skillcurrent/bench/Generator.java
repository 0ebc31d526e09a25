package app.skillcurrent.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * One generation run, in order: learners, the catalogue ({@link CourseWriter}), what learners did
 * ({@link ActivityWriter}), the demo learner's own enrolment, ANALYZE; then the report of what was written.
 */
final class Generator {

    private final Generation g;
    private final Tables tables;
    private final Options options;
    private final Random random;

    private long instructorId;
    private long demoLearnerId;
    private String passwordHash;
    private long firstLearnerId;

    Generator(Connection db, Options options, PrintStream err) {
        Progress progress = new Progress(err);
        this.random = new Random(options.seed);
        this.tables = new Tables(db, options.batch, progress);
        this.options = options;
        this.g = new Generation(db, tables, options, progress, random, new Words(random),
                LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS));
    }

    void run() throws SQLException, IOException {
        long started = System.nanoTime();
        checkPreconditions();
        List<DemoCourses.TemplateCourse> templates = DemoCourses.load(g.db());

        long t = System.nanoTime();
        insertLearners();
        double learnersSeconds = seconds(t);

        t = System.nanoTime();
        CourseWriter catalogue = new CourseWriter(g);
        List<GeneratedCourse> courses = catalogue.write(templates, instructorId);
        double coursesSeconds = seconds(t);

        t = System.nanoTime();
        ActivityWriter activity = new ActivityWriter(g);
        long progressRows = activity.write(courses, firstLearnerId);
        double progressSeconds = seconds(t);

        GeneratedCourse benchCourse = courses.get(0);
        activity.enrolDemoLearner(demoLearnerId, benchCourse);

        t = System.nanoTime();
        g.progress().status("analysing tables");
        tables.analyse();
        double analyseSeconds = seconds(t);
        g.progress().clear();

        double total = seconds(started);
        long rows = tables.inserted().values().stream().mapToLong(Long::longValue).sum();
        PrintStream out = System.out;
        out.println();
        out.println("Generated data in " + options.dataDir.toAbsolutePath());
        tables.inserted().forEach((table, n) -> out.printf(Locale.ROOT, "  %-26s %,14d rows%n", table, n));
        out.printf(Locale.ROOT, "  %-26s %,14d rows%n", "total", rows);
        out.printf(Locale.ROOT, "Phases: learners %.1f s, courses and lessons %.1f s, enrolments and progress %.1f s, ANALYZE %.1f s%n",
                learnersSeconds, coursesSeconds, progressSeconds, analyseSeconds);
        out.printf(Locale.ROOT, "Total %.1f s, %,.0f rows/s (enrolments and progress alone: %,.0f rows/s)%n",
                total, rows / total, (tables.inserted().get("enrolments") + progressRows) / Math.max(progressSeconds, 0.001));
        out.println("Demo learner " + GenerateData.DEMO_LEARNER + " is enrolled in /courses/" + benchCourse.slug());
        if (options.summaryFile != null) {
            writeSummary(benchCourse, catalogue.searchWord(), rows, total, progressRows);
        }
    }

    private void checkPreconditions() throws SQLException {
        if (!tables.exists("SELECT 1 FROM information_schema.tables WHERE table_schema = DATABASE() AND table_name = 'lesson_progress'")) {
            throw new Refused("the schema is missing: start the server once on this data folder (it migrates and loads the demo data), stop it, then generate");
        }
        Long learner = tables.single("SELECT id FROM users WHERE email = '" + GenerateData.DEMO_LEARNER + "'");
        Long instructor = tables.single("SELECT id FROM users WHERE email = '" + GenerateData.DEMO_INSTRUCTOR + "'");
        if (learner == null || instructor == null) {
            throw new Refused("the demo accounts are missing: the data folder must have been started with demo data");
        }
        if (tables.exists("SELECT 1 FROM courses WHERE slug LIKE '" + GenerateData.SLUG_PREFIX + "%'")
                || tables.exists("SELECT 1 FROM users WHERE email LIKE 'bench-learner-%'")) {
            throw new Refused("this database already holds generated data; start from an empty data folder (bench/generate-data --fresh) to generate again");
        }
        demoLearnerId = learner;
        instructorId = instructor;
        try (Statement s = g.db().createStatement();
             ResultSet rs = s.executeQuery("SELECT password_hash FROM users WHERE id = " + demoLearnerId)) {
            rs.next();
            passwordHash = rs.getString(1);
        }
        g.db().commit();
    }

    private void insertLearners() throws SQLException {
        firstLearnerId = tables.nextId("users");
        String[] locales = {"en", "en", "en", "de", "da"};
        try (Tables.Batch users = tables.batch("users", """
                INSERT INTO users (id, public_id, email, display_name, password_hash, locale, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")) {
            g.progress().start("users", options.learners);
            for (int n = 1; n <= options.learners; n++) {
                LocalDateTime created = g.now().minusSeconds(random.nextLong(Duration.ofDays(730).toSeconds()));
                users.row(firstLearnerId + n - 1, publicId(), GenerateData.LEARNER_EMAIL.formatted(n), g.words().personName(),
                        passwordHash, locales[random.nextInt(locales.length)], created, created);
                if (users.full()) {
                    users.flush();
                    g.progress().set(n, 0);
                }
            }
            users.flush();
            g.progress().finish();
        }
    }

    private void writeSummary(GeneratedCourse course, String searchWord, long rows, double seconds, long progressRows) throws IOException {
        StringBuilder text = new StringBuilder();
        text.append("learners=").append(options.learners).append('\n');
        text.append("courses=").append(options.courses).append('\n');
        text.append("progress_rows=").append(progressRows).append('\n');
        text.append("lessons=").append(tables.inserted().getOrDefault("lessons", 0L)).append('\n');
        text.append("enrolments=").append(tables.inserted().getOrDefault("enrolments", 0L)).append('\n');
        text.append("total_rows=").append(rows).append('\n');
        text.append("seconds=").append(String.format(Locale.ROOT, "%.1f", seconds)).append('\n');
        text.append("rows_per_second=").append(String.format(Locale.ROOT, "%.0f", rows / seconds)).append('\n');
        text.append("course_slug=").append(course.slug()).append('\n');
        text.append("learner_email_pattern=").append(GenerateData.LEARNER_EMAIL).append('\n');
        text.append("search_word=").append(searchWord).append('\n');
        text.append("seed=").append(options.seed).append('\n');
        Path file = options.summaryFile;
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        Files.writeString(file, text.toString(), StandardCharsets.UTF_8);
    }

    private String publicId() {
        char[] alphabet = "0123456789abcdefghjkmnpqrstvwxyz".toCharArray();
        char[] id = new char[26];
        for (int i = 0; i < id.length; i++) {
            id[i] = alphabet[random.nextInt(alphabet.length)];
        }
        return new String(id);
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

}
