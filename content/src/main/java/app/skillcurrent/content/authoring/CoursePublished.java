package app.skillcurrent.content.authoring;

import app.skillcurrent.content.revision.Severity;
import app.skillcurrent.content.revision.Version;

/** Announced after a course revision is committed; enrolments and certificates react to it. */
public record CoursePublished(long courseId, long courseRevisionId, Version version, Severity severity) {
}
