/**
 * A quiz answered on one form, wherever it is taken: the final exam and the renewal quiz. {@code QuizSheet}
 * is how the {@code quiz-sheet} partial shows its questions, {@code QuizAnswersForm} reads the answers back.
 */
package app.skillcurrent.web.quiz;
