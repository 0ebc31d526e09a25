package app.skillcurrent.core.certificate;

import app.skillcurrent.content.access.NotFoundException;
import app.skillcurrent.content.authoring.CoursePublished;
import app.skillcurrent.content.revision.CourseRevision;
import app.skillcurrent.content.revision.Severity;
import app.skillcurrent.content.revision.Version;
import app.skillcurrent.core.account.Account;
import app.skillcurrent.core.account.AccountLock;
import app.skillcurrent.core.enrolment.Enrolments;
import app.skillcurrent.core.enrolment.LearnerCourse;
import app.skillcurrent.core.enrolment.NotEnrolledException;
import app.skillcurrent.core.exam.ExamPassed;
import app.skillcurrent.core.exam.ExamStatus;
import app.skillcurrent.core.exam.Exams;
import app.skillcurrent.core.support.PublicIds;
import app.skillcurrent.core.support.Times;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Certificates: issued once per learner and course revision when every lesson of that revision is complete
 * and its final exam is passed; read with their status as of now. Issuing happens when the exam is passed,
 * in the same transaction, through {@link #issueIfEligible}, which is idempotent: asking again returns the
 * same certificate.
 */
@Singleton
public class Certificates {

    /** Bits in each status list: the Bitstring Status List minimum of 16 KB, which hides who was revoked. */
    public static final int STATUS_LIST_SIZE = 131_072;
    static final int[] REMINDER_DAYS = {60, 30, 7};
    private static final int INDEX_TRIES = 32;

    private final CertificateRepository certificates;
    private final Enrolments enrolments;
    private final Exams exams;
    private final AccountLock accounts;
    private final CertificateViews views;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    Certificates(CertificateRepository certificates, Enrolments enrolments, Exams exams, AccountLock accounts,
                 CertificateViews views, Clock clock) {
        this.certificates = certificates;
        this.enrolments = enrolments;
        this.exams = exams;
        this.accounts = accounts;
        this.views = views;
        this.clock = clock;
    }

    /**
     * Issues the learner's certificate for the course revision they are pinned to, if they completed every
     * lesson of it and passed its exam. Asking again, or many times at once, returns the same certificate.
     *
     * @return the certificate for that revision, or empty when the learner is not (yet) eligible
     */
    @Transactional
    public Optional<CertificateView> issueIfEligible(long userId, String courseSlug) {
        LearnerCourse course;
        try {
            course = enrolments.open(userId, courseSlug);
        } catch (NotFoundException | NotEnrolledException notEligible) {
            return Optional.empty();
        }
        ExamStatus exam = exams.status(userId, course);
        if (!exam.lessonsComplete() || !exam.passed()) {
            return Optional.empty();
        }
        return Optional.of(view(issue(userId, course.pinned())));
    }

    /** In the exam's transaction: a pass and its certificate are committed together or not at all. */
    @EventListener
    void onExamPassed(ExamPassed passed) {
        certificates.courseFacts(passed.courseId())
                .ifPresent(course -> issueIfEligible(passed.userId(), course.slug()));
    }

    /** A major version makes older certificates renewable; their holders get reminders before the window closes. */
    @EventListener
    void onCoursePublished(CoursePublished published) {
        if (published.severity() != Severity.MAJOR) {
            return;
        }
        Optional<CertificateRows.CourseFacts> course = certificates.courseFacts(published.courseId());
        Optional<Instant> publishedAt = certificates.publishedAt(published.courseRevisionId()).stream().findFirst();
        if (course.isEmpty() || publishedAt.isEmpty()) {
            return;
        }
        Instant now = Times.now(clock);
        Instant closes = publishedAt.get().plus(Duration.ofDays(course.get().renewalWindowDays()));
        for (int days : REMINDER_DAYS) {
            Instant due = closes.minus(Duration.ofDays(days));
            if (!due.isBefore(now)) {
                certificates.remindOfWindow(published.courseId(), published.version().major(), days, closes, due, now);
            }
        }
    }

    /** The certificate with this public id; empty for unknown and malformed ids alike. */
    public Optional<CertificateView> find(String publicId) {
        return PublicIds.looksValid(publicId) ? certificates.findByPublicId(publicId).map(this::view) : Optional.empty();
    }

    /** The holder's certificates, newest first, renewed ones included. */
    public List<CertificateView> ofHolder(long userId) {
        return ofHolders(List.of(userId)).getOrDefault(userId, List.of());
    }

    /** Each holder's certificates (holder, then newest first), read together for a report on many people. */
    public Map<Long, List<CertificateView>> ofHolders(Collection<Long> userIds) {
        Map<Long, List<CertificateView>> held = new HashMap<>();
        if (!userIds.isEmpty()) {
            views.of(certificates.ofHolders(userIds))
                    .forEach(c -> held.computeIfAbsent(c.certificate().userId(), k -> new ArrayList<>()).add(c));
        }
        return held;
    }

    /**
     * The holder's certificate for the newest version of each of these courses they hold one for (course
     * address to certificate), with one query for the rows and at most four for the views.
     */
    public Map<String, CertificateView> newestFor(long userId, Collection<String> slugs) {
        Map<String, CertificateView> newest = new HashMap<>();
        if (!slugs.isEmpty()) {
            views.of(certificates.ofHolderAndCourses(userId, slugs)).forEach(c -> newest.putIfAbsent(c.courseSlug(), c));
        }
        return newest;
    }

    /** The holder's certificate for the newest version of the course they hold one for. */
    public Optional<CertificateView> latest(long userId, String courseSlug) {
        return Optional.ofNullable(newestFor(userId, List.of(courseSlug)).get(courseSlug));
    }

    /** Status-list positions of every certificate in that state. */
    public Set<Integer> statusIndexes(CertificateState state) {
        return new HashSet<>(certificates.statusIndexes(state.name()));
    }

    /** The audit trail: issuance, renewal and every status change, oldest first. */
    public List<CertificateEvent> history(CertificateView certificate) {
        return certificates.events(certificate.certificate().id());
    }

    public List<CertificateReminder> reminders(CertificateView certificate) {
        return certificates.reminders(certificate.certificate().id());
    }

    /** Issues the certificate for exactly this revision; used by renewals, which need no enrolment change. */
    @Transactional
    Certificate issue(long userId, CourseRevision revision) {
        Optional<Certificate> existing = certificates.findByUserIdAndCourseRevisionId(userId, revision.id());
        if (existing.isPresent()) {
            return existing.get();
        }
        // shares the account's lock: an erasure running now either waits for this certificate, and erases it
        // with the rest, or has finished and nothing is issued to the erased account (ADR 0015)
        Account holder = accounts.share(userId).orElseThrow(() -> new NotFoundException("account " + userId));
        CertificateRows.CourseFacts course = certificates.courseFacts(revision.courseId())
                .orElseThrow(() -> new NotFoundException("course " + revision.courseId()));
        Instant now = Times.now(clock);
        Version version = revision.version();
        Optional<Certificate> earlier = certificates.earlier(userId, revision.courseId(), version.major(), version.minor());
        Instant awarded = earlier.map(Certificate::awardedAt).orElse(now);
        Instant validUntil = course.certificateValidMonths() == null ? null
                : now.atOffset(ZoneOffset.UTC).plusMonths(course.certificateValidMonths()).toInstant();
        for (int i = 0; i < INDEX_TRIES; i++) {
            String publicId = PublicIds.next();
            certificates.insertIfAbsent(publicId, userId, revision.courseId(), revision.id(), version.major(),
                    version.minor(), holder.displayName(), revision.title(), awarded, now, validUntil,
                    random.nextInt(STATUS_LIST_SIZE), earlier.map(Certificate::id).orElse(null));
            Optional<Certificate> row = certificates.findByUserIdAndCourseRevisionId(userId, revision.id());
            if (row.isPresent()) {
                if (row.get().publicId().equals(publicId)) {
                    certificates.audit(row.get().id(), null, earlier.isPresent() ? "RENEW" : "ISSUE", null,
                            CertificateState.ACTIVE.name(), null, now);
                    earlier.ifPresent(e -> certificates.cancelReminders(e.id()));
                    scheduleReminders(view(row.get()));
                }
                return row.get();
            }
            // neither ours nor another request's row: the random index or id was taken, so draw again
        }
        throw new IllegalStateException("No free status-list index in " + INDEX_TRIES + " draws: the status list is nearly full");
    }

    CertificateView view(Certificate certificate) {
        return views.of(certificate);
    }

    CertificateView view(String publicId) {
        return find(publicId).orElseThrow(() -> new NotFoundException("certificate " + publicId));
    }

    Optional<Certificate> row(String publicId) {
        return PublicIds.looksValid(publicId) ? certificates.findByPublicId(publicId) : Optional.empty();
    }

    /** Reminder rows 60, 30 and 7 days before expiry and before the renewal window closes, unless already past. */
    void scheduleReminders(CertificateView view) {
        Instant now = Times.now(clock);
        Certificate certificate = view.certificate();
        if (certificate.state() == CertificateState.REVOKED) {
            return;
        }
        if (certificate.validUntil() != null) {
            schedule(certificate.id(), CertificateReminder.EXPIRY, certificate.validUntil(), now);
        }
        if (view.windowClosesAt() != null && view.renewedBy() == null) {
            schedule(certificate.id(), CertificateReminder.WINDOW, view.windowClosesAt(), now);
        }
    }

    private void schedule(long certificateId, String kind, Instant deadline, Instant now) {
        for (int days : REMINDER_DAYS) {
            Instant due = deadline.minus(Duration.ofDays(days));
            if (!due.isBefore(now)) {
                certificates.remind(certificateId, kind, days, deadline, due, now);
            }
        }
    }
}
