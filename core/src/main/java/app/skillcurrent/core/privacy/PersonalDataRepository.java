package app.skillcurrent.core.privacy;

import app.skillcurrent.core.account.Account;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.Optional;

/** The export's reads: every table that has a row about the person, each by the person's id or address. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface PersonalDataRepository extends GenericRepository<Account, Long> {

    @Query("SELECT public_id, email, display_name, locale, created_at, updated_at FROM users WHERE id = :userId AND erased_at IS NULL")
    Optional<PersonalData.Profile> profile(long userId);

    @Query("SELECT session_generation FROM users WHERE id = :userId")
    int sessionGeneration(long userId);

    @Query("SELECT version, accepted_at FROM account_consents WHERE user_id = :userId ORDER BY accepted_at, id")
    List<PersonalData.Consent> consents(long userId);

    @Query("SELECT role, granted_at FROM user_roles WHERE user_id = :userId ORDER BY granted_at, role")
    List<PersonalData.RoleGrant> roles(long userId);

    @Query("""
            SELECT pc.slug AS course_slug, v.title AS course_title, v.major, v.minor, e.enrolled_at, e.updated_at
            FROM enrolments e JOIN course_versions v ON v.revision_id = e.course_revision_id
            LEFT JOIN published_courses pc ON pc.course_id = e.course_id
            WHERE e.user_id = :userId ORDER BY e.enrolled_at, e.id""")
    List<PersonalData.Enrolment> enrolments(long userId);

    @Query("SELECT lesson_id, lesson_revision_id, completed_at FROM lesson_progress WHERE user_id = :userId ORDER BY completed_at, lesson_id")
    List<PersonalData.CompletedLesson> completedLessons(long userId);

    @Query("SELECT lesson_id, task_index, done, reflection, updated_at FROM task_progress WHERE user_id = :userId ORDER BY updated_at, lesson_id, task_index")
    List<PersonalData.TaskAnswer> taskAnswers(long userId);

    @Query("SELECT lesson_id, question_key, chosen, correct, answered_at FROM quiz_answers WHERE user_id = :userId ORDER BY answered_at, lesson_id, question_key")
    List<PersonalData.QuizAnswer> quizAnswers(long userId);

    @Query("SELECT day, seconds FROM learning_time WHERE user_id = :userId ORDER BY day")
    List<PersonalData.LearningDay> learningTime(long userId);

    @Query("""
            SELECT v.title AS course_title, v.major, v.minor, a.attempt_number, a.score_percent, a.passed,
                   a.answers_json AS answers, a.started_at, a.submitted_at
            FROM exam_attempts a JOIN course_versions v ON v.revision_id = a.course_revision_id
            WHERE a.user_id = :userId ORDER BY a.started_at, a.id""")
    List<PersonalData.ExamAttempt> examAttempts(long userId);

    @Query("""
            SELECT public_id, course_title, major, minor, holder_name, awarded_at, issued_at, valid_until, state, state_reason
            FROM certificates WHERE user_id = :userId ORDER BY issued_at, id""")
    List<PersonalData.Certificate> certificates(long userId);

    @Query("""
            SELECT c.public_id AS certificate, r.score_percent, r.passed, r.started_at, r.submitted_at
            FROM renewal_attempts r JOIN certificates c ON c.id = r.certificate_id
            WHERE c.user_id = :userId ORDER BY r.started_at, r.id""")
    List<PersonalData.RenewalAttempt> renewalAttempts(long userId);

    @Query("""
            SELECT o.name AS organisation, m.role, m.joined_at, m.budget_minutes, m.budget_period
            FROM organisation_members m JOIN organisations o ON o.id = m.organisation_id
            WHERE m.user_id = :userId ORDER BY m.joined_at, o.id""")
    List<PersonalData.Membership> memberships(long userId);

    @Query("""
            SELECT o.name AS organisation, t.name AS team
            FROM team_members tm JOIN teams t ON t.id = tm.team_id JOIN organisations o ON o.id = t.organisation_id
            WHERE tm.user_id = :userId ORDER BY o.name, t.name""")
    List<PersonalData.TeamPlace> teams(long userId);

    /** Work assigned to the person, or to a team they are in now. */
    @Query("""
            SELECT o.name AS organisation, CASE WHEN a.course_id IS NULL THEN 'TRACK' ELSE 'COURSE' END AS kind,
                   COALESCE(v.title, tr.title) AS title, t.name AS team, a.due_on, a.created_at AS assigned_at
            FROM assignments a JOIN organisations o ON o.id = a.organisation_id
            LEFT JOIN published_courses pc ON pc.course_id = a.course_id
            LEFT JOIN course_versions v ON v.revision_id = pc.revision_id
            LEFT JOIN tracks tr ON tr.id = a.track_id
            LEFT JOIN teams t ON t.id = a.team_id
            WHERE a.user_id = :userId OR a.team_id IN (SELECT team_id FROM team_members WHERE user_id = :userId)
            ORDER BY a.created_at, a.id""")
    List<PersonalData.Assignment> assignments(long userId);

    @Query("""
            SELECT o.name AS organisation, i.created_at, i.expires_at, i.accepted_at, i.revoked_at
            FROM invitations i JOIN organisations o ON o.id = i.organisation_id
            WHERE i.email = :email ORDER BY i.created_at, i.id""")
    List<PersonalData.Invitation> invitations(String email);

    /** The account's own counter of failed sign-ins, by its key ({@code AccountRules.signInCounterKey}). */
    @Query("SELECT failures, last_failure_at FROM sign_in_throttle WHERE throttle_key = :key AND failures > 0")
    List<PersonalData.SignInFailure> signInFailures(String key);
}
