package app.skillcurrent.content.authoring;

import app.skillcurrent.content.access.Editor;
import app.skillcurrent.content.access.NotAllowedException;
import app.skillcurrent.content.fixture.ContentFixtures;
import app.skillcurrent.content.fixture.ContentPeople;
import app.skillcurrent.content.fixture.ContentServiceTest;
import app.skillcurrent.content.revision.Level;
import app.skillcurrent.content.support.FieldRejectedException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.entry;

/**
 * Who may start and edit a course, and how its draft settings are saved: addresses are unique, topics must
 * exist, and a save based on settings someone has since changed writes nothing.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CourseDraftsTest implements ContentServiceTest {

    @Inject
    ContentPeople people;
    @Inject
    ContentFixtures fixtures;
    @Inject
    CourseDrafts courseDrafts;
    @Inject
    CourseEditors courseEditors;

    private static Map<String, String> problemsOf(ThrowingCallable call) {
        FieldRejectedException refused = catchThrowableOfType(FieldRejectedException.class, call);
        assertThat(refused).as("refused with a message per field").isNotNull();
        return refused.problems();
    }

    private static CourseSettings retitled(Course course, String title, String slug, Set<Long> topics) {
        return new CourseSettings(title, slug, course.summary(), Level.ADVANCED, course.language(), topics,
                course.examPassMark(), course.examQuestionCount(), course.examAttempts(), course.renewalWindowDays(),
                course.certificateValidMonths());
    }

    @Test
    void instructorsAndAdminsStartCoursesAndTheCreatorTeachesIt() {
        Editor instructor = people.instructor();
        String slug = ContentFixtures.unique("started");
        Course course = courseDrafts.createCourse(instructor, new NewCourse(slug, "  Started  ", "de"));

        assertThat(course.title()).isEqualTo("Started");
        assertThat(course.isPublished()).as("a new course is a draft").isFalse();
        assertThat(courseEditors.editableCourses(instructor)).extracting(Course::slug).containsExactly(slug);
        assertThat(courseDrafts.createCourse(people.admin(), new NewCourse(ContentFixtures.unique("by-admin"), "By an admin", "en")))
                .isNotNull();
        assertThatThrownBy(() -> courseDrafts.createCourse(people.learner(), new NewCourse(ContentFixtures.unique("nope"), "No", "en")))
                .isInstanceOf(NotAllowedException.class);
    }

    @Test
    void anAddressAnotherCourseHasIsRefusedOnStartAndOnRename() {
        Editor instructor = people.instructor();
        Course taken = fixtures.course(instructor);
        Course other = fixtures.course(instructor);

        assertThat(problemsOf(() -> courseDrafts.createCourse(instructor, new NewCourse(taken.slug(), "Copy", "en"))))
                .containsExactly(entry("slug", "error.course.slugTaken"));
        assertThat(problemsOf(() -> courseDrafts.updateSettings(instructor, other.slug(),
                retitled(other, "Other", taken.slug(), Set.of()), other.draftVersion())))
                .containsExactly(entry("slug", "error.course.slugTaken"));
        assertThat(courseEditors.course(instructor, other.slug()).title()).as("nothing was saved").isEqualTo(other.title());
    }

    @Test
    void aTopicThatDoesNotExistIsRefused() {
        Editor instructor = people.instructor();
        Course course = fixtures.course(instructor);
        assertThat(problemsOf(() -> courseDrafts.updateSettings(instructor, course.slug(),
                retitled(course, "Renamed", course.slug(), Set.of(-1L)), course.draftVersion())))
                .containsExactly(entry("topics", "error.lesson.unknownTopic"));
    }

    @Test
    void settingsSavedOverANewerSaveWriteNothing() {
        Editor first = people.instructor();
        Course course = fixtures.course(first);
        Editor second = people.admin();
        Course saved = courseDrafts.updateSettings(second, course.slug(),
                retitled(course, "The admin's title", course.slug(), Set.of()), course.draftVersion());
        assertThat(saved.draftVersion()).isGreaterThan(course.draftVersion());

        assertThatThrownBy(() -> courseDrafts.updateSettings(first, course.slug(),
                retitled(course, "The instructor's title", course.slug(), Set.of()), course.draftVersion()))
                .isInstanceOf(SettingsConflictException.class);
        assertThat(courseEditors.course(first, course.slug()).title()).isEqualTo("The admin's title");
    }

    @Test
    void onlyTheCoursesInstructorsAndAdminsMayEditItAndTheyMayAddInstructors() {
        Editor owner = people.instructor();
        Course course = fixtures.course(owner);
        Editor colleague = people.instructor();

        assertThatThrownBy(() -> courseEditors.course(colleague, course.slug())).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> courseEditors.addInstructor(colleague, course.slug(), colleague.accountId()))
                .as("no one adds themselves").isInstanceOf(NotAllowedException.class);

        courseEditors.addInstructor(owner, course.slug(), colleague.accountId());
        assertThat(courseEditors.course(colleague, course.slug()).id()).isEqualTo(course.id());
        assertThat(courseEditors.canEdit(people.admin(), course.id())).isTrue();
        assertThat(courseEditors.canEdit(people.instructor(), course.id())).isFalse();
    }
}
