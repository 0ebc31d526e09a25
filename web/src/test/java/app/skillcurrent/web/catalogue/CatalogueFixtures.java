package app.skillcurrent.web.catalogue;

import app.skillcurrent.content.access.Editor;
import app.skillcurrent.content.authoring.Course;
import app.skillcurrent.content.authoring.CourseDrafts;
import app.skillcurrent.content.authoring.CourseEditors;
import app.skillcurrent.content.authoring.CourseSettings;
import app.skillcurrent.content.authoring.LessonDraft;
import app.skillcurrent.content.authoring.LessonDrafts;
import app.skillcurrent.content.authoring.NewCourse;
import app.skillcurrent.content.authoring.Publishing;
import app.skillcurrent.content.revision.LessonContent;
import app.skillcurrent.content.revision.LessonTask;
import app.skillcurrent.content.revision.Level;
import app.skillcurrent.content.revision.QuizOption;
import app.skillcurrent.content.revision.QuizQuestion;
import app.skillcurrent.content.revision.Severity;
import app.skillcurrent.content.revision.TaskKind;
import app.skillcurrent.core.account.Account;
import app.skillcurrent.core.account.AccountRules;
import app.skillcurrent.core.account.AccountService;
import app.skillcurrent.core.account.Role;
import app.skillcurrent.core.account.SignUpRequest;
import app.skillcurrent.web.support.Accounts;
import app.skillcurrent.web.support.Fixtures;
import app.skillcurrent.testing.WebSession;
import org.jsoup.Jsoup;

import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Courses built and published through the real authoring services, with the settings catalogue tests vary:
 * level, language, topics, length and publication date.
 */
final class CatalogueFixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final AccountService accounts;
    private final CourseEditors courseEditors;
    private final CourseDrafts courseDrafts;
    private final LessonDrafts lessonDrafts;
    private final Publishing publishing;

    CatalogueFixtures(AccountService accounts, CourseEditors courseEditors, CourseDrafts courseDrafts,
                      LessonDrafts lessonDrafts, Publishing publishing) {
        this.accounts = accounts;
        this.courseEditors = courseEditors;
        this.courseDrafts = courseDrafts;
        this.lessonDrafts = lessonDrafts;
        this.publishing = publishing;
    }

    /**
     * A made-up word found nowhere else: letters only, so the full-text parser keeps it as one token, and
     * longer than the minimum indexed word length.
     */
    static String word() {
        StringBuilder letters = new StringBuilder();
        int n = SEQUENCE.incrementAndGet();
        do {
            letters.append((char) ('a' + n % 26));
            n /= 26;
        } while (n > 0);
        return "zeq" + letters + "vok";
    }

    static String slug() {
        return "cat-" + SEQUENCE.incrementAndGet();
    }

    Account account(Role... roles) {
        Account account = accounts.signUp(new SignUpRequest("person-" + SEQUENCE.incrementAndGet() + "@example.com",
                "Pat", Fixtures.PASSWORD, "en", AccountRules.CONSENT_GIVEN));
        for (Role role : roles) {
            accounts.grantRole(account.id(), role);
        }
        return account;
    }

    Editor instructor() {
        return new Editor(account(Role.INSTRUCTOR).id(), true, false);
    }

    WebSession signedIn(URI server, Role... roles) {
        Account account = account(roles);
        WebSession session = new WebSession(server);
        assertThat(Accounts.signIn(session, account.email(), Fixtures.PASSWORD).statusCode()).as("signed in").isEqualTo(303);
        return session;
    }

    /** The settings of a course that is yet to be published. */
    CourseBuilder course(Editor owner, String title) {
        return new CourseBuilder(owner, title);
    }

    /** The course addresses of the cards on a catalogue, track or home page, in the order shown. */
    static List<String> slugsOn(String page) {
        return Jsoup.parse(page).select(".card h3 a[href^=/courses/]").stream()
                .map(link -> link.attr("href").substring("/courses/".length())).toList();
    }

    final class CourseBuilder {
        private final Editor owner;
        private final String title;
        private String summary = "A practical course for people who run social accounts";
        private Level level = Level.BEGINNER;
        private String language = "en";
        private Set<Long> topics = Set.of();
        private Set<Long> lessonTopics = Set.of();
        private int minutes = 30;

        private CourseBuilder(Editor owner, String title) {
            this.owner = owner;
            this.title = title;
        }

        CourseBuilder summary(String summary) {
            this.summary = summary;
            return this;
        }

        CourseBuilder level(Level level) {
            this.level = level;
            return this;
        }

        CourseBuilder language(String language) {
            this.language = language;
            return this;
        }

        CourseBuilder topics(Long... topicIds) {
            this.topics = Set.of(topicIds);
            return this;
        }

        /** Topics the lesson teaches: what platform changes make it need review. */
        CourseBuilder lessonTopics(Long... topicIds) {
            this.lessonTopics = Set.of(topicIds);
            return this;
        }

        CourseBuilder minutes(int minutes) {
            this.minutes = minutes;
            return this;
        }

        /** The course with one lesson in its draft, not published. */
        Course draft() {
            String slug = slug();
            Course created = courseDrafts.createCourse(owner, new NewCourse(slug, title, language));
            Course course = courseDrafts.updateSettings(owner, slug, new CourseSettings(title, slug, summary, level, language,
                    topics, 80, 1, 3, 90, null), created.draftVersion());
            LessonDraft lesson = lessonDrafts.addLesson(owner, slug, "The lesson");
            lessonDrafts.saveLesson(owner, slug, lesson.id(), new LessonContent("The lesson", "What to do, step by step.",
                    minutes, List.of(new LessonTask(TaskKind.CHECK, "Try it on your own account")),
                    List.of(new QuizQuestion("q1", "Which answer is right?", List.of(new QuizOption("a", "This one", true),
                            new QuizOption("b", "That one", false)), "Because the platform says so.")),
                    lessonTopics), lesson.draftVersion());
            return course;
        }

        /** Published now. */
        Course publish() {
            return publishDaysAgo(0);
        }

        Course publishDaysAgo(int days) {
            Course course = draft();
            publishing.publishAsOf(owner, course.slug(), null, "First version",
                    Instant.now().minus(days, ChronoUnit.DAYS));
            return course;
        }
    }

    /** Publishes the course's draft again (it must differ from the current version). */
    void republish(Editor owner, Course course, int daysAgo) {
        publishing.publishAsOf(owner, course.slug(), Severity.MINOR, "Updated",
                Instant.now().minus(daysAgo, ChronoUnit.DAYS));
    }

    /** Changes the draft's title (what learners see only changes once this is published). */
    void retitle(Editor owner, Course course, String title) {
        Course current = courseEditors.course(owner, course.slug());
        courseDrafts.updateSettings(owner, course.slug(), new CourseSettings(title, current.slug(), current.summary(),
                current.level(), current.language(), courseDrafts.draftTopics(current), current.examPassMark(),
                current.examQuestionCount(), current.examAttempts(), current.renewalWindowDays(),
                current.certificateValidMonths()), current.draftVersion());
    }
}
