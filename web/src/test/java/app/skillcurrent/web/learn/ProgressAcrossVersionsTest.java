package app.skillcurrent.web.learn;

import app.skillcurrent.content.access.Editor;
import app.skillcurrent.content.authoring.Course;
import app.skillcurrent.content.authoring.LessonDraft;
import app.skillcurrent.content.authoring.Publishing;
import app.skillcurrent.content.fixture.ContentFixtures;
import app.skillcurrent.content.revision.Severity;
import app.skillcurrent.core.account.Account;
import app.skillcurrent.core.dashboard.LearnerDashboard;
import app.skillcurrent.core.enrolment.Enrolments;
import app.skillcurrent.core.enrolment.LearnerCourse;
import app.skillcurrent.core.fixture.CoreFixtures;
import app.skillcurrent.core.progress.LessonInCourse;
import app.skillcurrent.core.progress.LessonState;
import app.skillcurrent.core.progress.LessonWork;
import app.skillcurrent.core.progress.Progress;
import app.skillcurrent.testing.DatabaseTest;
import app.skillcurrent.web.support.Accounts;
import app.skillcurrent.testing.WebSession;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Progress is kept per lesson, so it survives new versions: unchanged lessons stay done, changed ones are "updated". */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProgressAcrossVersionsTest implements DatabaseTest {

    @Inject
    CoreFixtures fixtures;
    @Inject
    ContentFixtures courses;
    @Inject
    EmbeddedServer server;
    @Inject
    Publishing publishing;
    @Inject
    Enrolments enrolments;
    @Inject
    Progress progress;
    @Inject
    LearnerDashboard dashboard;

    @Test
    void aMinorVersionMovesLearnersOnAndMarksOnlyChangedLessonsUpdated() {
        Editor instructor = fixtures.instructor();
        Course course = courses.course(instructor);
        LessonDraft kept = courses.lesson(instructor, course, ContentFixtures.content("Kept", "Stays the same."));
        LessonDraft changed = courses.lesson(instructor, course, ContentFixtures.content("Changed", "First wording."));
        publishing.publish(instructor, course.slug(), null, "First edition.");
        long learner = fixtures.account("minor").id();
        enrolments.enrol(learner, course.slug());
        fixtures.completeLessons(learner, course.slug());

        courses.save(instructor, course, changed.id(), ContentFixtures.content("Changed", "Second, clearer wording."));
        publishing.publish(instructor, course.slug(), Severity.MINOR, "Clearer wording.");

        LearnerCourse now = enrolments.open(learner, course.slug());
        assertThat(now.pinned().version()).as("moved forward automatically").hasToString("1.1");
        assertThat(now.updateAvailable()).isFalse();
        Map<Long, LessonState> states = progress.states(learner, now);
        assertThat(states).containsEntry(kept.id(), LessonState.COMPLETE).containsEntry(changed.id(), LessonState.UPDATED);

        LessonInCourse onChanged = progress.lessonInCourse(learner, now, changed.id());
        assertThat(onChanged.states()).as("the lesson page reads the same states in its one query").isEqualTo(states);
        assertThat(onChanged.allComplete()).isFalse();
        assertThat(onChanged.work().state()).isEqualTo(LessonState.UPDATED);
        assertThat(onChanged.work().tasks()).as("a task ticked for the old wording is not carried over").isEmpty();
        assertThat(onChanged.work().answers()).as("nor is an answer").isEmpty();
        LessonWork onKept = progress.lessonInCourse(learner, now, kept.id()).work();
        assertThat(onKept.state()).isEqualTo(LessonState.COMPLETE);
        assertThat(onKept.tasks().get(0).done()).isTrue();
        assertThat(onKept.answers().get("q1").chosen()).containsExactly("a");
        assertThat(onKept.answers().get("q1").correct()).isTrue();
    }

    @Test
    void aMajorVersionWaitsForTheLearnerAndShowsWhatChanged() {
        Editor instructor = fixtures.instructor();
        Course course = courses.course(instructor);
        LessonDraft lesson = courses.lesson(instructor, course, ContentFixtures.content("Rules", "Old rule."));
        publishing.publish(instructor, course.slug(), null, "First edition.");
        Account account = fixtures.account("major");
        long learner = account.id();
        enrolments.enrol(learner, course.slug());
        fixtures.completeLessons(learner, course.slug());
        WebSession session = new WebSession(server.getURI());
        Accounts.signIn(session, account.email(), CoreFixtures.PASSWORD);
        String update = "/learn/" + course.slug() + "/update";
        assertThat(page(session.get(update)).select(".empty-state").text()).isEqualTo("You follow the current version (1.0).");

        courses.save(instructor, course, lesson.id(), ContentFixtures.content("Rules", "The platform changed the rule."));
        publishing.publish(instructor, course.slug(), Severity.MAJOR, "The rule changed.");

        LearnerCourse pinned = enrolments.open(learner, course.slug());
        assertThat(pinned.pinned().version()).as("still on the version they learned").hasToString("1.0");
        assertThat(pinned.updateAvailable()).isTrue();
        assertThat(progress.states(learner, pinned)).containsEntry(lesson.id(), LessonState.COMPLETE);
        LearnerDashboard.CourseProgress onDashboard = dashboard.of(learner).inProgress().get(0);
        assertThat(onDashboard.slug()).isEqualTo(course.slug());
        assertThat(onDashboard.version()).isEqualTo("1.0");
        assertThat(onDashboard.currentVersion()).isEqualTo("2.0");
        assertThat(onDashboard.updateAvailable()).isTrue();
        assertThat(onDashboard.complete()).as("done in the version they follow").isEqualTo(1);
        assertThat(onDashboard.examPassed()).isFalse();
        Document dashboardPage = page(session.get("/dashboard"));
        assertThat(dashboardPage.select("section[aria-labelledby=progress-heading] a.badge-warn"))
                .extracting(Element::text, e -> e.attr("href"))
                .containsExactly(tuple("Version 2.0 is available: see what changed", update));
        assertThat(page(session.get("/learn/" + course.slug() + "/" + lesson.id())).select(".notice[role=status]").text())
                .isEqualTo("This course was updated to version 2.0; you are on 1.0. See what changed");

        Document whatChanged = page(session.get(update));
        assertThat(whatChanged.select("h1").text()).isEqualTo("What changed in this course");
        assertThat(whatChanged.select(".changelog > p").first().text()).isEqualTo("The rule changed.");
        assertThat(whatChanged.select(".changelog > ul > li")).extracting(Element::ownText).containsExactly("Rules");
        assertThat(whatChanged.select("section.panel > h2")).extracting(Element::text).as("a diff per changed lesson")
                .containsExactly("Rules");
        assertThat(whatChanged.select("section.panel pre.diff ins").text()).contains("platform changed");
        assertThat(whatChanged.select("form[action=" + update + "] button").text()).isEqualTo("Move to version 2.0");

        HttpResponse<String> moving = session.post(update, Map.of());
        assertThat(moving.statusCode()).isEqualTo(303);
        assertThat(moving.headers().firstValue("Location")).hasValue("/learn/" + course.slug());
        LearnerCourse moved = enrolments.open(learner, course.slug());
        assertThat(moved.pinned().version()).hasToString("2.0");
        assertThat(progress.states(learner, moved)).as("must be revisited").containsEntry(lesson.id(), LessonState.UPDATED);
        LearnerDashboard.CourseProgress afterMoving = dashboard.of(learner).inProgress().get(0);
        assertThat(afterMoving.version()).isEqualTo("2.0");
        assertThat(afterMoving.updateAvailable()).isFalse();
        assertThat(afterMoving.complete()).isZero();
        assertThat(afterMoving.updated()).isEqualTo(1);
        Document lessonPage = page(session.get("/learn/" + course.slug() + "/" + lesson.id()));
        assertThat(lessonPage.select(".flash").text()).isEqualTo("You now follow the current version of the course.");
        assertThat(lessonPage.select(".lesson > .notice").text())
                .isEqualTo("This lesson changed since you completed it. Go through it again and mark it complete.");
        assertThat(lessonPage.select(".outline-nav li.state-UPDATED .badge").text()).isEqualTo("updated");
        assertThat(page(session.get("/dashboard")).select("section[aria-labelledby=progress-heading] p.meta").text())
                .isEqualTo("0 of 1 lessons complete · 1 lesson updated");
    }

    @Test
    void aNewLearnerIsPinnedToTheVersionCurrentWhenTheyEnrol() {
        Editor instructor = fixtures.instructor();
        Course course = courses.course(instructor);
        LessonDraft lesson = courses.lesson(instructor, course, ContentFixtures.content("One", "Text."));
        publishing.publish(instructor, course.slug(), null, "First edition.");
        courses.save(instructor, course, lesson.id(), ContentFixtures.content("One", "Text, improved."));
        publishing.publish(instructor, course.slug(), Severity.MAJOR, "Rewritten.");
        long learner = fixtures.account("late").id();
        enrolments.enrol(learner, course.slug());
        assertThat(enrolments.open(learner, course.slug()).pinned().version()).hasToString("2.0");
    }

    private static Document page(HttpResponse<String> response) {
        return Jsoup.parse(response.body());
    }

}
