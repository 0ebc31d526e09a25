package app.skillcurrent.bench;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * The generated catalogue: courses made from the demo courses' lessons under new titles, with their lessons,
 * topics and one published revision each, written the way publishing would have left them (revision totals,
 * reviewed topics, the current revision set).
 */
final class CourseWriter {

    private final Generation g;
    private String searchWord;

    CourseWriter(Generation g) {
        this.g = g;
    }

    /** Writes the courses, each published as version 1.0, and returns them in the order written. */
    List<GeneratedCourse> write(List<DemoCourses.TemplateCourse> templates, long instructorId) throws SQLException {
        List<GeneratedCourse> courses = new ArrayList<>();
        long courseId = g.tables().nextId("courses");
        long revisionId = g.tables().nextId("course_revisions");
        long lessonId = g.tables().nextId("lessons");
        long lessonRevisionId = g.tables().nextId("lesson_revisions");
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
        int coursesPerCommit = Math.max(1, g.options().batch / 100);
        try (Tables.Batch courseRows = g.tables().batch("courses", """
                     INSERT INTO courses (id, slug, title, summary, level, language, exam_pass_mark, exam_question_count,
                                          exam_attempts, renewal_window_days, certificate_valid_months, draft_version,
                                          current_revision_id, created_by, created_at, updated_at)
                     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?)""");
             Tables.Batch instructors = g.tables().batch("course_instructors",
                     "INSERT INTO course_instructors (course_id, user_id) VALUES (?, ?)");
             Tables.Batch courseTopics = g.tables().batch("course_topics",
                     "INSERT INTO course_topics (course_id, topic_id) VALUES (?, ?)");
             Tables.Batch lessonRows = g.tables().batch("lessons", """
                     INSERT INTO lessons (id, course_id, position, title, body, minutes, tasks_json, quiz_json, topics_json,
                                          draft_version, updated_by, updated_at, created_at)
                     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?)""");
             Tables.Batch lessonRevisions = g.tables().batch("lesson_revisions", """
                     INSERT INTO lesson_revisions (id, lesson_id, number, title, body, minutes, tasks_json, quiz_json,
                                                   published_by, published_at)
                     VALUES (?, ?, 1, ?, ?, ?, ?, ?, ?, ?)""");
             Tables.Batch lessonRevisionTopics = g.tables().batch("lesson_revision_topics", """
                     INSERT INTO lesson_revision_topics (lesson_revision_id, topic_id, reviewed_at, reviewed_by)
                     VALUES (?, ?, ?, ?)""");
             Tables.Batch courseRevisions = g.tables().batch("course_revisions", """
                     INSERT INTO course_revisions (id, course_id, major, minor, severity, change_note, title, summary, level,
                                                   language, exam_pass_mark, exam_question_count, exam_attempts,
                                                   published_by, published_at, lesson_count, minutes)
                     VALUES (?, ?, 1, 0, 'MAJOR', 'First edition.', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
             Tables.Batch revisionLessons = g.tables().batch("course_revision_lessons", """
                     INSERT INTO course_revision_lessons (course_revision_id, position, lesson_id, lesson_revision_id)
                     VALUES (?, ?, ?, ?)""");
             Tables.Batch revisionTopics = g.tables().batch("course_revision_topics",
                     "INSERT INTO course_revision_topics (course_revision_id, topic_id) VALUES (?, ?)");
             PreparedStatement publish = g.db().prepareStatement("""
                     UPDATE courses c JOIN course_revisions cr ON cr.course_id = c.id
                     SET c.current_revision_id = cr.id WHERE c.id BETWEEN ? AND ?""")) {
            List<Tables.Batch> parentsFirst = List.of(courseRows, instructors, courseTopics, lessonRows, lessonRevisions,
                    lessonRevisionTopics, courseRevisions, revisionLessons, revisionTopics);
            g.progress().start("courses", g.options().courses);
            long firstUnpublished = courseId;
            Map<String, Integer> wordCounts = new LinkedHashMap<>();
            for (int n = 1; n <= g.options().courses; n++) {
                String language = languages.get(g.random().nextInt(languages.size()));
                List<DemoCourses.TemplateCourse> candidates = byLanguage.get(language);
                DemoCourses.TemplateCourse template = candidates.get(g.random().nextInt(candidates.size()));
                String title = g.words().courseTitle(template.platform());
                String summary = g.words().summary(template.platform());
                g.words().count(title + " " + summary, wordCounts);
                String slug = slug(title, n);
                String level = levels[g.random().nextInt(levels.length)];
                int passMark = passMarks[g.random().nextInt(passMarks.length)];
                LocalDateTime published = g.now().minusSeconds(Duration.ofDays(30).toSeconds()
                        + g.random().nextLong(Duration.ofDays(400).toSeconds())).truncatedTo(ChronoUnit.SECONDS);
                LocalDateTime created = published.minusDays(1 + g.random().nextInt(30));
                int lessonCount = g.options().minLessons + g.random().nextInt(g.options().maxLessons - g.options().minLessons + 1);

                courseRows.row(courseId, slug, title, summary, level, language, passMark, 6, 3, 90, 24, 1,
                        instructorId, created, published);
                instructors.row(courseId, instructorId);
                TreeSet<Long> courseTopicIds = new TreeSet<>();
                int courseMinutes = 0;
                for (int i = 0; i < lessonCount; i++) {
                    DemoCourses.TemplateLesson lesson = template.lessons().get(i % template.lessons().size());
                    int round = i / template.lessons().size();
                    String lessonTitle = round == 0 ? lesson.title() : lesson.title() + ": " + g.words().lessonSuffix();
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

                if (n % coursesPerCommit == 0 || n == g.options().courses) {
                    for (Tables.Batch batch : parentsFirst) {
                        batch.send();
                    }
                    publish.setLong(1, firstUnpublished);
                    publish.setLong(2, courseId - 1);
                    publish.executeUpdate();
                    g.db().commit();
                    firstUnpublished = courseId;
                    g.progress().set(n, 0);
                }
            }
            g.progress().finish();
            searchWord = g.words().searchWord(wordCounts, g.options().courses);
        }
        return courses;
    }

    /** A word of the generated titles and summaries common enough to make a full-text search return a page. */
    String searchWord() {
        return searchWord;
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
}
