package app.skillcurrent.dev.demo;

import app.skillcurrent.content.access.Editor;
import app.skillcurrent.content.authoring.Course;
import app.skillcurrent.content.authoring.CourseDrafts;
import app.skillcurrent.content.authoring.CourseEditors;
import app.skillcurrent.content.authoring.CourseSettings;
import app.skillcurrent.content.authoring.LessonDraft;
import app.skillcurrent.content.authoring.LessonDrafts;
import app.skillcurrent.content.authoring.LessonOrder;
import app.skillcurrent.content.authoring.NewCourse;
import app.skillcurrent.content.authoring.Publishing;
import app.skillcurrent.content.revision.LessonContent;
import app.skillcurrent.content.revision.LessonTask;
import app.skillcurrent.content.revision.Level;
import app.skillcurrent.content.revision.QuizOption;
import app.skillcurrent.content.revision.QuizQuestion;
import app.skillcurrent.content.revision.Severity;
import app.skillcurrent.content.revision.TaskKind;
import app.skillcurrent.content.topic.NewPlatformChange;
import app.skillcurrent.content.topic.PlatformChanges;
import app.skillcurrent.content.topic.Topic;
import app.skillcurrent.content.topic.Topics;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Imports the demo courses through the same authoring and publishing services instructors use, with each
 * revision dated as in its file, and then the demo platform changes.
 */
@Singleton
class DemoCourses {

    private static final String FOLDER = "/demo/courses/";

    private final CourseEditors editors;
    private final CourseDrafts courseDrafts;
    private final LessonDrafts lessonDrafts;
    private final LessonOrder lessonOrder;
    private final Publishing publishing;
    private final Topics topics;
    private final PlatformChanges platformChanges;
    private final JsonMapper json;

    DemoCourses(CourseEditors editors, CourseDrafts courseDrafts, LessonDrafts lessonDrafts, LessonOrder lessonOrder,
                Publishing publishing, Topics topics, PlatformChanges platformChanges, JsonMapper json) {
        this.editors = editors;
        this.courseDrafts = courseDrafts;
        this.lessonDrafts = lessonDrafts;
        this.lessonOrder = lessonOrder;
        this.platformChanges = platformChanges;
        this.publishing = publishing;
        this.topics = topics;
        this.json = json;
    }

    void load(Editor instructor, Editor admin) {
        for (String name : read("/demo/courses/index.txt").lines().map(String::strip).filter(s -> !s.isEmpty()).toList()) {
            importCourse(instructor, parse(FOLDER + name + ".json", Argument.of(DemoFormat.CourseFile.class)));
        }
        for (DemoFormat.Change change : parse("/demo/platform-changes.json", Argument.listOf(DemoFormat.Change.class))) {
            platformChanges.record(admin, NewPlatformChange.of(topicId(change.topic()), LocalDate.parse(change.date()),
                    change.summary(), change.source()));
        }
    }

    private void importCourse(Editor editor, DemoFormat.CourseFile file) {
        DemoFormat.Revision first = file.revisions().get(0);
        courseDrafts.createCourse(editor, new NewCourse(file.slug(), first.title(), file.language()));
        String title = first.title();
        String summary = first.summary();
        Map<String, Long> lessonIds = new HashMap<>();
        for (DemoFormat.Revision revision : file.revisions()) {
            title = revision.title() == null ? title : revision.title();
            summary = revision.summary() == null ? summary : revision.summary();
            Course course = editors.course(editor, file.slug());
            courseDrafts.updateSettings(editor, file.slug(), new CourseSettings(title, file.slug(), summary,
                    Level.valueOf(file.level()), file.language(), topicIds(file.topics()), file.exam().passMark(),
                    file.exam().questionCount(), file.exam().attempts(), 90, 24), course.draftVersion());
            for (DemoFormat.Lesson lesson : revision.lessons()) {
                Long id = lessonIds.get(lesson.key());
                LessonDraft draft = id == null ? lessonDrafts.addLesson(editor, file.slug(), lesson.title())
                        : lessonDrafts.lesson(editor, file.slug(), id);
                lessonIds.put(lesson.key(), draft.id());
                lessonDrafts.saveLesson(editor, file.slug(), draft.id(), content(lesson), draft.draftVersion());
            }
            if (revision.order() != null) {
                lessonOrder.reorder(editor, file.slug(), revision.order().stream().map(lessonIds::get).toList());
            }
            Severity severity = revision.severity() == null ? Severity.MINOR : Severity.valueOf(revision.severity());
            publishing.publishAsOf(editor, file.slug(), severity, revision.changeNote(),
                    LocalDate.parse(revision.publishedOn()).atTime(9, 0).toInstant(ZoneOffset.UTC));
        }
    }

    private LessonContent content(DemoFormat.Lesson lesson) {
        List<LessonTask> tasks = lesson.tasks().stream().map(t -> new LessonTask(TaskKind.valueOf(t.kind()), t.text())).toList();
        List<QuizQuestion> quiz = new ArrayList<>();
        for (DemoFormat.Question q : lesson.quiz()) {
            quiz.add(new QuizQuestion(q.key(), q.prompt(),
                    q.options().stream().map(o -> new QuizOption(o.key(), o.text(), o.correct())).toList(), q.explanation()));
        }
        return new LessonContent(lesson.title(), lesson.body(), lesson.minutes(), tasks, quiz, topicIds(lesson.topics()));
    }

    private Set<Long> topicIds(List<String> slugs) {
        return slugs.stream().map(this::topicId).collect(Collectors.toSet());
    }

    private long topicId(String slug) {
        return topics.bySlug(slug).map(Topic::id).orElseThrow(() -> new IllegalStateException("Demo content names unknown topic " + slug));
    }

    private <T> T parse(String path, Argument<T> type) {
        try {
            return json.readValue(read(path), type);
        } catch (IOException e) {
            throw new UncheckedIOException("Demo file " + path + " is unreadable", e);
        }
    }

    private static String read(String path) {
        try (InputStream in = DemoCourses.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing demo file " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
