package app.skillcurrent.web.cluster;

import app.skillcurrent.content.access.Editor;
import app.skillcurrent.content.authoring.Course;
import app.skillcurrent.content.authoring.LessonDraft;
import app.skillcurrent.content.authoring.Publishing;
import app.skillcurrent.core.account.Account;
import app.skillcurrent.core.enrolment.Enrolments;
import app.skillcurrent.core.enrolment.LearnerCourse;
import app.skillcurrent.core.learningtime.LearningTime;
import app.skillcurrent.content.fixture.ContentFixtures;
import app.skillcurrent.core.fixture.CoreFixtures;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One learner's clicks and heartbeats arriving at the same moment at two servers on two database nodes: each
 * write certifies against the other node's, and the losers start again instead of failing.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LearningAcrossNodesTest implements ClusterTest {

    @Inject
    CoreFixtures fixtures;
    @Inject
    ContentFixtures courses;
    @Inject
    Publishing publishing;
    @Inject
    Enrolments enrolments;
    @Inject
    LearningTime learningTime;

    private EmbeddedServer onNodeTwo;
    private Course course;
    private long lessonId;

    @BeforeAll
    void aCourseAndAServerOnNodeTwo() {
        onNodeTwo = serverOn(2);
        Editor editor = fixtures.admin();
        course = courses.course(editor);
        LessonDraft lesson = courses.lesson(editor, course, ContentFixtures.content("Carousels", "Ten slides"));
        lessonId = lesson.id();
        publishing.publish(editor, course.slug(), null, "First version");
    }

    @AfterAll
    void stopIt() {
        onNodeTwo.close();
    }

    @Test
    void enrollingThroughTwoNodesAtOnceEnrolsOnce() throws Exception {
        Account learner = fixtures.account("learner");
        Enrolments there = onNodeTwo.getApplicationContext().getBean(Enrolments.class);

        List<Long> outcomes = Race.of(20, i -> (i % 2 == 0 ? enrolments : there).enrol(learner.id(), course.slug()).id());

        assertThat(outcomes).as("every click answered with the same enrolment").containsOnly(outcomes.get(0));
        assertThat(enrolments.ofLearner(learner.id())).hasSize(1);
    }

    @Test
    void heartbeatsOfSixtyLearnersInTwoTabsOnTwoNodesAreAllAnswered() throws Exception {
        Enrolments thereEnrolments = onNodeTwo.getApplicationContext().getBean(Enrolments.class);
        LearningTime thereTime = onNodeTwo.getApplicationContext().getBean(LearningTime.class);
        List<Account> learners = new ArrayList<>();
        List<LearnerCourse> here = new ArrayList<>();
        List<LearnerCourse> there = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            Account learner = fixtures.account("learner");
            enrolments.enrol(learner.id(), course.slug());
            learners.add(learner);
            here.add(enrolments.open(learner.id(), course.slug()));
            there.add(thereEnrolments.open(learner.id(), course.slug()));
        }

        // each learner's two tabs beat at the same moment, one through each server
        List<Integer> outcomes = Race.of(120, i -> i % 2 == 0
                ? learningTime.heartbeat(learners.get(i / 2).id(), here.get(i / 2), lessonId)
                : thereTime.heartbeat(learners.get(i / 2).id(), there.get(i / 2), lessonId));

        assertThat(outcomes).as("every beat answered with the seconds credited, none failed").hasSize(120)
                .doesNotContainNull();
    }
}
