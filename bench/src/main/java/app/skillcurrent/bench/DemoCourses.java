package app.skillcurrent.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What generated courses are made of: the current lessons of the demo courses, copied with new titles. */
final class DemoCourses {

    private DemoCourses() {
    }

    /** A lesson of a demo course whose content generated lessons copy. */
    record TemplateLesson(String title, String body, int minutes, String tasksJson, String quizJson, long[] topicIds) {
    }

    /** A demo course: its language, its platform's name and its current lessons in order. */
    record TemplateCourse(String language, String platform, List<TemplateLesson> lessons) {
    }

    /** The current lessons of every published demo course, grouped by course. */
    static List<TemplateCourse> load(Connection db) throws SQLException {
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
}
