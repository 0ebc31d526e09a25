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
    private final Tables tables;
    private final Options options;
    private final Progress progress;
    private final Random random;
    private final Words words;
    private final LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
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
        this.tables = new Tables(db, options.batch, progress);
        this.random = new Random(options.seed);
        this.words = new Words(random);
    }

    void run() throws SQLException, IOException {
        long started = System.nanoTime();
        checkPreconditions();
        List<DemoCourses.TemplateCourse> templates = DemoCourses.load(db);

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
        tables.analyse();
        double analyseSeconds = seconds(t);
        progress.clear();

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
            writeSummary(benchCourse, rows, total, progressRows);
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
        try (Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("SELECT password_hash FROM users WHERE id = " + demoLearnerId)) {
            rs.next();
            passwordHash = rs.getString(1);
        }
        db.commit();
    }

    private void insertLearners() throws SQLException {
        firstLearnerId = tables.nextId("users");
        String[] locales = {"en", "en", "en", "de", "da"};
        try (Tables.Batch users = tables.batch("users", """
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

    private void insertCourses(List<DemoCourses.TemplateCourse> templates) throws SQLException {
        long courseId = tables.nextId("courses");
        long revisionId = tables.nextId("course_revisions");
        long lessonId = tables.nextId("lessons");
        long lessonRevisionId = tables.nextId("lesson_revisions");
        String[] levels = {"BEGINNER", "BEGINNER", "INTERMEDIATE", "INTERMEDIATE", "ADVANCED"};
        int[] passMarks = {70, 75, 80};
        Map<String, List<DemoCourses.TemplateCourse>> byLanguage = new LinkedHashMap<>();
        for (DemoCourses.TemplateCourse template : templates) {
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
        try (Tables.Batch courseRows = tables.batch("courses", """
                     INSERT INTO courses (id, slug, title, summary, level, language, exam_pass_mark, exam_question_count,
                                          exam_attempts, renewal_window_days, certificate_valid_months, draft_version,
                                          current_revision_id, created_by, created_at, updated_at)
                     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?)""");
             Tables.Batch instructors = tables.batch("course_instructors",
                     "INSERT INTO course_instructors (course_id, user_id) VALUES (?, ?)");
             Tables.Batch courseTopics = tables.batch("course_topics",
                     "INSERT INTO course_topics (course_id, topic_id) VALUES (?, ?)");
             Tables.Batch lessonRows = tables.batch("lessons", """
                     INSERT INTO lessons (id, course_id, position, title, body, minutes, tasks_json, quiz_json, topics_json,
                                          draft_version, updated_by, updated_at, created_at)
                     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?)""");
             Tables.Batch lessonRevisions = tables.batch("lesson_revisions", """
                     INSERT INTO lesson_revisions (id, lesson_id, number, title, body, minutes, tasks_json, quiz_json,
                                                   published_by, published_at)
                     VALUES (?, ?, 1, ?, ?, ?, ?, ?, ?, ?)""");
             Tables.Batch lessonRevisionTopics = tables.batch("lesson_revision_topics", """
                     INSERT INTO lesson_revision_topics (lesson_revision_id, topic_id, reviewed_at, reviewed_by)
                     VALUES (?, ?, ?, ?)""");
             Tables.Batch courseRevisions = tables.batch("course_revisions", """
                     INSERT INTO course_revisions (id, course_id, major, minor, severity, change_note, title, summary, level,
                                                   language, exam_pass_mark, exam_question_count, exam_attempts,
                                                   published_by, published_at, lesson_count, minutes)
                     VALUES (?, ?, 1, 0, 'MAJOR', 'First edition.', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
             Tables.Batch revisionLessons = tables.batch("course_revision_lessons", """
                     INSERT INTO course_revision_lessons (course_revision_id, position, lesson_id, lesson_revision_id)
                     VALUES (?, ?, ?, ?)""");
             Tables.Batch revisionTopics = tables.batch("course_revision_topics",
                     "INSERT INTO course_revision_topics (course_revision_id, topic_id) VALUES (?, ?)");
             PreparedStatement publish = db.prepareStatement("""
                     UPDATE courses c JOIN course_revisions cr ON cr.course_id = c.id
                     SET c.current_revision_id = cr.id WHERE c.id BETWEEN ? AND ?""")) {
            List<Tables.Batch> parentsFirst = List.of(courseRows, instructors, courseTopics, lessonRows, lessonRevisions,
                    lessonRevisionTopics, courseRevisions, revisionLessons, revisionTopics);
            progress.start("courses", options.courses);
            long firstUnpublished = courseId;
            Map<String, Integer> wordCounts = new LinkedHashMap<>();
            for (int n = 1; n <= options.courses; n++) {
                String language = languages.get(random.nextInt(languages.size()));
                List<DemoCourses.TemplateCourse> candidates = byLanguage.get(language);
                DemoCourses.TemplateCourse template = candidates.get(random.nextInt(candidates.size()));
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
                    DemoCourses.TemplateLesson lesson = template.lessons().get(i % template.lessons().size());
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
                    for (Tables.Batch batch : parentsFirst) {
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
        try (Tables.Batch enrolments = tables.batch("enrolments", INSERT_ENROLMENT);
             Tables.Batch progressRows = tables.batch("lesson_progress", INSERT_LESSON_PROGRESS)) {
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
            Tables.bind(enrol, demoLearnerId, course.id(), course.revisionId(), course.firstLessonId(), enrolled, enrolled.plusHours(1));
            enrol.executeUpdate();
            Tables.bind(done, demoLearnerId, course.firstLessonId(), course.firstLessonRevisionId(), enrolled.plusHours(1));
            done.executeUpdate();
        }
        db.commit();
        tables.counted("enrolments", 1);
        tables.counted("lesson_progress", 1);
    }

    private void writeSummary(GeneratedCourse course, long rows, double seconds, long progressRows) throws IOException {
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

    /** What the generator made for one course; lesson ids are consecutive, and so are their revision ids. */
    record GeneratedCourse(long id, String slug, long revisionId, long firstLessonId, long firstLessonRevisionId,
                           int lessonCount, LocalDateTime publishedAt) {
    }
}
