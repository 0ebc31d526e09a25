package app.skillcurrent.web.certificate;

import app.skillcurrent.core.account.Account;
import app.skillcurrent.core.account.AccountService;
import app.skillcurrent.core.account.ProfileUpdate;
import app.skillcurrent.core.certificate.CertificateEvent;
import app.skillcurrent.core.certificate.CertificateStatus;
import app.skillcurrent.core.certificate.CertificateView;
import app.skillcurrent.core.certificate.Certificates;
import app.skillcurrent.core.enrolment.Enrolments;
import app.skillcurrent.core.progress.Progress;
import app.skillcurrent.core.support.PublicIds;
import app.skillcurrent.testing.DatabaseTest;
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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A certificate is issued once, when every lesson is complete and the exam is passed, and never twice. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IssuanceTest implements DatabaseTest {

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
    CertificateFixtures fixtures;

    private CertificateFixtures.Published course;

    @BeforeAll
    void course() {
        course = fixtures.course("Short-form video basics", null, 90);
    }

    @Test
    void passingTheFinalExamIssuesTheCertificateWithWhatWasTrueThatDay() {
        Account learner = fixtures.learner("Ingrid Østergaard");
        fixtures.completeLessons(learner.id(), course.slug());
        assertTrue(certificates.ofHolder(learner.id()).isEmpty(), "lessons alone earn nothing");

        fixtures.passExam(learner.id(), course.slug());

        List<CertificateView> held = certificates.ofHolder(learner.id());
        assertEquals(1, held.size());
        CertificateView certificate = held.get(0);
        assertTrue(PublicIds.looksValid(certificate.publicId()));
        assertEquals("Ingrid Østergaard", certificate.certificate().holderName());
        assertEquals("Short-form video basics", certificate.certificate().courseTitle());
        assertEquals(course.course().id(), certificate.certificate().courseId());
        assertEquals("1.0", certificate.certificate().version().toString());
        assertEquals(certificate.certificate().awardedAt(), certificate.certificate().issuedAt());
        assertNull(certificate.certificate().validUntil(), "the course sets no validity");
        assertEquals(CertificateStatus.ACTIVE, certificate.status());
        assertEquals(List.of("ISSUE"), certificates.history(certificate).stream().map(CertificateEvent::action).toList());

        accounts.updateProfile(learner.id(), new ProfileUpdate("Ingrid Ø. Berg", "en"));
        assertEquals("Ingrid Østergaard", certificates.find(certificate.publicId()).orElseThrow().certificate().holderName(),
                "the name is the one the learner had when the certificate was issued");
        assertEquals(certificate.publicId(), certificates.issueIfEligible(learner.id(), course.slug()).orElseThrow().publicId(),
                "asking again returns the same certificate");
        assertEquals(1, certificates.ofHolder(learner.id()).size());
    }

    @Test
    void learnersWhoHaveNotFinishedGetNothing() {
        Account enrolledOnly = fixtures.learner("Enrolled Only");
        enrollOnly(enrolledOnly);
        assertEquals(Optional.empty(), certificates.issueIfEligible(enrolledOnly.id(), course.slug()));
        Account stranger = fixtures.learner("Not Enrolled");
        assertEquals(Optional.empty(), certificates.issueIfEligible(stranger.id(), course.slug()));
        assertEquals(Optional.empty(), certificates.issueIfEligible(stranger.id(), "no-such-course"));
        Account lessonsOnly = fixtures.learner("Lessons Only");
        fixtures.completeLessons(lessonsOnly.id(), course.slug());
        assertEquals(Optional.empty(), certificates.issueIfEligible(lessonsOnly.id(), course.slug()));
    }

    @Test
    void aCourseWithAValidityGivesCertificatesAValidUntilDate() {
        CertificateFixtures.Published yearly = fixtures.course("Paid social compliance", 12, 60);
        Account learner = fixtures.graduate("Jonas", yearly);
        CertificateView certificate = certificates.ofHolder(learner.id()).get(0);
        Instant issued = certificate.certificate().issuedAt();
        assertEquals(issued.atOffset(ZoneOffset.UTC).plusMonths(12).toInstant(), certificate.certificate().validUntil());
        assertEquals(CertificateStatus.ACTIVE, certificate.status());
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
        assertTrue(certificates.ofHolder(learner.id()).isEmpty());

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
            assertEquals(1, ids.stream().distinct().count(), "every request got the same certificate");
        } finally {
            pool.shutdownNow();
        }
        List<CertificateView> held = certificates.ofHolder(learner.id());
        assertEquals(1, held.size());
        assertEquals(1, certificates.history(held.get(0)).size(), "issued once, audited once");
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
