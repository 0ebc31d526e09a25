package app.skillcurrent.web.teach;

import app.skillcurrent.content.access.Editor;
import app.skillcurrent.content.authoring.Authoring;
import app.skillcurrent.content.authoring.Course;
import app.skillcurrent.content.authoring.CourseSettings;
import app.skillcurrent.content.authoring.LessonDraft;
import app.skillcurrent.content.authoring.Publishing;
import app.skillcurrent.content.authoring.SettingsConflictException;
import app.skillcurrent.content.freshness.CourseFreshness;
import app.skillcurrent.content.freshness.Freshness;
import app.skillcurrent.content.revision.CourseRevision;
import app.skillcurrent.content.support.FieldRejectedException;
import app.skillcurrent.content.revision.Level;
import app.skillcurrent.content.revision.Revisions;
import app.skillcurrent.content.revision.Severity;
import app.skillcurrent.content.topic.Topic;
import app.skillcurrent.content.topic.Topics;
import app.skillcurrent.web.view.Flash;
import app.skillcurrent.web.view.FormErrors;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The instructor's course list, course settings, lesson order and publishing. */
@Controller(value = "/teach", produces = MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
public class CourseEditorController {

    static final String LIST_VIEW = "teach/courses";
    static final String EDIT_VIEW = "teach/course";

    private final Editors editors;
    private final Authoring authoring;
    private final Publishing publishing;
    private final Revisions revisions;
    private final Freshness freshness;
    private final Topics topics;
    private final FormErrors formErrors;

    CourseEditorController(Editors editors, Authoring authoring, Publishing publishing, Revisions revisions,
                           Freshness freshness, Topics topics, FormErrors formErrors) {
        this.editors = editors;
        this.authoring = authoring;
        this.publishing = publishing;
        this.revisions = revisions;
        this.freshness = freshness;
        this.topics = topics;
        this.formErrors = formErrors;
    }

    @Get
    ModelAndView<Map<String, Object>> courses(HttpRequest<?> request) {
        return new ModelAndView<>(LIST_VIEW, listModel(editors.of(request), Map.of("language", "en")));
    }

    @Post(value = "/courses", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(HttpRequest<?> request, @Body Map<String, String> form) {
        Editor editor = editors.of(request);
        try {
            Course course = authoring.createCourse(editor, form.get("slug"), form.get("title"), form.get("language"));
            return Flash.set(HttpResponse.seeOther(URI.create("/teach/courses/" + course.slug())), "flash.courseCreated");
        } catch (FieldRejectedException invalid) {
            return formErrors.rerender(request, LIST_VIEW, listModel(editor, form), invalid.problems());
        }
    }

    @Get("/courses/{slug}")
    ModelAndView<Map<String, Object>> edit(HttpRequest<?> request, @PathVariable String slug) {
        Editor editor = editors.of(request);
        Course course = authoring.course(editor, slug);
        return new ModelAndView<>(EDIT_VIEW, editModel(course, settingsForm(course, authoring.draftTopics(course))));
    }

    @Post(value = "/courses/{slug}/settings", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> saveSettings(HttpRequest<?> request, @PathVariable String slug, @Body Map<String, String> form) {
        Editor editor = editors.of(request);
        Course course = authoring.course(editor, slug);
        Map<String, String> problems = new HashMap<>();
        CourseSettings settings = readSettings(form, problems);
        if (!problems.isEmpty()) {
            return formErrors.rerender(request, EDIT_VIEW, editModel(course, form), problems);
        }
        try {
            Course saved = authoring.updateSettings(editor, slug, settings, intValue(form.get("draftVersion"), -1));
            return Flash.set(HttpResponse.seeOther(URI.create("/teach/courses/" + saved.slug())), "flash.settingsSaved");
        } catch (FieldRejectedException invalid) {
            return formErrors.rerender(request, EDIT_VIEW, editModel(course, form), invalid.problems());
        } catch (SettingsConflictException conflict) {
            Course current = authoring.course(editor, slug);
            Map<String, Object> model = editModel(current, form);
            model.put("settingsConflict", true);
            return HttpResponse.status(io.micronaut.http.HttpStatus.CONFLICT).body(new ModelAndView<>(EDIT_VIEW, model));
        }
    }

    @Post(value = "/courses/{slug}/lessons", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> addLesson(HttpRequest<?> request, @PathVariable String slug, @Body Map<String, String> form) {
        Editor editor = editors.of(request);
        try {
            LessonDraft lesson = authoring.addLesson(editor, slug, form.get("title"));
            return HttpResponse.seeOther(URI.create("/teach/courses/" + slug + "/lessons/" + lesson.id()));
        } catch (FieldRejectedException invalid) {
            Course course = authoring.course(editor, slug);
            Map<String, Object> model = editModel(course, settingsForm(course, authoring.draftTopics(course)));
            model.put("newLessonTitle", form.getOrDefault("title", ""));
            return formErrors.rerender(request, EDIT_VIEW, model, Map.of("newLessonTitle", invalid.problems().get("title")));
        }
    }

    @Post(value = "/courses/{slug}/lessons/{lessonId}/move", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> move(HttpRequest<?> request, @PathVariable String slug, @PathVariable long lessonId,
                         @Body Map<String, String> form) {
        authoring.moveLesson(editors.of(request), slug, lessonId, "up".equals(form.get("direction")) ? -1 : 1);
        return HttpResponse.seeOther(URI.create("/teach/courses/" + slug + "#lessons"));
    }

    @Get("/courses/{slug}/lessons/{lessonId}/remove")
    ModelAndView<Map<String, Object>> confirmRemove(HttpRequest<?> request, @PathVariable String slug, @PathVariable long lessonId) {
        LessonDraft lesson = authoring.lesson(editors.of(request), slug, lessonId);
        Map<String, Object> model = new HashMap<>();
        model.put("slug", slug);
        model.put("lessonId", lessonId);
        model.put("lessonTitle", lesson.title());
        return new ModelAndView<>("teach/remove-lesson", model);
    }

    @Post(value = "/courses/{slug}/lessons/{lessonId}/remove", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> remove(HttpRequest<?> request, @PathVariable String slug, @PathVariable long lessonId) {
        authoring.removeLesson(editors.of(request), slug, lessonId);
        return Flash.set(HttpResponse.seeOther(URI.create("/teach/courses/" + slug + "#lessons")), "flash.lessonRemoved");
    }

    @Post(value = "/courses/{slug}/publish", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> publish(HttpRequest<?> request, @PathVariable String slug, @Body Map<String, String> form) {
        Editor editor = editors.of(request);
        Severity severity = "MAJOR".equals(form.get("severity")) ? Severity.MAJOR
                : "MINOR".equals(form.get("severity")) ? Severity.MINOR : null;
        try {
            CourseRevision published = publishing.publish(editor, slug, severity, form.get("changeNote"));
            return Flash.set(HttpResponse.seeOther(URI.create("/teach/courses/" + slug + "/history?published=" + published.version())),
                    "flash.published");
        } catch (FieldRejectedException invalid) {
            Course course = authoring.course(editor, slug);
            Map<String, Object> model = editModel(course, settingsForm(course, authoring.draftTopics(course)));
            model.put("changeNote", form.getOrDefault("changeNote", ""));
            model.put("severityChosen", form.getOrDefault("severity", ""));
            Map<String, String> problems = new HashMap<>();
            invalid.problems().forEach((field, key) -> problems.put(field.startsWith("lesson.") ? "lessons" : field, key));
            return formErrors.rerender(request, EDIT_VIEW, model, problems);
        }
    }

    private Map<String, Object> listModel(Editor editor, Map<String, String> form) {
        List<Course> courses = authoring.editableCourses(editor);
        Map<Long, CourseRevision> current = new HashMap<>();
        courses.stream().filter(Course::isPublished).forEach(c -> revisions.courseRevision(c.currentRevisionId()).ifPresent(r -> current.put(c.id(), r)));
        Map<Long, CourseFreshness> fresh = freshness.of(current.values().stream().map(CourseRevision::id).toList());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Course course : courses) {
            Map<String, Object> row = new HashMap<>();
            row.put("slug", course.slug());
            row.put("title", course.title());
            CourseRevision revision = current.get(course.id());
            row.put("version", revision == null ? null : revision.version().toString());
            CourseFreshness f = revision == null ? null : fresh.get(revision.id());
            row.put("needsReview", f != null && f.needsReview());
            row.put("lessonsNeedingReview", f == null ? 0 : f.lessonsNeedingReview());
            rows.add(row);
        }
        Map<String, Object> model = new HashMap<>();
        model.put("courses", rows);
        model.put("form", new HashMap<>(form));
        return model;
    }

    Map<String, Object> editModel(Course course, Map<String, ?> form) {
        Map<String, Object> model = new HashMap<>();
        model.put("course", Map.of("slug", course.slug(), "title", course.title(), "published", course.isPublished(),
                "draftVersion", course.draftVersion()));
        model.put("form", new HashMap<>(form));
        Set<String> chosenTopics = new HashSet<>();
        form.forEach((k, v) -> {
            if (k.startsWith("topic.")) {
                chosenTopics.add(k.substring(6));
            }
        });
        List<Map<String, Object>> topicChoices = new ArrayList<>();
        for (Topic topic : topics.all()) {
            topicChoices.add(Map.of("id", topic.id(), "label", topics.label(topic.id()), "platform", topic.isPlatform(),
                    "checked", chosenTopics.contains(String.valueOf(topic.id()))));
        }
        model.put("topicChoices", topicChoices);
        model.put("levels", List.of(Level.values()).stream().map(Level::name).toList());
        model.put("contentLanguages", List.of("en", "de", "da"));
        List<LessonDraft> lessons = authoring.draftLessons(course);
        Optional<CourseRevision> current = Optional.ofNullable(course.currentRevisionId()).flatMap(revisions::courseRevision);
        Set<Long> publishedLessonIds = new HashSet<>();
        current.ifPresent(r -> r.lessons().forEach(e -> publishedLessonIds.add(e.lessonId())));
        List<Map<String, Object>> lessonRows = new ArrayList<>();
        for (int i = 0; i < lessons.size(); i++) {
            LessonDraft lesson = lessons.get(i);
            lessonRows.add(Map.of("id", lesson.id(), "title", lesson.title(), "number", i + 1, "first", i == 0,
                    "last", i == lessons.size() - 1, "minutes", lesson.minutes(),
                    "isNew", !publishedLessonIds.contains(lesson.id())));
        }
        model.put("lessons", lessonRows);
        current.ifPresent(revision -> {
            model.put("currentVersion", revision.version().toString());
            model.put("nextMinor", revision.version().next(Severity.MINOR).toString());
            model.put("nextMajor", revision.version().next(Severity.MAJOR).toString());
            CourseFreshness f = freshness.of(revision.id());
            if (f != null) {
                model.put("lessonsNeedingReview", f.lessonsNeedingReview());
                model.put("lastChecked", f.lastChecked().toString());
            }
        });
        return model;
    }

    private static Map<String, Object> settingsForm(Course course, Set<Long> topicIds) {
        Map<String, Object> form = new HashMap<>();
        form.put("title", course.title());
        form.put("slug", course.slug());
        form.put("summary", course.summary());
        form.put("level", course.level().name());
        form.put("language", course.language());
        form.put("examPassMark", course.examPassMark());
        form.put("examQuestionCount", course.examQuestionCount());
        form.put("examAttempts", course.examAttempts());
        form.put("renewalWindowDays", course.renewalWindowDays());
        form.put("certificateValidMonths", course.certificateValidMonths() == null ? "" : course.certificateValidMonths());
        form.put("draftVersion", course.draftVersion());
        topicIds.forEach(id -> form.put("topic." + id, "on"));
        return form;
    }

    private static CourseSettings readSettings(Map<String, String> form, Map<String, String> problems) {
        Set<Long> topicIds = new HashSet<>();
        form.forEach((k, v) -> {
            if (k.startsWith("topic.")) {
                long id = longValue(k.substring(6));
                if (id < 0) {
                    problems.put("topics", "error.lesson.unknownTopic");
                } else {
                    topicIds.add(id);
                }
            }
        });
        Level level = null;
        try {
            level = Level.valueOf(form.getOrDefault("level", ""));
        } catch (IllegalArgumentException e) {
            problems.put("level", "error.required");
        }
        String validMonths = form.getOrDefault("certificateValidMonths", "").strip();
        Integer months = validMonths.isEmpty() ? null : number(form, "certificateValidMonths", problems);
        return new CourseSettings(form.get("title"), form.get("slug"), form.getOrDefault("summary", ""), level,
                form.get("language"), topicIds, orZero(number(form, "examPassMark", problems)),
                orZero(number(form, "examQuestionCount", problems)), orZero(number(form, "examAttempts", problems)),
                orZero(number(form, "renewalWindowDays", problems)), months);
    }

    private static Integer number(Map<String, String> form, String field, Map<String, String> problems) {
        try {
            return Integer.parseInt(form.getOrDefault(field, "").strip());
        } catch (NumberFormatException e) {
            problems.put(field, "error.number");
            return null;
        }
    }

    private static int orZero(@Nullable Integer value) {
        return value == null ? 0 : value;
    }

    static int intValue(String text, int fallback) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException | NullPointerException e) {
            return fallback;
        }
    }

    private static long longValue(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
