package app.skillcurrent.web.journey;

import app.skillcurrent.core.account.AccountRules;
import app.skillcurrent.content.access.Editor;
import app.skillcurrent.content.authoring.CourseDrafts;
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
import app.skillcurrent.content.revision.TaskKind;
import app.skillcurrent.core.account.Account;
import app.skillcurrent.core.account.AccountService;
import app.skillcurrent.core.account.Role;
import app.skillcurrent.core.account.SignUpRequest;
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
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** An instructor edits a lesson, previews it, publishes a minor version with a note and reads the diff. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InstructorJourneyBrowserTest implements DatabaseTest {

    @Inject
    EmbeddedServer server;
    @Inject
    AccountService accounts;
    @Inject
    CourseDrafts courseDrafts;
    @Inject
    LessonDrafts lessonDrafts;
    @Inject
    Publishing publishing;

    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeAll
    void publishedCourseAndBrowser() {
        Account instructor = accounts.signUp(new SignUpRequest("ines@example.com", "Ines", CoreFixtures.PASSWORD, "en", AccountRules.CONSENT_GIVEN));
        accounts.grantRole(instructor.id(), Role.INSTRUCTOR);
        Editor editor = new Editor(instructor.id(), true, false);
        courseDrafts.createCourse(editor, new NewCourse("reels-basics", "Reels basics", "en"));
        LessonDraft lesson = lessonDrafts.addLesson(editor, "reels-basics", "Hooks that hold");
        lessonDrafts.saveLesson(editor, "reels-basics", lesson.id(), new LessonContent("Hooks that hold",
                "## The first second\n\nOpen with motion and a promise the viewer wants kept.", 10,
                List.of(new LessonTask(TaskKind.CHECK, "Watch three of your own Reels with the sound off.")),
                List.of(new QuizQuestion("q-hook", "What should the first second do?",
                        List.of(new QuizOption("a", "Make a promise", true), new QuizOption("b", "Show the logo", false)),
                        "The promise keeps people watching.")),
                Set.of()), lesson.draftVersion());
        courseDrafts.updateSettings(editor, "reels-basics", new CourseSettings("Reels basics", "reels-basics",
                "Short openings that hold attention.", Level.BEGINNER, "en", Set.of(), 80, 1, 3, 90, null), 0);
        publishing.publishAsOf(editor, "reels-basics", null, "First edition.", Instant.now().minus(10, ChronoUnit.DAYS));
        browser = Browser.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(15));
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void editPreviewPublishMinorAndReadTheDiff() {
        browser.get(server.getURL() + "/signin");
        fill("email", "ines@example.com");
        fill("password", CoreFixtures.PASSWORD);
        browser.findElement(By.cssSelector("form[action='/signin'] button[type=submit]")).click();
        wait.until(ExpectedConditions.urlToBe(server.getURL() + "/"));

        browser.findElement(By.linkText("Teach")).click();
        // the home page lists the course too: wait for the instructor's page, not just the link
        wait.until(ExpectedConditions.urlToBe(server.getURL() + "/teach"));
        wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Reels basics"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Hooks that hold"))).click();

        WebElement body = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("body")));
        body.clear();
        body.sendKeys("## The first second\n\nOpen with motion and a **clear** promise the viewer wants kept.");
        browser.findElement(By.cssSelector("button[value=preview]")).click();
        WebElement preview = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".preview .lesson-body")));
        assertThat(preview.findElement(By.tagName("strong")).getText()).as("Markdown rendered in the preview").isEqualTo("clear");
        Browser.screenshot(browser, "lesson-editor-preview");

        browser.findElement(By.cssSelector("button[value=save]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash"), "The lesson draft is saved."));

        browser.findElement(By.linkText("Reels basics")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("changeNote")));
        browser.findElement(By.cssSelector("input[name=severity][value=MINOR]")).click();
        fill("changeNote", "Made the promise in the first second explicit.");
        browser.findElement(By.cssSelector("form[action$='/publish'] button[type=submit]")).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash"), "The new version is published."));
        assertThat(browser.findElements(By.cssSelector("ol.timeline h2.timeline-title")).get(0).getText())
                .as("the newest version comes first").startsWith("Version 1.1");
        assertThat(browser.findElement(By.cssSelector("ol.timeline li")).getText())
                .contains("Made the promise in the first second explicit.");

        browser.findElement(By.partialLinkText("What changed since 1.0")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Hooks that hold"))).click();
        wait.until(ExpectedConditions.urlContains("/diff"));
        WebElement inserted = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("pre.diff ins")));
        assertThat(inserted.getText()).contains("**clear**");
        Browser.screenshot(browser, "lesson-diff");
    }

    private void fill(String id, String value) {
        WebElement input = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
        input.clear();
        input.sendKeys(value);
    }
}
