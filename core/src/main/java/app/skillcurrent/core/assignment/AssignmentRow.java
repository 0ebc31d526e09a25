package app.skillcurrent.core.assignment;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;

/**
 * An assignment with the names it refers to: a course or a track, given to a member or a team, due on a day
 * or open-ended. Exactly one of the course and track fields and one of the team and member fields are set.
 */
@Introspected
public record AssignmentRow(long id, String publicId, long organisationId, @Nullable LocalDate dueOn,
                            @Nullable Long courseId, @Nullable String courseSlug, @Nullable String courseTitle,
                            @Nullable Long trackId, @Nullable String trackSlug, @Nullable String trackTitle,
                            @Nullable Long teamId, @Nullable String teamPublicId, @Nullable String teamName,
                            @Nullable Long userId, @Nullable String memberPublicId, @Nullable String memberName) {

    public boolean isTrack() {
        return trackId != null;
    }

    public String title() {
        return isTrack() ? trackTitle : courseTitle;
    }

    public boolean isForTeam() {
        return teamId != null;
    }

    public String assigneeName() {
        return isForTeam() ? teamName : memberName;
    }
}
