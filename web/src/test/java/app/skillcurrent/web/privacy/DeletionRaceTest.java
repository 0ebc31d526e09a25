package app.skillcurrent.web.privacy;

import app.skillcurrent.core.fixture.CoreFixtures;
import app.skillcurrent.content.authoring.Course;
import app.skillcurrent.content.revision.QuizOption;
import app.skillcurrent.content.revision.QuizQuestion;
import app.skillcurrent.core.account.Account;
import app.skillcurrent.core.enrolment.Enrolments;
import app.skillcurrent.core.enrolment.LearnerCourse;
import app.skillcurrent.core.exam.ExamAttempt;
import app.skillcurrent.core.exam.Exams;
import app.skillcurrent.testing.DatabaseTest;
import app.skillcurrent.testing.Sql;
import app.skillcurrent.testing.WebSession;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import javax.sql.DataSource;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A deletion while the person's other tabs are still at work: heartbeats, a reflection being saved and the
 * exam being submitted at the same moment, over real parallel HTTP requests. None of them fails, and what
 * they wrote about the person by name is erased with the rest or never written.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeletionRaceTest implements DatabaseTest {

    private static final int ROUNDS = 4;

    @Inject
    EmbeddedServer server;
    @Inject
    People people;
    @Inject
    Enrolments enrolments;
    @Inject
    Exams exams;
    @Inject
    DataSource dataSource;

    private long count(String sql, Object... parameters) {
        return Sql.single(dataSource, sql, parameters);
    }

    @Test
    void requestsAtTheMomentOfDeletionNeverFailAndLeaveNothingNamed() throws Exception {
        Course course = people.reflectionCourse();
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                Account learner = people.learner("Racer " + round);
                people.study(learner, course, "First thoughts");
                LearnerCourse followed = enrolments.open(learner.id(), course.slug());
                long lessonId = followed.lessons().get(0).lessonId();
                ExamAttempt attempt = exams.start(learner.id(), followed);
                QuizQuestion question = exams.questions(followed, attempt).get(0);
                String right = question.options().stream().filter(QuizOption::correct).findFirst().orElseThrow().key();
                WebSession session = People.signedIn(server.getURI(), learner);
                String lesson = "/learn/" + course.slug() + "/" + lessonId;
                session.get(lesson);

                CountDownLatch go = new CountDownLatch(1);
                List<Callable<HttpResponse<String>>> requests = new ArrayList<>();
                requests.add(() -> session.post("/profile/delete", Map.of("password", CoreFixtures.PASSWORD)));
                requests.add(() -> session.post("/learn/" + course.slug() + "/exam/" + attempt.id(), Map.of("q0", right)));
                for (int i = 0; i < 4; i++) {
                    requests.add(() -> session.post(lesson + "/heartbeat", Map.of()));
                    String text = "Written during the deletion, " + i;
                    requests.add(() -> session.post(lesson + "/tasks/0", Map.of("reflection", text)));
                }
                List<Future<HttpResponse<String>>> answers = new ArrayList<>();
                for (Callable<HttpResponse<String>> request : requests) {
                    answers.add(pool.submit(() -> {
                        go.await();
                        return request.call();
                    }));
                }
                go.countDown();
                for (Future<HttpResponse<String>> answer : answers) {
                    HttpResponse<String> response = answer.get(60, TimeUnit.SECONDS);
                    assertThat(response.statusCode()).as("round %d: %s %s", round, response.request().uri().getPath(), response.body())
                            .isLessThan(500);
                }
                assertThat(answers.get(0).get().statusCode()).as("the deletion").isEqualTo(303);

                assertThat(count("SELECT COUNT(*) FROM users WHERE id = ? AND erased_at IS NOT NULL AND display_name = ''", learner.id()))
                        .as("round %d: erased", round).isOne();
                assertThat(count("SELECT COUNT(*) FROM task_progress WHERE user_id = ? AND reflection IS NOT NULL", learner.id()))
                        .as("round %d: no reflection left or written after", round).isZero();
                assertThat(count("SELECT COUNT(*) FROM certificates WHERE user_id = ? AND (state <> 'REVOKED' OR holder_name <> '')", learner.id()))
                        .as("round %d: no certificate with the name, none issued after", round).isZero();
                assertThat(count("SELECT COUNT(*) FROM account_consents WHERE user_id = ?", learner.id())).isZero();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
