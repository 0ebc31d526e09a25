package app.skillcurrent.content.revision;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Tasks, quiz and topics are stored as JSON text. Writing is canonical (sorted topic ids, fixed field order),
 * so two equal lessons give equal strings and "did anything change?" is a string comparison.
 */
@Singleton
public class LessonJson {

    private static final Argument<List<LessonTask>> TASKS = Argument.listOf(LessonTask.class);
    private static final Argument<List<QuizQuestion>> QUIZ = Argument.listOf(QuizQuestion.class);
    private static final Argument<List<Long>> IDS = Argument.listOf(Long.class);

    private final JsonMapper mapper;

    LessonJson(JsonMapper mapper) {
        this.mapper = mapper;
    }

    public String tasks(List<LessonTask> tasks) {
        return write(tasks);
    }

    public String quiz(List<QuizQuestion> quiz) {
        return write(quiz);
    }

    public String topics(Set<Long> topicIds) {
        return write(new ArrayList<>(new TreeSet<>(topicIds)));
    }

    public List<LessonTask> tasks(String json) {
        return read(json, TASKS);
    }

    public List<QuizQuestion> quiz(String json) {
        return read(json, QUIZ);
    }

    public Set<Long> topics(String json) {
        return Set.copyOf(read(json, IDS));
    }

    private String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private <T> List<T> read(String json, Argument<List<T>> type) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        try {
            return mapper.readValue(json, type);
        } catch (IOException e) {
            throw new UncheckedIOException("Stored lesson JSON is unreadable", e);
        }
    }
}
