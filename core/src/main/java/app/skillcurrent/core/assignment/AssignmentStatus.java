package app.skillcurrent.core.assignment;

/** Where a member stands with an assigned course or track. */
public enum AssignmentStatus {
    NOT_STARTED,
    IN_PROGRESS,
    COMPLETED,
    /** The due date passed before completion. */
    OVERDUE
}
