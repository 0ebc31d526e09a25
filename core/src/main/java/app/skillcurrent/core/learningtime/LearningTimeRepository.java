package app.skillcurrent.core.learningtime;

import app.skillcurrent.core.enrolment.Enrolment;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface LearningTimeRepository extends GenericRepository<Enrolment, Long> {

    /** The first heartbeat a learner ever sends only starts the clock. */
    @Query("INSERT IGNORE INTO heartbeats (user_id, lesson_id, beat_at) VALUES (:userId, :lessonId, :at)")
    int start(long userId, long lessonId, Instant at);

    /** Locks the learner's heartbeat row, so concurrent beats (two tabs) are credited one after the other. */
    @Query("SELECT beat_at FROM heartbeats WHERE user_id = :userId FOR UPDATE")
    List<Instant> lastBeat(long userId);

    @Query("UPDATE heartbeats SET beat_at = :at, lesson_id = :lessonId WHERE user_id = :userId")
    void beat(long userId, long lessonId, Instant at);

    @Query("""
            INSERT INTO learning_time (user_id, day, seconds) VALUES (:userId, :day, :seconds)
            ON DUPLICATE KEY UPDATE seconds = seconds + VALUES(seconds)""")
    void credit(long userId, LocalDate day, int seconds);

    @Query("SELECT COALESCE(SUM(seconds), 0) FROM learning_time WHERE user_id = :userId AND day BETWEEN :from AND :to")
    long secondsBetween(long userId, LocalDate from, LocalDate to);

    @Query("SELECT user_id, day, seconds FROM learning_time WHERE user_id IN (:userIds) AND day BETWEEN :from AND :to")
    List<DailySeconds> daily(Collection<Long> userIds, LocalDate from, LocalDate to);
}
