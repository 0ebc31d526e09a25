import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;

final class Generator {

    private final Connection db;
    private final Options options;
    private final Progress progress;
    private final Random random;
    private final Words words;
    private final LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    private final Map<String, Long> inserted = new LinkedHashMap<>();
    private final List<GeneratedCourse> courses = new ArrayList<>();

    private long instructorId;
    private long demoLearnerId;
    private String passwordHash;
    private long firstLearnerId;
    private String searchWord;

    Generator(Connection db, Options options, PrintStream err) {
        this.db = db;
        this.options = options;
        this.progress = new Progress(err);
        this.random = new Random(options.seed);
        this.words = new Words(random);
    }

    void run() throws SQLException, IOException {
        long started = System.nanoTime();
        checkPreconditions();
        List<TemplateCourse> templates = loadTemplates();

        long t = System.nanoTime();
        insertLearners();
        double learnersSeconds = seconds(t);

        t = System.nanoTime();
        insertCourses(templates);
        double coursesSeconds = seconds(t);

        t = System.nanoTime();
        long progressRows = insertEnrolmentsAndProgress();
        double progressSeconds = seconds(t);

        GeneratedCourse benchCourse = courses.get(0);
        enrolDemoLearner(benchCourse);

        t = System.nanoTime();
        progress.status("analysing tables");
        analyse();
        double analyseSeconds = seconds(t);
        progress.clear();

        double total = seconds(started);
        long rows = inserted.values().stream().mapToLong(Long::longValue).sum();
        PrintStream out = System.out;
        out.println();
        out.println("Generated data in " + options.dataDir.toAbsolutePath());
        inserted.forEach((table, n) -> out.printf(Locale.ROOT, "  %-26s %,14d rows%n", table, n));
        out.printf(Locale.ROOT, "  %-26s %,14d rows%n", "total", rows);
        out.printf(Locale.ROOT, "Phases: learners %.1f s, courses and lessons %.1f s, enrolments and progress %.1f s, ANALYZE %.1f s%n",
                learnersSeconds, coursesSeconds, progressSeconds, analyseSeconds);
        out.printf(Locale.ROOT, "Total %.1f s, %,.0f rows/s (enrolments and progress alone: %,.0f rows/s)%n",
                total, rows / total, (inserted.get("enrolments") + progressRows) / Math.max(progressSeconds, 0.001));
        out.println("Demo learner " + GenerateData.DEMO_LEARNER + " is enrolled in /courses/" + benchCourse.slug());
        if (options.summaryFile != null) {
            writeSummary(benchCourse, rows, total, progressRows);
        }
    }

    private void checkPreconditions() throws SQLException {
        if (!exists("SELECT 1 FROM information_schema.tables WHERE table_schema = DATABASE() AND table_name = 'lesson_progress'")) {
            throw new Refused("the schema is missing: start the server once on this data folder (it migrates and loads the demo data), stop it, then generate");
        }
        Long learner = single("SELECT id FROM users WHERE email = '" + GenerateData.DEMO_LEARNER + "'");
        Long instructor = single("SELECT id FROM users WHERE email = '" + GenerateData.DEMO_INSTRUCTOR + "'");
        if (learner == null || instructor == null) {
            throw new Refused("the demo accounts are missing: the data folder must have been started with demo data");
        }
        if (exists("SELECT 1 FROM courses WHERE slug LIKE '" + GenerateData.SLUG_PREFIX + "%'")
                || exists("SELECT 1 FROM users WHERE email LIKE 'bench-learner-%'")) {
            throw new Refused("this database already holds generated data; start from an empty data folder (bench/generate-data --fresh) to generate again");
        }
        demoLearnerId = learner;
        instructorId = instructor;
        try (Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("SELECT password_hash FROM users WHERE id = " + demoLearnerId)) {
            rs.next();
            passwordHash = rs.getString(1);
        }
        db.commit();
    }

    /** The current lessons of every published demo course, grouped by course. */
    private List<TemplateCourse> loadTemplates() throws SQLException {
        Map<Long, String> languages = new LinkedHashMap<>();
        Map<Long, String> platforms = new LinkedHashMap<>();
        Map<Long, List<TemplateLesson>> lessons = new LinkedHashMap<>();
        try (Statement s = db.createStatement()) {
            try (ResultSet rs = s.executeQuery("""
                    SELECT cr.id, cr.language,
                           (SELECT COALESCE(p.name, t.name) FROM course_revision_topics crt
                            JOIN topics t ON t.id = crt.topic_id LEFT JOIN topics p ON p.id = t.parent_id
                            WHERE crt.course_revision_id = cr.id ORDER BY crt.topic_id LIMIT 1) AS platform
                    FROM courses c JOIN course_revisions cr ON cr.id = c.current_revision_id
                    ORDER BY c.id""")) {
                while (rs.next()) {
                    languages.put(rs.getLong(1), rs.getString(2));
                    platforms.put(rs.getLong(1), rs.getString(3) == null ? "Social" : rs.getString(3));
                }
            }
            Map<Long, List<Long>> topicsOf = new LinkedHashMap<>();
            try (ResultSet rs = s.executeQuery("""
                    SELECT lrt.lesson_revision_id, lrt.topic_id FROM lesson_revision_topics lrt
                    JOIN course_revision_lessons crl ON crl.lesson_revision_id = lrt.lesson_revision_id
                    JOIN courses c ON c.current_revision_id = crl.course_revision_id
                    ORDER BY lrt.lesson_revision_id, lrt.topic_id""")) {
                while (rs.next()) {
                    topicsOf.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
                }
            }
            try (ResultSet rs = s.executeQuery("""
                    SELECT crl.course_revision_id, lr.id, lr.title, lr.body, lr.minutes, lr.tasks_json, lr.quiz_json
                    FROM courses c
                    JOIN course_revision_lessons crl ON crl.course_revision_id = c.current_revision_id
                    JOIN lesson_revisions lr ON lr.id = crl.lesson_revision_id
                    ORDER BY c.id, crl.position""")) {
                while (rs.next()) {
                    long[] topics = topicsOf.getOrDefault(rs.getLong(2), List.of()).stream().mapToLong(Long::longValue).toArray();
                    lessons.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new TemplateLesson(
                            rs.getString(3), rs.getString(4), rs.getInt(5), rs.getString(6), rs.getString(7), topics));
                }
            }
        }
        db.commit();
        List<TemplateCourse> templates = new ArrayList<>();
        languages.forEach((revisionId, language) -> {
            List<TemplateLesson> ls = lessons.get(revisionId);
            if (ls != null && !ls.isEmpty()) {
                templates.add(new TemplateCourse(language, platforms.get(revisionId), ls));
            }
        });
        if (templates.isEmpty()) {
            throw new Refused("no published demo course to copy lessons from");
        }
        return templates;
    }

    private void insertLearners() throws SQLException {
        firstLearnerId = nextId("users");
        String[] locales = {"en", "en", "en", "de", "da"};
        try (Batch users = new Batch("users", """
                INSERT INTO users (id, public_id, email, display_name, password_hash, locale, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")) {
            progress.start("users", options.learners);
            for (int n = 1; n <= options.learners; n++) {
                LocalDateTime created = now.minusSeconds(random.nextLong(Duration.ofDays(730).toSeconds()));
                users.row(firstLearnerId + n - 1, publicId(), GenerateData.LEARNER_EMAIL.formatted(n), words.personName(),
                        passwordHash, locales[random.nextInt(locales.length)], created, created);
                if (users.full()) {
                    users.flush();
                    progress.set(n, 0);
                }
            }
            users.flush();
            progress.finish();
        }
    }

    private void insertCourses(List<TemplateCourse> templates) throws SQLException {
        long courseId = nextId("courses");
        long revisionId = nextId("course_revisions");
        long lessonId = nextId("lessons");
        long lessonRevisionId = nextId("lesson_revisions");
        String[] levels = {"BEGINNER", "BEGINNER", "INTERMEDIATE", "INTERMEDIATE", "ADVANCED"};
        int[] passMarks = {70, 75, 80};
        Map<String, List<TemplateCourse>> byLanguage = new LinkedHashMap<>();
        for (TemplateCourse template : templates) {
            byLanguage.computeIfAbsent(template.language(), k -> new ArrayList<>()).add(template);
        }
        List<String> languages = new ArrayList<>();
        // mostly English, as the demo catalogue is
        for (String language : byLanguage.keySet()) {
            int weight = language.equals("en") ? 6 : 1;
            for (int i = 0; i < weight; i++) {
                languages.add(language);
            }
        }
        // a course's rows hold a few kilobytes of lesson text each, so flush by course, not by row
        int coursesPerCommit = Math.max(1, options.batch / 100);
        try (Batch courseRows = new Batch("courses", """
                     INSERT INTO courses (id, slug, title, summary, level, language, exam_pass_mark, exam_question_count,
                                          exam_attempts, renewal_window_days, certificate_valid_months, draft_version,
                                          current_revision_id, created_by, created_at, updated_at)
                     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?)""");
             Batch instructors = new Batch("course_instructors",
                     "INSERT INTO course_instructors (course_id, user_id) VALUES (?, ?)");
             Batch courseTopics = new Batch("course_topics",
                     "INSERT INTO course_topics (course_id, topic_id) VALUES (?, ?)");
             Batch lessonRows = new Batch("lessons", """
                     INSERT INTO lessons (id, course_id, position, title, body, minutes, tasks_json, quiz_json, topics_json,
                                          draft_version, updated_by, updated_at, created_at)
                     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?)""");
             Batch lessonRevisions = new Batch("lesson_revisions", """
                     INSERT INTO lesson_revisions (id, lesson_id, number, title, body, minutes, tasks_json, quiz_json,
                                                   published_by, published_at)
                     VALUES (?, ?, 1, ?, ?, ?, ?, ?, ?, ?)""");
             Batch lessonRevisionTopics = new Batch("lesson_revision_topics", """
                     INSERT INTO lesson_revision_topics (lesson_revision_id, topic_id, reviewed_at, reviewed_by)
                     VALUES (?, ?, ?, ?)""");
             Batch courseRevisions = new Batch("course_revisions", """
                     INSERT INTO course_revisions (id, course_id, major, minor, severity, change_note, title, summary, level,
                                                   language, exam_pass_mark, exam_question_count, exam_attempts,
                                                   published_by, published_at, lesson_count, minutes)
                     VALUES (?, ?, 1, 0, 'MAJOR', 'First edition.', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
             Batch revisionLessons = new Batch("course_revision_lessons", """
                     INSERT INTO course_revision_lessons (course_revision_id, position, lesson_id, lesson_revision_id)
                     VALUES (?, ?, ?, ?)""");
             Batch revisionTopics = new Batch("course_revision_topics",
                     "INSERT INTO course_revision_topics (course_revision_id, topic_id) VALUES (?, ?)");
             PreparedStatement publish = db.prepareStatement("""
                     UPDATE courses c JOIN course_revisions cr ON cr.course_id = c.id
                     SET c.current_revision_id = cr.id WHERE c.id BETWEEN ? AND ?""")) {
            List<Batch> parentsFirst = List.of(courseRows, instructors, courseTopics, lessonRows, lessonRevisions,
                    lessonRevisionTopics, courseRevisions, revisionLessons, revisionTopics);
            progress.start("courses", options.courses);
            long firstUnpublished = courseId;
            Map<String, Integer> wordCounts = new LinkedHashMap<>();
            for (int n = 1; n <= options.courses; n++) {
                String language = languages.get(random.nextInt(languages.size()));
                List<TemplateCourse> candidates = byLanguage.get(language);
                TemplateCourse template = candidates.get(random.nextInt(candidates.size()));
                String title = words.courseTitle(template.platform());
                String summary = words.summary(template.platform());
                words.count(title + " " + summary, wordCounts);
                String slug = slug(title, n);
                String level = levels[random.nextInt(levels.length)];
                int passMark = passMarks[random.nextInt(passMarks.length)];
                LocalDateTime published = now.minusSeconds(Duration.ofDays(30).toSeconds()
                        + random.nextLong(Duration.ofDays(400).toSeconds())).truncatedTo(ChronoUnit.SECONDS);
                LocalDateTime created = published.minusDays(1 + random.nextInt(30));
                int lessonCount = options.minLessons + random.nextInt(options.maxLessons - options.minLessons + 1);

                courseRows.row(courseId, slug, title, summary, level, language, passMark, 6, 3, 90, 24, 1,
                        instructorId, created, published);
                instructors.row(courseId, instructorId);
                TreeSet<Long> courseTopicIds = new TreeSet<>();
                int courseMinutes = 0;
                for (int i = 0; i < lessonCount; i++) {
                    TemplateLesson lesson = template.lessons().get(i % template.lessons().size());
                    int round = i / template.lessons().size();
                    String lessonTitle = round == 0 ? lesson.title() : lesson.title() + ": " + words.lessonSuffix();
                    long id = lessonId + i;
                    long revision = lessonRevisionId + i;
                    lessonRows.row(id, courseId, i + 1, lessonTitle, lesson.body(), lesson.minutes(), lesson.tasksJson(),
                            lesson.quizJson(), topicsJson(lesson.topicIds()), instructorId, published, created);
                    lessonRevisions.row(revision, id, lessonTitle, lesson.body(), lesson.minutes(), lesson.tasksJson(),
                            lesson.quizJson(), instructorId, published);
                    for (long topic : lesson.topicIds()) {
                        lessonRevisionTopics.row(revision, topic, published, instructorId);
                        courseTopicIds.add(topic);
                    }
                    revisionLessons.row(revisionId, i + 1, id, revision);
                    courseMinutes += lesson.minutes();
                }
                for (long topic : courseTopicIds) {
                    courseTopics.row(courseId, topic);
                    revisionTopics.row(revisionId, topic);
                }
                // the totals the app stores at publication
                courseRevisions.row(revisionId, courseId, title, summary, level, language, passMark, 6, 3,
                        instructorId, published, lessonCount, courseMinutes);
                courses.add(new GeneratedCourse(courseId, slug, revisionId, lessonId, lessonRevisionId, lessonCount, published));
                courseId++;
                revisionId++;
                lessonId += lessonCount;
                lessonRevisionId += lessonCount;

                if (n % coursesPerCommit == 0 || n == options.courses) {
                    for (Batch batch : parentsFirst) {
                        batch.send();
                    }
                    publish.setLong(1, firstUnpublished);
                    publish.setLong(2, courseId - 1);
                    publish.executeUpdate();
                    db.commit();
                    firstUnpublished = courseId;
                    progress.set(n, 0);
                }
            }
            progress.finish();
            searchWord = words.searchWord(wordCounts, options.courses);
        }
    }

    /**
     * Spreads the progress rows evenly over the learners; each learner enrols in random courses until they
     * hold enough lessons and completes the first lessons of each, in order, so every (learner, lesson) pair
     * is unique and belongs to a course the learner is enrolled in.
     */
    private static final String INSERT_ENROLMENT = """
            INSERT INTO enrolments (user_id, course_id, course_revision_id, last_lesson_id, enrolled_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?)""";
    private static final String INSERT_LESSON_PROGRESS = """
            INSERT INTO lesson_progress (user_id, lesson_id, lesson_revision_id, completed_at) VALUES (?, ?, ?, ?)""";

    private long insertEnrolmentsAndProgress() throws SQLException {
        long totalLessons = courses.stream().mapToLong(GeneratedCourse::lessonCount).sum();
        // lesson and revision ids were assigned in lockstep, so one offset maps every generated lesson to its revision
        long revisionOffset = courses.get(0).firstLessonRevisionId() - courses.get(0).firstLessonId();
        long perLearner = options.progressRows / options.learners;
        long extra = options.progressRows % options.learners;
        long written = 0;
        try (Batch enrolments = new Batch("enrolments", INSERT_ENROLMENT);
             Batch progressRows = new Batch("lesson_progress", INSERT_LESSON_PROGRESS)) {
            progress.start("enrolments + lesson_progress", options.learners);
            int[] order = new int[courses.size()];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            long[] lessonIds = new long[0];
            for (int n = 0; n < options.learners; n++) {
                long userId = firstLearnerId + n;
                long wanted = Math.min(totalLessons, perLearner + (n < extra ? 1 : 0));
                // a partial Fisher-Yates shuffle picks distinct courses
                long covered = 0;
                int picked = 0;
                do {
                    int j = picked + random.nextInt(order.length - picked);
                    int swap = order[picked];
                    order[picked] = order[j];
                    order[j] = swap;
                    covered += courses.get(order[picked]).lessonCount();
                    picked++;
                } while (covered < wanted && picked < order.length);
                if (lessonIds.length < wanted) {
                    lessonIds = new long[(int) Math.max(wanted, lessonIds.length * 2L)];
                }
                int completed = 0;
                long remaining = wanted;
                Arrays.sort(order, 0, picked);
                for (int k = 0; k < picked; k++) {
                    GeneratedCourse course = courses.get(order[k]);
                    int done = (int) Math.min(remaining, course.lessonCount());
                    remaining -= done;
                    LocalDateTime enrolled = between(course.publishedAt(), now);
                    LocalDateTime updated = done == 0 ? enrolled : between(enrolled, now);
                    Long last = done == 0 ? null : course.firstLessonId() + done - 1;
                    enrolments.row(userId, course.id(), course.revisionId(), last, enrolled, updated);
                    for (int l = 0; l < done; l++) {
                        lessonIds[completed++] = course.firstLessonId() + l;
                    }
                }
                // lesson ids of different courses never interleave, so sorting by id keeps primary-key order
                for (int i = 0; i < completed; i++) {
                    long lesson = lessonIds[i];
                    progressRows.row(userId, lesson, lesson + revisionOffset, between(now.minusDays(180), now));
                }
                written += completed;
                if (progressRows.full() || enrolments.full() || n == options.learners - 1) {
                    enrolments.send();
                    progressRows.send();
                    db.commit();
                    progress.set(n + 1, written);
                }
            }
            progress.finish();
        }
        return written;
    }

    /** The demo learner follows the first generated course and has finished its first lesson. */
    private void enrolDemoLearner(GeneratedCourse course) throws SQLException {
        LocalDateTime enrolled = now.minusDays(3);
        try (PreparedStatement enrol = db.prepareStatement(INSERT_ENROLMENT);
             PreparedStatement done = db.prepareStatement(INSERT_LESSON_PROGRESS)) {
            bind(enrol, demoLearnerId, course.id(), course.revisionId(), course.firstLessonId(), enrolled, enrolled.plusHours(1));
            enrol.executeUpdate();
            bind(done, demoLearnerId, course.firstLessonId(), course.firstLessonRevisionId(), enrolled.plusHours(1));
            done.executeUpdate();
        }
        db.commit();
        inserted.merge("enrolments", 1L, Long::sum);
        inserted.merge("lesson_progress", 1L, Long::sum);
    }

    private void analyse() throws SQLException {
        try (Statement s = db.createStatement()) {
            for (String table : inserted.keySet()) {
                s.execute("ANALYZE TABLE " + table); // its result is a status table; nothing to read
            }
        }
        db.commit();
    }

    private void writeSummary(GeneratedCourse course, long rows, double seconds, long progressRows) throws IOException {
        StringBuilder text = new StringBuilder();
        text.append("learners=").append(options.learners).append('\n');
        text.append("courses=").append(options.courses).append('\n');
        text.append("progress_rows=").append(progressRows).append('\n');
        text.append("lessons=").append(inserted.getOrDefault("lessons", 0L)).append('\n');
        text.append("enrolments=").append(inserted.getOrDefault("enrolments", 0L)).append('\n');
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

    /**
     * The schema grows with the application: a column this generator does not know gets its default (or,
     * without one, makes the INSERT fail). Say which, so that a newer schema is noticed.
     */
    private void warnAboutUnfilledColumns(String table, String insertSql) throws SQLException {
        String list = insertSql.substring(insertSql.indexOf('(') + 1, insertSql.indexOf(')'));
        java.util.Set<String> filled = new TreeSet<>();
        for (String column : list.split(",")) {
            filled.add(column.strip().toLowerCase(Locale.ROOT));
        }
        List<String> unfilled = new ArrayList<>();
        try (PreparedStatement q = db.prepareStatement("""
                SELECT column_name, is_nullable, column_default, extra FROM information_schema.columns
                WHERE table_schema = DATABASE() AND table_name = ? ORDER BY ordinal_position""")) {
            q.setString(1, table);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    String column = rs.getString(1).toLowerCase(Locale.ROOT);
                    if (!filled.contains(column) && !rs.getString(4).contains("auto_increment")) {
                        unfilled.add(column + ("NO".equals(rs.getString(2)) ? " (NOT NULL, default "
                                + rs.getString(3) + ")" : ""));
                    }
                }
            }
        }
        db.commit();
        if (!unfilled.isEmpty()) {
            progress.clear();
            System.err.println("note: the generator leaves " + table + "." + String.join(", ", unfilled)
                    + " to the database's defaults");
        }
    }

    private long nextId(String table) throws SQLException {
        Long max = single("SELECT MAX(id) FROM " + table);
        return max == null ? 1 : max + 1;
    }

    private boolean exists(String sql) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next();
        }
    }

    private Long single(String sql) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            if (!rs.next()) {
                return null;
            }
            long value = rs.getLong(1);
            return rs.wasNull() ? null : value;
        }
    }

    private LocalDateTime between(LocalDateTime from, LocalDateTime to) {
        long span = Duration.between(from, to).toSeconds();
        return span <= 0 ? to : from.plusSeconds(random.nextLong(span));
    }

    private String publicId() {
        char[] alphabet = "0123456789abcdefghjkmnpqrstvwxyz".toCharArray();
        char[] id = new char[26];
        for (int i = 0; i < id.length; i++) {
            id[i] = alphabet[random.nextInt(alphabet.length)];
        }
        return new String(id);
    }

    private static String topicsJson(long[] topicIds) {
        long[] sorted = topicIds.clone();
        Arrays.sort(sorted);
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < sorted.length; i++) {
            json.append(i == 0 ? "" : ",").append(sorted[i]);
        }
        return json.append(']').toString();
    }

    private static String slug(String title, int n) {
        String base = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        String suffix = "-" + n;
        int room = 80 - GenerateData.SLUG_PREFIX.length() - suffix.length();
        if (base.length() > room) {
            base = base.substring(0, room).replaceAll("-$", "");
        }
        return GenerateData.SLUG_PREFIX + base + suffix;
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    private static void bind(PreparedStatement statement, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            statement.setObject(i + 1, values[i]);
        }
    }

    /** One INSERT statement collecting rows; the driver rewrites each sent batch into multi-row INSERTs. */
    final class Batch implements AutoCloseable {
        private final String table;
        private final PreparedStatement statement;
        int pending;

        Batch(String table, String sql) throws SQLException {
            this.table = table;
            this.statement = db.prepareStatement(sql);
            warnAboutUnfilledColumns(table, sql);
        }

        void row(Object... values) throws SQLException {
            bind(statement, values);
            statement.addBatch();
            pending++;
        }

        boolean full() {
            return pending >= options.batch;
        }

        /** Sends the collected rows inside the current transaction. */
        void send() throws SQLException {
            if (pending > 0) {
                statement.executeBatch();
                inserted.merge(table, (long) pending, Long::sum);
            }
            pending = 0;
        }

        /** Sends the collected rows and commits. */
        void flush() throws SQLException {
            send();
            db.commit();
        }

        @Override
        public void close() throws SQLException {
            statement.close();
        }
    }

    /** A lesson of a demo course whose content generated lessons copy. */
    record TemplateLesson(String title, String body, int minutes, String tasksJson, String quizJson, long[] topicIds) {
    }

    /** A demo course: its language, its platform's name and its current lessons in order. */
    record TemplateCourse(String language, String platform, List<TemplateLesson> lessons) {
    }

    /** What the generator made for one course; lesson ids are consecutive, and so are their revision ids. */
    record GeneratedCourse(long id, String slug, long revisionId, long firstLessonId, long firstLessonRevisionId,
                           int lessonCount, LocalDateTime publishedAt) {
    }
}
