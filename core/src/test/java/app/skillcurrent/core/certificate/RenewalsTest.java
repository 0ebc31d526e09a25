package app.skillcurrent.core.certificate;

import app.skillcurrent.content.access.NotFoundException;
import app.skillcurrent.content.fixture.ContentFixtures;
import app.skillcurrent.content.fixture.ContentFixtures.Published;
import app.skillcurrent.content.revision.LessonRevision;
import app.skillcurrent.content.revision.QuizAnswers;
import app.skillcurrent.content.revision.QuizQuestion;
import app.skillcurrent.content.revision.Severity;
import app.skillcurrent.content.revision.Version;
import app.skillcurrent.core.account.Account;
import app.skillcurrent.core.enrolment.Enrolments;
import app.skillcurrent.core.enrolment.LearnerCourse;
import app.skillcurrent.core.fixture.CoreFixtures;
import app.skillcurrent.core.fixture.CoreServiceTest;
import app.skillcurrent.core.progress.Progress;
import app.skillcurrent.testing.TestClock;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Renewing a certificate after a major version: only the added and changed lessons are asked about, a failed
 * delta quiz renews nothing and waits for the cooldown, a passed one issues the current version with the
 * original award date and moves the learner onto it; a minor version or a closed window gives nothing to renew.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RenewalsTest implements CoreServiceTest {

    @Inject
    CoreFixtures fixtures;
    @Inject
    ContentFixtures courses;
    @Inject
    Certificates certificates;
    @Inject
    Renewals renewals;
    @Inject
    Enrolments enrolments;
    @Inject
    Progress progress;
    @Inject
    TestClock clock;

    @Override
    public Map<String, String> extraProperties() {
        return TestClock.ENABLED;
    }

    /** A graduate of a new two-lesson course, whose renewal window is 90 days. */
    private record Holder(Published course, Account learner, CertificateView certificate) {
    }

    private Holder holder(String name) {
        Published course = fixtures.course("Renewal rules " + name, null, 90);
        Account learner = fixtures.graduate(name, course);
        return new Holder(course, learner, certificates.ofHolder(learner.id()).get(0));
    }

    private Optional<CertificateView> sitDeltaQuiz(Holder holder, boolean right) {
        RenewalAttempt attempt = renewals.start(holder.learner().id(), holder.certificate().publicId());
        List<QuizQuestion> questions = renewals.questions(attempt);
        Map<Integer, Set<String>> answers = new HashMap<>();
        for (int i = 0; i < questions.size(); i++) {
            answers.put(i, right ? CoreFixtures.correct(questions.get(i)) : CoreFixtures.wrong(questions.get(i)));
        }
        return renewals.submit(holder.learner().id(), holder.certificate().publicId(), attempt.id(), new QuizAnswers(answers));
    }

    private static String refusal(ThrowingCallable call) {
        CertificateStateException refused = catchThrowableOfType(CertificateStateException.class, call);
        assertThat(refused).as("refused with a reason").isNotNull();
        return refused.messageKey();
    }

    @Test
    void aPassedDeltaQuizOnTheChangedLessonRenewsToTheCurrentVersion() {
        Holder holder = holder("Renewer");
        long learner = holder.learner().id();
        courses.revise(holder.course(), Severity.MAJOR, "Hooks now open with a question.");

        RenewalPlan plan = renewals.plan(learner, holder.certificate().publicId());
        assertThat(plan.target().version()).isEqualTo(new Version(2, 0));
        assertThat(plan.lessons()).extracting(LessonRevision::lessonId).as("only the changed lesson")
                .containsExactly(holder.course().lessonIds().get(0));
        assertThat(plan.questionCount()).isEqualTo(1);

        clock.advance(Duration.ofDays(3));
        CertificateView renewed = sitDeltaQuiz(holder, true).orElseThrow();
        assertThat(renewed.certificate().major()).isEqualTo(2);
        assertThat(renewed.certificate().awardedAt()).as("the original award date is kept")
                .isEqualTo(holder.certificate().certificate().awardedAt());
        assertThat(renewed.certificate().issuedAt()).isEqualTo(clock.instant());
        assertThat(renewed.renewedFrom()).isEqualTo(holder.certificate().publicId());
        assertThat(renewed.status()).isEqualTo(CertificateStatus.ACTIVE);

        LearnerCourse followed = enrolments.open(learner, holder.course().slug());
        assertThat(followed.pinned().version()).as("the learner now follows the renewed version").isEqualTo(new Version(2, 0));
        assertThat(progress.allComplete(learner, followed)).as("the read lesson counts as complete").isTrue();
        assertThat(refusal(() -> renewals.plan(learner, holder.certificate().publicId())))
                .as("renewed once").isEqualTo("error.renewal.notAvailable");
        assertThat(certificates.ofHolder(learner)).hasSize(2);
    }

    @Test
    void aFailedDeltaQuizRenewsNothingAndTheNextTryWaitsForTheCooldown() {
        Holder holder = holder("Hasty");
        long learner = holder.learner().id();
        courses.revise(holder.course(), Severity.MAJOR, "Captions are now generated.");

        assertThat(sitDeltaQuiz(holder, false)).isEmpty();
        assertThat(certificates.ofHolder(learner)).hasSize(1);
        assertThat(refusal(() -> renewals.start(learner, holder.certificate().publicId()))).isEqualTo("error.renewal.cooldown");

        clock.advance(Duration.ofMinutes(10));
        assertThat(sitDeltaQuiz(holder, true)).isPresent();
    }

    @Test
    void aMinorVersionGivesNothingToRenew() {
        Holder holder = holder("Calm");
        courses.revise(holder.course(), Severity.MINOR, "A clearer sentence.");
        assertThat(refusal(() -> renewals.plan(holder.learner().id(), holder.certificate().publicId())))
                .isEqualTo("error.renewal.noMajorVersion");
    }

    @Test
    void noRenewalOnceTheWindowHasClosedNorOfSomeoneElsesCertificate() {
        Holder holder = holder("Late");
        courses.revise(holder.course(), Severity.MAJOR, "Everything moved.");
        Account stranger = fixtures.learner("Stranger");
        assertThatThrownBy(() -> renewals.plan(stranger.id(), holder.certificate().publicId()))
                .isInstanceOf(NotFoundException.class);

        clock.advance(Duration.ofDays(91));
        assertThat(refusal(() -> renewals.plan(holder.learner().id(), holder.certificate().publicId())))
                .isEqualTo("error.renewal.notAvailable");
    }
}
