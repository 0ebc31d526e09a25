package app.skillcurrent.content.authoring;

import app.skillcurrent.content.access.Editor;
import app.skillcurrent.content.access.NotAllowedException;
import app.skillcurrent.content.revision.Level;
import app.skillcurrent.content.support.FieldProblems;
import app.skillcurrent.content.support.FieldRejectedException;
import app.skillcurrent.content.topic.Topics;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import jakarta.validation.Valid;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;

/**
 * A course's draft settings: starting a course, and saving its title, address, summary, topics, exam and
 * certificate settings. Drafts are never shown to learners (they read published revisions only).
 */
@Singleton
public class CourseDrafts {

    private final Repositories.Courses courses;
    private final CourseEditors editors;
    private final Topics topics;
    private final Clock clock;

    CourseDrafts(Repositories.Courses courses, CourseEditors editors, Topics topics, Clock clock) {
        this.courses = courses;
        this.editors = editors;
        this.topics = topics;
        this.clock = clock;
    }

    /**
     * Creates an unpublished course whose first instructor is its creator.
     *
     * @throws FieldRejectedException when another course has the address ({@code slug})
     */
    @Transactional
    public Course createCourse(Editor editor, @Valid NewCourse course) {
        if (!editor.instructor() && !editor.admin()) {
            throw new NotAllowedException();
        }
        if (courses.existsBySlug(course.slug())) {
            throw new FieldRejectedException("slug", "error.course.slugTaken");
        }
        Instant now = Instants.now(clock);
        Course created = courses.save(new Course(null, course.slug(), course.title().strip(), "", Level.BEGINNER,
                course.language(), 80, 10, 3, 90, null, 0, null, editor.accountId(), now, now));
        courses.addInstructor(created.id(), editor.accountId());
        return created;
    }

    /** The topics the draft is about. */
    public Set<Long> draftTopics(Course course) {
        return Set.copyOf(courses.topicIds(course.id()));
    }

    /**
     * Saves the course settings.
     *
     * @throws FieldRejectedException    when another course has the new address ({@code slug}) or a topic is
     *                                   unknown ({@code topics})
     * @throws SettingsConflictException when someone saved them since {@code expectedVersion}; nothing is written
     */
    @Transactional
    public Course updateSettings(Editor editor, String slug, @Valid CourseSettings settings, int expectedVersion) {
        Course course = editors.course(editor, slug);
        FieldProblems problems = new FieldProblems();
        if (!settings.slug().equals(course.slug()) && courses.existsBySlug(settings.slug())) {
            problems.add("slug", "error.course.slugTaken");
        }
        if (!topics.ids().containsAll(settings.topicIds())) {
            problems.add("topics", "error.lesson.unknownTopic");
        }
        problems.throwIfAny();
        int updated = courses.updateSettings(course.id(), settings.slug(), settings.title().strip(),
                settings.summary().strip(), settings.level().name(), settings.language(), settings.examPassMark(),
                settings.examQuestionCount(), settings.examAttempts(), settings.renewalWindowDays(),
                settings.certificateValidMonths(), Instants.now(clock), expectedVersion);
        if (updated == 0) {
            throw new SettingsConflictException();
        }
        courses.clearTopics(course.id());
        settings.topicIds().forEach(topicId -> courses.addTopic(course.id(), topicId));
        return courses.findById(course.id()).orElseThrow();
    }
}
