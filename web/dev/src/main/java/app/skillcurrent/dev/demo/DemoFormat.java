package app.skillcurrent.dev.demo;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * The shape of the demo content files under {@code demo/}: one file per course, each with its revisions in
 * order. Later revisions list only new or changed lessons and, optionally, the full lesson order.
 */
final class DemoFormat {

    private DemoFormat() {
    }

    @Serdeable
    record CourseFile(String slug, String language, String level, List<String> topics, Exam exam, List<Revision> revisions) {
    }

    @Serdeable
    record Exam(int passMark, int questionCount, int attempts) {
    }

    @Serdeable
    record Revision(@Nullable String severity, String publishedOn, String changeNote, @Nullable String title,
                    @Nullable String summary, List<Lesson> lessons, @Nullable List<String> order) {
    }

    @Serdeable
    record Lesson(String key, String title, int minutes, List<String> topics, String body, List<Task> tasks,
                  List<Question> quiz) {
    }

    @Serdeable
    record Task(String kind, String text) {
    }

    @Serdeable
    record Question(String key, String prompt, List<Option> options, String explanation) {
    }

    @Serdeable
    record Option(String key, String text, boolean correct) {
    }

    @Serdeable
    record Change(String topic, String date, String summary, @Nullable String source) {
    }
}
