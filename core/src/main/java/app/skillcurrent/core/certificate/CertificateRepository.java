package app.skillcurrent.core.certificate;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Certificates; content's courses and versions through its views published_courses and course_versions (ADR 0011). */
@JdbcRepository(dialect = Dialect.MYSQL)
interface CertificateRepository extends GenericRepository<Certificate, Long> {

    Optional<Certificate> findById(long id);

    Optional<Certificate> findByPublicId(String publicId);

    Optional<Certificate> findByUserIdAndCourseRevisionId(long userId, long courseRevisionId);


    /** The holder's newest certificate for an older version of the course that still counts for a renewal. */
    @Query("""
            SELECT * FROM certificates
            WHERE user_id = :userId AND course_id = :courseId AND state <> 'REVOKED'
              AND (major < :major OR (major = :major AND minor < :minor))
            ORDER BY major DESC, minor DESC LIMIT 1""")
    Optional<Certificate> earlier(long userId, long courseId, int major, int minor);

    /**
     * Idempotent: a certificate for this learner and course revision that already exists (another request
     * was first) makes this a no-op. It is also a no-op when the random public id or status-list index is
     * taken; the caller tells the cases apart by reading the row back.
     */
    @Query("""
            INSERT IGNORE INTO certificates (public_id, user_id, course_id, course_revision_id, major, minor,
                holder_name, course_title, awarded_at, issued_at, valid_until, state, status_index, renewed_from_id)
            VALUES (:publicId, :userId, :courseId, :revisionId, :major, :minor, :holderName, :courseTitle,
                :awardedAt, :issuedAt, :validUntil, 'ACTIVE', :statusIndex, :renewedFromId)""")
    void insertIfAbsent(String publicId, long userId, long courseId, long revisionId, int major, int minor,
                        String holderName, String courseTitle, Instant awardedAt, Instant issuedAt,
                        @Nullable Instant validUntil, int statusIndex, @Nullable Long renewedFromId);

    @Query("SELECT * FROM certificates WHERE user_id IN (:userIds) ORDER BY issued_at DESC, id DESC")
    List<Certificate> ofHolders(Collection<Long> userIds);

    /** The certificates that renewed these ones (the first per renewed certificate is the one that counts). */
    @Query("SELECT renewed_from_id AS id, public_id FROM certificates WHERE renewed_from_id IN (:ids) ORDER BY id")
    List<CertificateRows.PublicIdOf> renewalsOf(Collection<Long> ids);

    @Query("SELECT id, public_id FROM certificates WHERE id IN (:ids)")
    List<CertificateRows.PublicIdOf> publicIdsOf(Collection<Long> ids);

    @Query("""
            SELECT c.course_id, c.slug, c.renewal_window_days, c.certificate_valid_months,
                   cur.major AS current_major, cur.minor AS current_minor
            FROM published_courses c LEFT JOIN course_versions cur ON cur.revision_id = c.revision_id
            WHERE c.course_id IN (:courseIds)""")
    List<CertificateRows.FactsOf> courseFactsOf(Collection<Long> courseIds);

    /** Every major version of these courses, oldest first: each starts a renewal window for older certificates. */
    @Query("""
            SELECT course_id, major, minor, published_at FROM course_versions
            WHERE course_id IN (:courseIds) AND severity = 'MAJOR'
            ORDER BY course_id, major, minor""")
    List<CertificateRows.MajorOf> majorsOf(Collection<Long> courseIds);

    @Query("SELECT status_index FROM certificates WHERE state = :state")
    List<Integer> statusIndexes(String state);

    @Query("SELECT * FROM certificates WHERE user_id = :userId ORDER BY id FOR UPDATE")
    List<Certificate> holdAllOf(long userId);

    /** What a certificate said about its holder goes when the holder withdraws it (ADR 0015). */
    @Query("UPDATE certificates SET holder_name = '' WHERE user_id = :userId AND state = 'REVOKED'")
    void eraseRevokedHolderNames(long userId);

    @Query("DELETE FROM certificate_reminders WHERE sent_at IS NULL AND certificate_id IN (SELECT id FROM certificates WHERE user_id = :userId)")
    void cancelRemindersOf(long userId);

    /** Changes the state only from the expected one, so of two racing changes exactly one applies. */
    @Query("""
            UPDATE certificates SET state = :to, state_reason = :reason, state_changed_at = :at
            WHERE id = :id AND state = :from""")
    int changeState(long id, String from, String to, @Nullable String reason, Instant at);

    @Query("""
            INSERT INTO certificate_events (certificate_id, actor_id, action, from_state, to_state, reason, occurred_at)
            VALUES (:certificateId, :actorId, :action, :fromState, :toState, :reason, :at)""")
    void audit(long certificateId, @Nullable Long actorId, String action, @Nullable String fromState, String toState,
               @Nullable String reason, Instant at);

    @Query("""
            SELECT e.action, e.from_state, e.to_state, e.reason, e.occurred_at, u.display_name AS actor_name
            FROM certificate_events e LEFT JOIN users u ON u.id = e.actor_id
            WHERE e.certificate_id = :certificateId ORDER BY e.occurred_at, e.id""")
    List<CertificateEvent> events(long certificateId);

    @Query("""
            SELECT c.slug, c.renewal_window_days, c.certificate_valid_months, cur.major AS current_major,
                   cur.minor AS current_minor
            FROM published_courses c LEFT JOIN course_versions cur ON cur.revision_id = c.revision_id
            WHERE c.course_id = :courseId""")
    Optional<CertificateRows.CourseFacts> courseFacts(long courseId);


    /** The holder's certificates for the courses at these addresses, the newest version of each course first. */
    @Query("""
            SELECT c.* FROM certificates c JOIN published_courses co ON co.course_id = c.course_id
            WHERE c.user_id = :userId AND co.slug IN (:slugs)
            ORDER BY c.major DESC, c.minor DESC, c.id DESC""")
    List<Certificate> ofHolderAndCourses(long userId, Collection<String> slugs);

    @Query("SELECT published_at FROM course_versions WHERE revision_id = :revisionId")
    List<Instant> publishedAt(long revisionId);

    /**
     * Window reminders for every certificate this major revision made renewable, in one statement however
     * many there are: certificates of an older major version, not revoked, not renewed, and for which no
     * earlier major revision already opened a window (its window, and its reminders, still apply).
     */
    @Query("""
            INSERT IGNORE INTO certificate_reminders (certificate_id, kind, days_before, deadline, due_at, created_at)
            SELECT c.id, 'WINDOW', :daysBefore, :deadline, :dueAt, :at FROM certificates c
            WHERE c.course_id = :courseId AND c.major < :major AND c.state <> 'REVOKED'
              AND NOT EXISTS (SELECT 1 FROM certificates r WHERE r.renewed_from_id = c.id)
              AND NOT EXISTS (SELECT 1 FROM course_versions earlier
                              WHERE earlier.course_id = c.course_id AND earlier.severity = 'MAJOR'
                                AND earlier.major > c.major AND earlier.major < :major)""")
    void remindOfWindow(long courseId, int major, int daysBefore, Instant deadline, Instant dueAt, Instant at);

    @Query("""
            INSERT IGNORE INTO certificate_reminders (certificate_id, kind, days_before, deadline, due_at, created_at)
            VALUES (:certificateId, :kind, :daysBefore, :deadline, :dueAt, :at)""")
    void remind(long certificateId, String kind, int daysBefore, Instant deadline, Instant dueAt, Instant at);

    @Query("DELETE FROM certificate_reminders WHERE certificate_id = :certificateId AND sent_at IS NULL")
    void cancelReminders(long certificateId);

    @Query("""
            SELECT kind, days_before, deadline, due_at, sent_at FROM certificate_reminders
            WHERE certificate_id = :certificateId ORDER BY due_at, kind""")
    List<CertificateReminder> reminders(long certificateId);
}
