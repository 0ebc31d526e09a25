package app.skillcurrent.core.assignment;

import java.util.List;

/** One assignment as it stands for one member: overall status and percent, and each course of it. */
public record MemberAssignment(AssignmentRow assignment, AssignmentStatus status, int percent,
                               List<CourseStanding> courses) {
}
