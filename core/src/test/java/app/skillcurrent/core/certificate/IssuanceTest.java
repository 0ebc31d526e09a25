package app.skillcurrent.core.certificate;

import app.skillcurrent.content.fixture.ContentFixtures.Published;
import app.skillcurrent.core.account.Account;
import app.skillcurrent.core.account.AccountService;
import app.skillcurrent.core.account.ProfileUpdate;
import app.skillcurrent.core.enrolment.Enrolments;
import app.skillcurrent.core.fixture.CoreFixtures;
import app.skillcurrent.core.fixture.CoreServiceTest;
import app.skillcurrent.core.progress.Progress;
import app.skillcurrent.core.support.PublicIds;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** A certificate is issued once, when every lesson is complete and the exam is passed, and never twice. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IssuanceTest implements CoreServiceTest {

    @Inject
    AccountService accounts;
    @Inject
    Enrolments enrolments;
    @Inject
    Progress progress;
    @Inject
    Certificates certificates;
    @Inject
    DataSource dataSource;
    @Inject
    CoreFixtures fixtures;

    private Published course;

    @BeforeAll
    void course() {
        course = fixtures.course("Short-form video basics", null, 90);
    }

    @Test
    void passingTheFinalExamIssuesTheCertificateWithWhatWasTrueThatDay() {
        Account learner = fixtures.learner("Ingrid Østergaard");
        fixtures.completeLessons(learner.id(), course.slug());
        assertThat(certificates.ofHolder(learner.id())).as("lessons alone earn nothing").isEmpty();

        fixtures.passExam(learner.id(), course.slug());

        List<CertificateView> held = certificates.ofHolder(learner.id());
        assertThat(held).hasSize(1);
        CertificateView certificate = held.get(0);
        assertThat(PublicIds.looksValid(certificate.publicId())).as("a well-formed public id").isTrue();
        assertThat(certificate.certificate().holderName()).isEqualTo("Ingrid Østergaard");
        assertThat(certificate.certificate().courseTitle()).isEqualTo("Short-form video basics");
        assertThat(certificate.certificate().courseId()).isEqualTo(course.course().id());
        assertThat(certificate.certificate().version()).hasToString("1.0");
        assertThat(certificate.certificate().issuedAt()).isEqualTo(certificate.certificate().awardedAt());
        assertThat(certificate.certificate().validUntil()).as("the course sets no validity").isNull();
        assertThat(certificate.status()).isEqualTo(CertificateStatus.ACTIVE);
        assertThat(certificates.history(certificate)).extracting(CertificateEvent::action).containsExactly("ISSUE");

        accounts.updateProfile(learner.id(), new ProfileUpdate("Ingrid Ø. Berg", "en"));
        assertThat(certificates.find(certificate.publicId()).orElseThrow().certificate().holderName())
                .as("the name is the one the learner had when the certificate was issued").isEqualTo("Ingrid Østergaard");
        assertThat(certificates.issueIfEligible(learner.id(), course.slug()).orElseThrow().publicId())
                .as("asking again returns the same certificate").isEqualTo(certificate.publicId());
        assertThat(certificates.ofHolder(learner.id())).hasSize(1);
    }

    @Test
    void learnersWhoHaveNotFinishedGetNothing() {
        Account enrolledOnly = fixtures.learner("Enrolled Only");
        enrollOnly(enrolledOnly);
        assertThat(certificates.issueIfEligible(enrolledOnly.id(), course.slug())).isEmpty();
        Account stranger = fixtures.learner("Not Enrolled");
        assertThat(certificates.issueIfEligible(stranger.id(), course.slug())).isEmpty();
        assertThat(certificates.issueIfEligible(stranger.id(), "no-such-course")).isEmpty();
        Account lessonsOnly = fixtures.learner("Lessons Only");
        fixtures.completeLessons(lessonsOnly.id(), course.slug());
        assertThat(certificates.issueIfEligible(lessonsOnly.id(), course.slug())).isEmpty();
    }

    @Test
    void aCourseWithAValidityGivesCertificatesAValidUntilDate() {
        Published yearly = fixtures.course("Paid social compliance", 12, 60);
        Account learner = fixtures.graduate("Jonas", yearly);
        CertificateView certificate = certificates.ofHolder(learner.id()).get(0);
        Instant issued = certificate.certificate().issuedAt();
        assertThat(certificate.certificate().validUntil()).isEqualTo(issued.atOffset(ZoneOffset.UTC).plusMonths(12).toInstant());
        assertThat(certificate.status()).isEqualTo(CertificateStatus.ACTIVE);
    }

    /**
     * Learners who passed before certificates existed have a passed attempt and no certificate; a hundred
     * requests for it at once (a double click, many tabs, a retrying client) must still make exactly one.
     */
    @Test
    void aHundredSimultaneousRequestsIssueExactlyOneCertificate() throws Exception {
        Account learner = fixtures.learner("Race Winner");
        fixtures.completeLessons(learner.id(), course.slug());
        recordPassedAttemptWithoutEvent(learner.id());
        assertThat(certificates.ofHolder(learner.id())).isEmpty();

        int threads = 100;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Optional<CertificateView>>> results = new ArrayList<>();
        try {
            for (int i = 0; i < threads; i++) {
                Callable<Optional<CertificateView>> request = () -> {
                    start.await();
                    return certificates.issueIfEligible(learner.id(), course.slug());
                };
                results.add(pool.submit(request));
            }
            start.countDown();
            List<String> ids = new ArrayList<>();
            for (Future<Optional<CertificateView>> result : results) {
                ids.add(result.get(60, TimeUnit.SECONDS).orElseThrow().publicId());
            }
            assertThat(ids).as("every request got the same certificate").hasSize(threads).containsOnly(ids.get(0));
        } finally {
            pool.shutdownNow();
        }
        List<CertificateView> held = certificates.ofHolder(learner.id());
        assertThat(held).hasSize(1);
        assertThat(certificates.history(held.get(0))).as("issued once, audited once").hasSize(1);
    }

    private void enrollOnly(Account learner) {
        enrolments.enrol(learner.id(), course.slug());
    }

    private void recordPassedAttemptWithoutEvent(long userId) throws SQLException {
        long revisionId = enrolments.open(userId, course.slug()).pinned().id();
        try (Connection connection = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
             PreparedStatement insert = connection.prepareStatement("""
                     INSERT INTO exam_attempts (user_id, course_id, course_revision_id, attempt_number, questions_json,
                         answers_json, score_percent, passed, started_at, submitted_at)
                     VALUES (?, ?, ?, 1, '[]', '{}', 100, TRUE, ?, ?)""")) {
            Timestamp now = Timestamp.from(Instant.now());
            insert.setLong(1, userId);
            insert.setLong(2, course.course().id());
            insert.setLong(3, revisionId);
            insert.setTimestamp(4, now);
            insert.setTimestamp(5, now);
            insert.executeUpdate();
        }
    }
}
