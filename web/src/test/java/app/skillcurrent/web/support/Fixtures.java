package app.skillcurrent.web.support;

import app.skillcurrent.content.access.Editor;
import app.skillcurrent.content.authoring.Course;
import app.skillcurrent.content.authoring.CourseDrafts;
import app.skillcurrent.content.authoring.CourseSettings;
import app.skillcurrent.content.authoring.LessonDraft;
import app.skillcurrent.content.authoring.LessonDrafts;
import app.skillcurrent.content.authoring.NewCourse;
import app.skillcurrent.content.revision.LessonContent;
import app.skillcurrent.content.revision.LessonTask;
import app.skillcurrent.content.revision.Level;
import app.skillcurrent.content.revision.QuizOption;
import app.skillcurrent.content.revision.QuizQuestion;
import app.skillcurrent.content.revision.TaskKind;
import app.skillcurrent.core.account.Account;
import app.skillcurrent.core.account.AccountRules;
import app.skillcurrent.core.account.AccountService;
import app.skillcurrent.core.account.Role;
import app.skillcurrent.core.account.SignUpRequest;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * People, courses and lessons made through the real services, so every test starts from a state a user could
 * have reached. Names are unique per JVM because the tests of a class share one database.
 */
public final class Fixtures {

    public static final String PASSWORD = "a-long-password";

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final AccountService accounts;
    private final CourseDrafts courseDrafts;
    private final LessonDrafts lessonDrafts;

    public Fixtures(AccountService accounts, CourseDrafts courseDrafts, LessonDrafts lessonDrafts) {
        this.accounts = accounts;
        this.courseDrafts = courseDrafts;
        this.lessonDrafts = lessonDrafts;
    }

    public static String unique(String prefix) {
        return prefix + "-" + SEQUENCE.incrementAndGet();
    }

    public Account account(String emailPrefix) {
        return accounts.signUp(new SignUpRequest(unique(emailPrefix) + "@example.com", "Pat", PASSWORD, "en", AccountRules.CONSENT_GIVEN));
    }

    public Editor instructor() {
        Account account = account("instructor");
        accounts.grantRole(account.id(), Role.INSTRUCTOR);
        return new Editor(account.id(), true, false);
    }

    public Editor admin() {
        Account account = account("admin");
        accounts.grantRole(account.id(), Role.ADMIN);
        return new Editor(account.id(), false, true);
    }

    /**
     * A new course whose exam draws a single question: the default draws ten, which would make every small
     * course unpublishable and hide what a test is about.
     */
    public Course course(Editor owner) {
        String slug = unique("course");
        Course created = courseDrafts.createCourse(owner, new NewCourse(slug, "Course " + slug, "en"));
        return courseDrafts.updateSettings(owner, slug, new CourseSettings(created.title(), slug, "What this course is about",
                Level.BEGINNER, "en", Set.of(), 80, 1, 3, 90, null), created.draftVersion());
    }

    public LessonDraft lesson(Editor editor, Course course, LessonContent content) {
        LessonDraft added = lessonDrafts.addLesson(editor, course.slug(), content.title());
        return lessonDrafts.saveLesson(editor, course.slug(), added.id(), content, added.draftVersion());
    }

    /** Saves over whatever the draft is now, as an editor who just reloaded the page would. */
    public LessonDraft save(Editor editor, Course course, long lessonId, LessonContent content) {
        LessonDraft current = lessonDrafts.lesson(editor, course.slug(), lessonId);
        return lessonDrafts.saveLesson(editor, course.slug(), lessonId, content, current.draftVersion());
    }

    public static LessonContent content(String title, String body, Set<Long> topicIds, List<QuizQuestion> quiz) {
        return new LessonContent(title, body, 10, List.of(new LessonTask(TaskKind.CHECK, "Try it on your own account")),
                quiz, topicIds);
    }

    public static LessonContent content(String title, String body) {
        return content(title, body, Set.of(), List.of(question("q1", "Which answer is right?")));
    }

    public static QuizQuestion question(String key, String prompt) {
        return new QuizQuestion(key, prompt, List.of(new QuizOption("a", "This one", true),
                new QuizOption("b", "That one", false)), "Because the platform says so.");
    }
}
