package app.skillcurrent.core.certificate;

import app.skillcurrent.content.access.NotFoundException;
import app.skillcurrent.content.revision.CourseChangelog;
import app.skillcurrent.content.revision.CourseRevision;
import app.skillcurrent.content.revision.History;
import app.skillcurrent.content.revision.LessonRevision;
import app.skillcurrent.content.revision.QuizAnswers;
import app.skillcurrent.content.revision.QuizQuestion;
import app.skillcurrent.content.revision.QuizScore;
import app.skillcurrent.content.revision.Revisions;
import app.skillcurrent.content.revision.UnknownOptionException;
import app.skillcurrent.core.enrolment.Enrolments;
import app.skillcurrent.core.exam.ExamConfiguration;
import app.skillcurrent.core.exam.ExamQuestion;
import app.skillcurrent.core.progress.Progress;
import app.skillcurrent.core.support.Times;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Renewing a certificate after a major version: the holder reads only what changed since the certified
 * version and passes a short quiz on it; the renewed certificate carries the new version and keeps the
 * original award date. Only possible while the renewal window is open.
 */
@Singleton
public class Renewals {

    /** Questions in a delta quiz: enough to show the changes were read, short enough to stay a check. */
    public static final int MAX_QUESTIONS = 5;
    private static final Argument<List<ExamQuestion>> QUESTIONS = Argument.listOf(ExamQuestion.class);

    private final Certificates certificates;
    private final RenewalRepository attempts;
    private final Revisions revisions;
    private final History history;
    private final JsonMapper json;
    private final Enrolments enrolments;
    private final Progress progress;
    private final Clock clock;
    private final Duration cooldown;
    private final SecureRandom random = new SecureRandom();

    Renewals(Certificates certificates, RenewalRepository attempts, Revisions revisions, History history,
             JsonMapper json, Enrolments enrolments, Progress progress, Clock clock,
             ExamConfiguration exams) {
        this.certificates = certificates;
        this.attempts = attempts;
        this.revisions = revisions;
        this.history = history;
        this.json = json;
        this.enrolments = enrolments;
        this.progress = progress;
        this.clock = clock;
        this.cooldown = exams.cooldown();
    }

    /**
     * What the holder must read and answer to renew.
     *
     * @throws NotFoundException          when the certificate is not this holder's
     * @throws CertificateStateException  when it cannot be renewed: no newer major version, window closed,
     *                                    already renewed, suspended, revoked or expired
     */
    public RenewalPlan plan(long userId, String publicId) {
        CertificateView certificate = own(userId, publicId);
        if (!certificate.renewable()) {
            throw new CertificateStateException(certificate.newerMajor() == null
                    ? "error.renewal.noMajorVersion" : "error.renewal.notAvailable");
        }
        CourseRevision from = revisions.courseRevision(certificate.certificate().courseRevisionId()).orElseThrow();
        CourseRevision target = revisions.currentRevision(certificate.courseSlug())
                .orElseThrow(() -> new NotFoundException("course " + certificate.courseSlug()));
        CourseChangelog changelog = history.changelog(from, target);
        Set<Long> changed = new HashSet<>();
        changelog.added().forEach(l -> changed.add(l.id()));
        changelog.changed().forEach(c -> changed.add(c.to().id()));
        Map<Long, LessonRevision> lessons = revisions.lessonRevisions(changed);
        List<LessonRevision> ordered = target.lessons().stream().map(CourseRevision.Entry::lessonRevisionId)
                .filter(changed::contains).map(lessons::get).toList();
        int pool = ordered.stream().mapToInt(l -> l.content().quiz().size()).sum();
        return new RenewalPlan(certificate, target, changelog, ordered, Math.min(MAX_QUESTIONS, pool));
    }

    /**
     * Starts the delta quiz, or returns the attempt already open: a second tab or a hundred clicks at once
     * open one attempt, and none of them gets round the cooldown. Starts for one certificate take turns on its
     * row lock; the database's unique key on the open attempt ({@code uq_renewal_attempts_open}) holds even so.
     */
    @Transactional
    public RenewalAttempt start(long userId, String publicId) {
        RenewalPlan plan = plan(userId, publicId);
        long certificateId = plan.certificate().certificate().id();
        attempts.lockCertificate(certificateId);
        Optional<RenewalAttempt> open = attempts.openAttempt(certificateId);
        if (open.isPresent()) {
            if (open.get().courseRevisionId() == plan.target().id()) {
                return open.get();
            }
            // drawn for a version published before the current one: submitting it is refused, so it gives way
            attempts.discardOpen(open.get().id());
        }
        List<RenewalAttempt> earlier = attempts.of(certificateId, plan.target().id());
        Instant now = Times.now(clock);
        Optional<Instant> lastSubmitted = earlier.stream().map(RenewalAttempt::submittedAt).filter(t -> t != null).max(Instant::compareTo);
        if (lastSubmitted.isPresent() && now.isBefore(lastSubmitted.get().plus(cooldown))) {
            throw new CertificateStateException("error.renewal.cooldown");
        }
        List<ExamQuestion> pool = new ArrayList<>();
        for (LessonRevision lesson : plan.lessons()) {
            lesson.content().quiz().forEach(q -> pool.add(new ExamQuestion(lesson.id(), q.key())));
        }
        Collections.shuffle(pool, random);
        List<ExamQuestion> drawn = List.copyOf(pool.subList(0, plan.questionCount()));
        return attempts.save(new RenewalAttempt(null, certificateId, plan.target().id(), write(drawn), null, null, now, null));
    }

    /** The holder's attempt for this certificate. */
    public RenewalAttempt attempt(long userId, String publicId, long attemptId) {
        CertificateView certificate = own(userId, publicId);
        return attempts.findById(attemptId).filter(a -> a.certificateId() == certificate.certificate().id())
                .orElseThrow(() -> new NotFoundException("renewal attempt " + attemptId));
    }

    public List<QuizQuestion> questions(RenewalAttempt attempt) {
        List<ExamQuestion> refs = read(attempt.questionsJson());
        Map<Long, LessonRevision> lessons = revisions.lessonRevisions(refs.stream().map(ExamQuestion::lessonRevisionId).distinct().toList());
        return refs.stream().map(ref -> lessons.get(ref.lessonRevisionId()).content().quiz().stream()
                .filter(q -> q.key().equals(ref.questionKey())).findFirst()
                .orElseThrow(() -> new NotFoundException("question " + ref.questionKey()))).toList();
    }

    /**
     * Scores the delta quiz by {@link QuizScore} with the target version's pass mark (a quiz without questions
     * passes: the changes were read); passing issues the renewed certificate. Answers are option keys by
     * question position (0 for the first question of the attempt).
     *
     * @return the renewed certificate, or empty when the quiz was not passed
     * @throws CertificateStateException when the attempt was already submitted or renewal closed meanwhile
     * @throws UnknownOptionException    when an answer names an option its question does not have: nothing is
     *                                   recorded, the attempt stays open
     */
    @Transactional
    public Optional<CertificateView> submit(long userId, String publicId, long attemptId, QuizAnswers answers) {
        RenewalAttempt attempt = attempt(userId, publicId, attemptId);
        if (attempt.isSubmitted()) {
            throw new CertificateStateException("error.renewal.alreadySubmitted");
        }
        RenewalPlan plan = plan(userId, publicId);
        if (plan.target().id() != attempt.courseRevisionId()) {
            // a newer version was published while the quiz was open: it asks about other changes
            throw new CertificateStateException("error.renewal.versionChanged");
        }
        QuizScore score = QuizScore.of(questions(attempt), answers);
        boolean passed = score.reaches(plan.target().exam().passMark());
        if (attempts.submit(attempt.id(), score.percent(), passed, Times.now(clock)) == 0) {
            throw new CertificateStateException("error.renewal.alreadySubmitted");
        }
        if (!passed) {
            return Optional.empty();
        }
        Certificate renewed = certificates.issue(userId, plan.target());
        enrolments.followRenewal(userId, plan.target());
        progress.completedByRenewal(userId, plan.lessons());
        return Optional.of(certificates.view(renewed));
    }

    private CertificateView own(long userId, String publicId) {
        return certificates.find(publicId).filter(c -> c.certificate().userId() == userId)
                .orElseThrow(() -> new NotFoundException("certificate " + publicId));
    }

    private String write(List<ExamQuestion> questions) {
        try {
            return json.writeValueAsString(questions);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<ExamQuestion> read(String text) {
        try {
            return json.readValue(text, QUESTIONS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
