package app.skillcurrent.content.revision;

/** The final exam: pass mark in percent, questions drawn from the course's quizzes, attempts allowed. */
public record ExamSettings(int passMark, int questionCount, int attempts) {
}
