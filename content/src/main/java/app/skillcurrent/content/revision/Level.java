package app.skillcurrent.content.revision;

public enum Level {
    BEGINNER,
    INTERMEDIATE,
    ADVANCED
}
