package app.skillcurrent.web.certificate;

import app.skillcurrent.content.access.Editor;
import app.skillcurrent.content.authoring.Course;
import app.skillcurrent.content.authoring.CourseDrafts;
import app.skillcurrent.content.authoring.CourseEditors;
import app.skillcurrent.content.authoring.CourseSettings;
import app.skillcurrent.content.authoring.LessonDrafts;
import app.skillcurrent.content.authoring.Publishing;
import app.skillcurrent.content.revision.CourseRevision;
import app.skillcurrent.content.revision.LessonContent;
import app.skillcurrent.content.revision.LessonTask;
import app.skillcurrent.content.revision.Level;
import app.skillcurrent.content.revision.QuizOption;
import app.skillcurrent.content.revision.QuizAnswers;
import app.skillcurrent.content.revision.QuizQuestion;
import app.skillcurrent.content.revision.Severity;
import app.skillcurrent.content.revision.TaskKind;
import app.skillcurrent.core.account.Account;
import app.skillcurrent.core.account.AccountRules;
import app.skillcurrent.core.account.AccountService;
import app.skillcurrent.core.account.SignUpRequest;
import app.skillcurrent.core.enrolment.Enrolments;
import app.skillcurrent.core.enrolment.LearnerCourse;
import app.skillcurrent.core.exam.ExamAttempt;
import app.skillcurrent.core.exam.ExamResult;
import app.skillcurrent.core.exam.Exams;
import app.skillcurrent.core.progress.Progress;
import app.skillcurrent.web.support.Fixtures;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Courses with a final exam, and learners who work through them, made through the real services. */
@jakarta.inject.Singleton
public final class CertificateFixtures {

    private final AccountService accounts;
    private final CourseEditors courseEditors;
    private final CourseDrafts courseDrafts;
    private final Publishing publishing;
    private final Enrolments enrolments;
    private final Progress progress;
    private final Exams exams;
    private final Fixtures fixtures;

    CertificateFixtures(AccountService accounts, CourseEditors courseEditors, CourseDrafts courseDrafts,
                        LessonDrafts lessonDrafts, Publishing publishing, Enrolments enrolments,
                        Progress progress, Exams exams) {
        this.accounts = accounts;
        this.courseEditors = courseEditors;
        this.courseDrafts = courseDrafts;
        this.publishing = publishing;
        this.enrolments = enrolments;
        this.progress = progress;
        this.exams = exams;
        this.fixtures = new Fixtures(accounts, courseDrafts, lessonDrafts);
    }

    /** A published course and who teaches it. */
    public record Published(Editor instructor, Course course, List<Long> lessonIds) {
        public String slug() {
            return course.slug();
        }
    }

    public Fixtures fixtures() {
        return fixtures;
    }

    /** A published two-lesson course; its exam draws both questions. */
    public Published course(String title, Integer validMonths, int renewalWindowDays) {
        return course(title, validMonths, renewalWindowDays, Set.of());
    }

    /** The same, about these topics (platforms or features). */
    public Published course(String title, Integer validMonths, int renewalWindowDays, Set<Long> topicIds) {
        Editor instructor = fixtures.instructor();
        Course course = fixtures.course(instructor);
        course = courseDrafts.updateSettings(instructor, course.slug(), new CourseSettings(title, course.slug(),
                "Reach people who never followed you.", Level.BEGINNER, "en", topicIds, 80, 2, 3,
                renewalWindowDays, validMonths), courseEditors.course(instructor, course.slug()).draftVersion());
        long first = fixtures.lesson(instructor, course, lesson("Hooks", "Open strong.", "q-hooks", "A promise")).id();
        long second = fixtures.lesson(instructor, course, lesson("Captions", "Write for the silent viewer.", "q-captions", "Subtitles")).id();
        publishing.publish(instructor, course.slug(), null, "First edition.");
        return new Published(instructor, course, List.of(first, second));
    }

    /** Changes the first lesson (text and quiz) and publishes it with that severity. */
    public CourseRevision revise(Published published, Severity severity, String body) {
        long lessonId = published.lessonIds().get(0);
        fixtures.save(published.instructor(), published.course(), lessonId,
                lesson("Hooks", body, "q-hooks-" + Math.abs(body.hashCode()), "The new rule"));
        return publishing.publish(published.instructor(), published.slug(), severity, "The platform changed: " + body);
    }

    static LessonContent lesson(String title, String body, String questionKey, String rightAnswer) {
        return new LessonContent(title, body, 8, List.of(new LessonTask(TaskKind.CHECK, "Try it on your own account.")),
                List.of(new QuizQuestion(questionKey, "What is right about " + title + "?",
                        List.of(new QuizOption("a", rightAnswer, true), new QuizOption("b", "Something else", false)),
                        "Because that is how the platform works now.")),
                Set.of());
    }

    public Account learner(String name) {
        return accounts.signUp(new SignUpRequest(Fixtures.unique("learner") + "@example.com", name, Fixtures.PASSWORD, "en", AccountRules.CONSENT_GIVEN));
    }

    /** Enrols the learner and completes every lesson of the version they are pinned to. */
    public void completeLessons(long userId, String slug) {
        enrolments.enrol(userId, slug);
        LearnerCourse course = enrolments.open(userId, slug);
        for (CourseRevision.Entry entry : course.lessons()) {
            completeLesson(userId, course, entry.lessonId());
        }
    }

    /** Does the lesson's task, answers its quiz right and completes it. */
    public void completeLesson(long userId, LearnerCourse course, long lessonId) {
        progress.saveTask(userId, course, lessonId, 0, true, null);
        for (QuizQuestion question : course.lesson(lessonId).content().quiz()) {
            progress.answer(userId, course, lessonId, question.key(), correct(question));
        }
        progress.complete(userId, course, lessonId);
    }

    /** Sits the final exam with every answer right. */
    public ExamResult passExam(long userId, String slug) {
        LearnerCourse course = enrolments.open(userId, slug);
        ExamAttempt attempt = exams.start(userId, course);
        List<QuizQuestion> questions = exams.questions(course, attempt);
        Map<Integer, Set<String>> answers = new HashMap<>();
        for (int i = 0; i < questions.size(); i++) {
            answers.put(i, correct(questions.get(i)));
        }
        return exams.submit(userId, course, attempt.id(), new QuizAnswers(answers));
    }

    /** A learner who completed the course and passed: holds a certificate. */
    public Account graduate(String name, Published published) {
        Account learner = learner(name);
        completeLessons(learner.id(), published.slug());
        passExam(learner.id(), published.slug());
        return learner;
    }

    private static Set<String> correct(QuizQuestion question) {
        return question.options().stream().filter(QuizOption::correct).map(QuizOption::key).collect(Collectors.toSet());
    }

    /**
     * A fixed free port and the matching public URL, so links inside credentials and QR codes point at the
     * server under test.
     */
    public static Map<String, String> serverWithPublicUrl() {
        try (ServerSocket socket = new ServerSocket(0)) {
            int port = socket.getLocalPort();
            return Map.of("micronaut.server.port", String.valueOf(port), "app.public-url", "http://localhost:" + port);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
