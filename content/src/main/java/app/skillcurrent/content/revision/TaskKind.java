package app.skillcurrent.content.revision;

/** A learning task is either ticked off or answered with a short written reflection. */
public enum TaskKind {
    CHECK,
    REFLECTION
}
