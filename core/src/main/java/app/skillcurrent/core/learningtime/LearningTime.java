package app.skillcurrent.core.learningtime;

import app.skillcurrent.core.enrolment.LearnerCourse;
import app.skillcurrent.core.support.Times;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.Collection;
import java.util.List;

/**
 * Time on task, from heartbeats that a visible lesson page sends every {@value #INTERVAL_SECONDS} seconds.
 * The server keeps its own clock: each beat credits the wall time since the learner's previous beat, but
 * never more than one interval plus slack, and nothing after a gap longer than {@link #MAX_GAP} (the page
 * was hidden or the learner left). Replayed, duplicated or forged beats can therefore never add more than
 * the time that really passed; beats from several tabs share one clock per learner.
 */
@Singleton
public class LearningTime {

    public static final int INTERVAL_SECONDS = 30;
    static final Duration MAX_CREDIT = Duration.ofSeconds(INTERVAL_SECONDS + 5);
    static final Duration MAX_GAP = Duration.ofSeconds(2L * INTERVAL_SECONDS + 10);

    private final LearningTimeRepository repository;
    private final Clock clock;

    LearningTime(LearningTimeRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** Records a heartbeat from a lesson the learner is enrolled in; returns the seconds credited. */
    @Transactional
    public int heartbeat(long userId, LearnerCourse course, long lessonId) {
        course.lesson(lessonId);
        Instant now = Times.now(clock);
        // lock first, insert only when there is no row: inserting over an existing row would take a shared
        // lock that concurrent beats then try to upgrade, and deadlock
        List<Instant> beats = repository.lastBeat(userId);
        if (beats.isEmpty()) {
            // the first beat starts the clock and credits nothing. A first beat of another tab at the same
            // moment that lost the insert credits nothing either: it holds a shared lock on the winner's row,
            // and locking that row for update, as a third such beat would too, deadlocks them
            repository.start(userId, lessonId, now);
            return 0;
        }
        Instant last = beats.get(0);
        Duration gap = Duration.between(last, now);
        int credit = gap.isNegative() || gap.compareTo(MAX_GAP) > 0 ? 0 : (int) Math.min(gap.toSeconds(), MAX_CREDIT.toSeconds());
        repository.beat(userId, lessonId, now);
        if (credit > 0) {
            repository.credit(userId, now.atOffset(ZoneOffset.UTC).toLocalDate(), credit);
        }
        return credit;
    }

    /** Seconds learned this week (Monday to today, UTC). */
    public long thisWeek(long userId) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        return repository.secondsBetween(userId, today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), today);
    }

    /** Seconds per learner and day for several learners, for reports over weeks. */
    public List<DailySeconds> daily(Collection<Long> userIds, LocalDate from, LocalDate to) {
        return userIds.isEmpty() ? List.of() : repository.daily(userIds, from, to);
    }
}
