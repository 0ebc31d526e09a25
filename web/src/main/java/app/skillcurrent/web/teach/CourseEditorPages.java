package app.skillcurrent.web.teach;

import app.skillcurrent.content.authoring.Course;
import app.skillcurrent.content.authoring.CourseDrafts;
import app.skillcurrent.content.authoring.LessonDraft;
import app.skillcurrent.content.authoring.LessonDrafts;
import app.skillcurrent.content.freshness.CourseFreshness;
import app.skillcurrent.content.freshness.Freshness;
import app.skillcurrent.content.revision.CourseRevision;
import app.skillcurrent.content.revision.Level;
import app.skillcurrent.content.revision.Revisions;
import app.skillcurrent.content.revision.Severity;
import app.skillcurrent.content.topic.Topics;
import app.skillcurrent.web.view.FieldErrors;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Builds the course page, as loaded or with one of its forms sent back. */
@Singleton
class CourseEditorPages {

    private static final List<String> LEVELS = Arrays.stream(Level.values()).map(Level::name).toList();

    private final CourseDrafts courseDrafts;
    private final LessonDrafts lessonDrafts;
    private final Revisions revisions;
    private final Freshness freshness;
    private final Topics topics;

    CourseEditorPages(CourseDrafts courseDrafts, LessonDrafts lessonDrafts, Revisions revisions, Freshness freshness,
                      Topics topics) {
        this.courseDrafts = courseDrafts;
        this.lessonDrafts = lessonDrafts;
        this.revisions = revisions;
        this.freshness = freshness;
        this.topics = topics;
    }

    CourseEditorPage show(Course course) {
        return page(course, savedSettings(course), "", PublishForm.EMPTY, false, FieldErrors.NONE);
    }

    CourseEditorPage withSettings(Course course, CourseSettingsForm form, FieldErrors errors) {
        return page(course, form, "", PublishForm.EMPTY, false, errors);
    }

    /** The course as it is now, beside the settings this editor sent, to check and save again. */
    CourseEditorPage settingsConflict(Course current, CourseSettingsForm form) {
        return page(current, form, "", PublishForm.EMPTY, true, FieldErrors.NONE);
    }

    CourseEditorPage withNewLesson(Course course, NewLessonForm form, FieldErrors errors) {
        return page(course, savedSettings(course), form.newLessonTitle() == null ? "" : form.newLessonTitle(),
                PublishForm.EMPTY, false, errors);
    }

    CourseEditorPage withPublish(Course course, PublishForm form, FieldErrors errors) {
        return page(course, savedSettings(course), "", form, false, errors);
    }

    private CourseSettingsForm savedSettings(Course course) {
        return CourseSettingsForm.of(course, courseDrafts.draftTopics(course));
    }

    private CourseEditorPage page(Course course, CourseSettingsForm form, String newLessonTitle, PublishForm publish,
                                  boolean settingsConflict, FieldErrors errors) {
        Optional<CourseRevision> current = Optional.ofNullable(course.currentRevisionId()).flatMap(revisions::courseRevision);
        return new CourseEditorPage(new CourseEditorPage.Header(course.slug(), course.title(), course.draftVersion()),
                current.map(this::published).orElse(null), lessons(course, current), newLessonTitle, publish, form,
                TopicChoice.all(topics, form.topicIds()), LEVELS, Course.LANGUAGES, settingsConflict, errors);
    }

    private CourseEditorPage.Published published(CourseRevision revision) {
        CourseFreshness fresh = freshness.of(revision.id());
        return new CourseEditorPage.Published(revision.version().toString(), revision.version().next(Severity.MINOR).toString(),
                revision.version().next(Severity.MAJOR).toString(), fresh == null ? 0 : fresh.lessonsNeedingReview());
    }

    private List<CourseEditorPage.LessonRow> lessons(Course course, Optional<CourseRevision> current) {
        Set<Long> published = current.map(r -> r.lessons().stream().map(CourseRevision.Entry::lessonId).collect(Collectors.toSet()))
                .orElse(Set.of());
        List<LessonDraft> drafts = lessonDrafts.draftLessons(course);
        List<CourseEditorPage.LessonRow> rows = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            LessonDraft lesson = drafts.get(i);
            rows.add(new CourseEditorPage.LessonRow(lesson.id(), lesson.title(), lesson.minutes(), i == 0,
                    i == drafts.size() - 1, !published.contains(lesson.id())));
        }
        return rows;
    }
}
