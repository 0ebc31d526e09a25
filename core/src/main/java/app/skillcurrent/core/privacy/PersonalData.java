package app.skillcurrent.core.privacy;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything the platform holds about one person, as they download it (GDPR art. 15 and 20, ADR 0015): one
 * record per kind of data, each list oldest first. Other people appear only as what the person's own records
 * name (an organisation, a team), never with their personal data. Every key is always there, empty or null
 * when there is nothing, so that a reader sees what kinds of data exist.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record PersonalData(
        String format,
        Instant exportedAt,
        Profile profile,
        List<Consent> consents,
        List<RoleGrant> roles,
        List<Enrolment> enrolments,
        List<CompletedLesson> completedLessons,
        List<TaskAnswer> taskAnswers,
        List<QuizAnswer> quizAnswers,
        List<LearningDay> learningTime,
        List<ExamAttempt> examAttempts,
        List<Certificate> certificates,
        List<RenewalAttempt> renewalAttempts,
        List<Membership> organisations,
        List<TeamPlace> teams,
        List<Assignment> assignments,
        List<Invitation> invitations,
        List<SignInFailure> signInFailures,
        Sessions sessions) {

    /** Names this layout; a later one gets a new number. */
    public static final String FORMAT = "skillcurrent-personal-data/1";

    @Serdeable @Introspected @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Profile(String publicId, String email, String displayName, String locale, Instant createdAt, Instant updatedAt) {
    }

    @Serdeable @Introspected @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Consent(String version, Instant acceptedAt) {
    }

    @Serdeable @Introspected @JsonInclude(JsonInclude.Include.ALWAYS)
    public record RoleGrant(String role, Instant grantedAt) {
    }

    @Serdeable @Introspected @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Enrolment(@Nullable String courseSlug, String courseTitle, int major, int minor, Instant enrolledAt, Instant updatedAt) {
    }

    @Serdeable @Introspected @JsonInclude(JsonInclude.Include.ALWAYS)
    public record CompletedLesson(long lessonId, long lessonRevisionId, Instant completedAt) {
    }

    @Serdeable @Introspected @JsonInclude(JsonInclude.Include.ALWAYS)
    public record TaskAnswer(long lessonId, int taskIndex, boolean done, @Nullable String reflection, Instant updatedAt) {
    }

    @Serdeable @Introspected @JsonInclude(JsonInclude.Include.ALWAYS)
    public record QuizAnswer(long lessonId, String questionKey, String chosen, boolean correct, Instant answeredAt) {
    }

    @Serdeable @Introspected @JsonInclude(JsonInclude.Include.ALWAYS)
    public record LearningDay(LocalDate day, int seconds) {
    }

    @Serdeable @Introspected @JsonInclude(JsonInclude.Include.ALWAYS)
    public record ExamAttempt(String courseTitle, int major, int minor, int attemptNumber, @Nullable Integer scorePercent,
                              @Nullable Boolean passed, @Nullable String answers, Instant startedAt, @Nullable Instant submittedAt) {
    }

    @Serdeable @Introspected @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Certificate(String publicId, String courseTitle, int major, int minor, String holderName, Instant awardedAt,
                              Instant issuedAt, @Nullable Instant validUntil, String state, @Nullable String stateReason) {
    }

    @Serdeable @Introspected @JsonInclude(JsonInclude.Include.ALWAYS)
    public record RenewalAttempt(String certificate, @Nullable Integer scorePercent, @Nullable Boolean passed,
                                 Instant startedAt, @Nullable Instant submittedAt) {
    }

    @Serdeable @Introspected @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Membership(String organisation, String role, Instant joinedAt, @Nullable Integer budgetMinutes,
                             @Nullable String budgetPeriod) {
    }

    @Serdeable @Introspected @JsonInclude(JsonInclude.Include.ALWAYS)
    public record TeamPlace(String organisation, String team) {
    }

    @Serdeable @Introspected @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Assignment(String organisation, String kind, @Nullable String title, @Nullable String team,
                             @Nullable LocalDate dueOn, Instant assignedAt) {
    }

    @Serdeable @Introspected @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Invitation(String organisation, Instant createdAt, Instant expiresAt, @Nullable Instant acceptedAt,
                             @Nullable Instant revokedAt) {
    }

    @Serdeable @Introspected @JsonInclude(JsonInclude.Include.ALWAYS)
    public record SignInFailure(int failures, Instant lastFailureAt) {
    }

    /**
     * Sessions are signed cookies the person's browsers keep; the server stores none of them, only the
     * generation every session carries, which ends them all when raised.
     */
    @Serdeable @Introspected @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Sessions(boolean keptOnServer, int generation) {
    }
}
