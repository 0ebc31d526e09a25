package app.skillcurrent.web.journey;

import app.skillcurrent.content.access.Editor;
import app.skillcurrent.content.authoring.Course;
import app.skillcurrent.content.authoring.CourseDrafts;
import app.skillcurrent.content.authoring.CourseEditors;
import app.skillcurrent.content.authoring.CourseSettings;
import app.skillcurrent.content.authoring.Publishing;
import app.skillcurrent.content.fixture.ContentFixtures;
import app.skillcurrent.content.revision.LessonContent;
import app.skillcurrent.content.revision.LessonTask;
import app.skillcurrent.content.revision.Level;
import app.skillcurrent.content.revision.QuizOption;
import app.skillcurrent.content.revision.QuizQuestion;
import app.skillcurrent.content.revision.TaskKind;
import app.skillcurrent.core.fixture.CoreFixtures;
import app.skillcurrent.web.support.Browser;
import app.skillcurrent.testing.DatabaseTest;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A learner finds a course by searching, enrols, works through tasks and quizzes, signs out, comes back to
 * where they left off, and passes the final exam: in a real browser.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LearnerJourneyBrowserTest implements DatabaseTest {

    @Inject
    CoreFixtures fixtures;
    @Inject
    ContentFixtures courses;
    @Inject
    EmbeddedServer server;
    @Inject
    CourseEditors courseEditors;
    @Inject
    CourseDrafts courseDrafts;
    @Inject
    Publishing publishing;

    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeAll
    void courseAndBrowser() {
        Editor instructor = fixtures.instructor();
        Course course = courses.course(instructor);
        courseDrafts.updateSettings(instructor, course.slug(), new CourseSettings("Captions that convert", course.slug(),
                "Write captions people finish reading.", Level.BEGINNER, "en", Set.of(), 80, 2, 3, 90, null),
                courseEditors.course(instructor, course.slug()).draftVersion());
        courses.lesson(instructor, course, lesson("Why captions matter", "Captions carry the **promise**.", "q-why"));
        courses.lesson(instructor, course, lesson("Writing the first line", "Lead with the benefit.", "q-first"));
        publishing.publish(instructor, course.slug(), null, "First edition.");
        courses.lesson(instructor, courses.course(instructor), lesson("Unrelated", "Another topic.", "q-x"));
        browser = Browser.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(15));
    }

    private static LessonContent lesson(String title, String body, String questionKey) {
        return new LessonContent(title, body, 8,
                List.of(new LessonTask(TaskKind.CHECK, "Read three of your recent captions aloud."),
                        new LessonTask(TaskKind.REFLECTION, "Which caption would you rewrite first, and why?")),
                List.of(new QuizQuestion(questionKey, "What should a caption's first line do?",
                        List.of(new QuizOption("a", "Promise a benefit", true), new QuizOption("b", "List hashtags", false)),
                        "The first line decides whether people keep reading.")),
                Set.of());
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void searchEnrolLearnResumeAndPassTheExam() {
        browser.get(server.getURL() + "/signup");
        fill("email", "lena@example.com");
        fill("displayName", "Lena");
        fill("password", "a-good-long-password");
        browser.findElement(By.id("consent")).click();
        browser.findElement(By.cssSelector("form[action='/signup'] button[type=submit]")).click();
        wait.until(ExpectedConditions.urlToBe(server.getURL() + "/"));

        browser.get(server.getURL() + "/courses");
        fill("q", "captions");
        browser.findElement(By.cssSelector("form.catalogue-search button[type=submit], form[action='/courses'] button[type=submit]")).click();
        // the course is listed before the search too: wait for the results page, not just the link
        wait.until(ExpectedConditions.urlContains("q=captions"));
        wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Captions that convert"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("form[action$='/enrol'] button"))).click();

        wait.until(ExpectedConditions.textToBe(By.id("lesson-title"), "Why captions matter"));
        doLesson("q-why", "The one about our spring sale: it starts with a hashtag.");
        wait.until(ExpectedConditions.textToBe(By.id("lesson-title"), "Writing the first line"));
        Browser.screenshot(browser, "lesson-player");

        browser.findElement(By.cssSelector("form[action='/signout'] button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash"), "You are signed out"));
        browser.findElement(By.linkText("Sign in")).click();
        fill("email", "lena@example.com");
        fill("password", "a-good-long-password");
        browser.findElement(By.cssSelector("form[action='/signin'] button[type=submit]")).click();
        wait.until(ExpectedConditions.urlToBe(server.getURL() + "/"));
        browser.findElement(By.linkText("Dashboard")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("next-heading")));
        assertThat(browser.findElement(By.cssSelector("#next-heading + p")).getText()).as("resumes at the open lesson")
                .isEqualTo("Captions that convert: Writing the first line");
        browser.findElement(By.linkText("Continue")).click();
        wait.until(ExpectedConditions.textToBe(By.id("lesson-title"), "Writing the first line"));
        doLesson("q-first", "A caption for our newsletter launch.");

        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("form[action$='/exam'] button"))).click();
        List<WebElement> rightAnswers = wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("input[type=radio][value=a]"), 2));
        assertThat(browser.findElements(By.cssSelector("fieldset.quiz-question legend"))).extracting(WebElement::getText)
                .containsExactly("1. What should a caption's first line do?", "2. What should a caption's first line do?");
        rightAnswers.forEach(WebElement::click);
        browser.findElement(By.cssSelector("form.exam-form button[type=submit]")).click();
        WebElement result = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".result")));
        assertThat(result.getText()).isEqualTo("Passed with 100 % (pass mark 80 %).");
        Browser.screenshot(browser, "exam-passed");
    }

    private void doLesson(String questionKey, String reflection) {
        browser.findElement(By.cssSelector("#task-1 input[type=checkbox]")).click();
        browser.findElement(By.cssSelector("#task-1 button")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#task-1 .badge-ok")));
        WebElement text = browser.findElement(By.cssSelector("#task-2 textarea"));
        text.sendKeys(reflection);
        browser.findElement(By.cssSelector("#task-2 button")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#task-2 .badge-ok")));
        browser.findElement(By.cssSelector("#question-" + questionKey + " input[value=a]")).click();
        browser.findElement(By.cssSelector("#question-" + questionKey + " button")).click();
        WebElement feedback = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#question-" + questionKey + " .feedback-right")));
        assertThat(feedback.getText()).isEqualTo("Right. The first line decides whether people keep reading.");
        browser.findElement(By.cssSelector("form[action$='/complete'] button")).click();
    }

    private void fill(String id, String value) {
        WebElement input = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
        input.clear();
        input.sendKeys(value);
    }
}
