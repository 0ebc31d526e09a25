package app.skillcurrent.web.journey;

import app.skillcurrent.content.fixture.ContentFixtures;
import app.skillcurrent.content.fixture.ContentFixtures.Published;
import app.skillcurrent.core.account.AccountService;
import app.skillcurrent.core.credential.Issuer;
import app.skillcurrent.core.fixture.CoreFixtures;
import app.skillcurrent.core.learningtime.LearningTime;
import app.skillcurrent.core.progress.Progress;
import app.skillcurrent.web.support.Browser;
import app.skillcurrent.testing.DatabaseTest;
import app.skillcurrent.testing.TestClock;
import app.skillcurrent.testing.Sql;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An employer and a learner in two browsers: the admin creates an organisation, sets learning time and
 * invites the learner; the learner accepts and learns for a while (the lesson page's own heartbeats, with
 * the server's clock moved on between them); the admin assigns the course, sees time and progress on the
 * team dashboard and downloads the CSV report.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EmployerJourneyBrowserTest implements DatabaseTest {

    @Inject
    EmbeddedServer server;
    @Inject
    Issuer issuer;
    @Inject
    CoreFixtures fixtures;
    @Inject
    TestClock clock;
    @Inject
    AccountService accounts;
    @Inject
    Progress progress;
    @Inject
    LearningTime learningTime;
    @Inject
    DataSource dataSource;

    private Published course;
    private Path downloads;
    private ChromeDriver admin;
    private ChromeDriver learner;

    @Override
    public Map<String, String> extraProperties() {
        return TestClock.ENABLED;
    }

    @BeforeAll
    void courseAndBrowsers() throws IOException {
        course = fixtures
                .course("Hooks for brands", null, 90);
        downloads = Files.createTempDirectory("downloads");
        admin = Browser.start(downloads);
        learner = Browser.start();
    }

    @AfterAll
    void closeBrowsers() {
        Stream.of(admin, learner).filter(b -> b != null).forEach(ChromeDriver::quit);
    }

    @Test
    void anAdminInvitesALearnerWhoLearnsAndTheAdminSeesItAndDownloadsTheReport() throws Exception {
        WebDriverWait adminWait = new WebDriverWait(admin, Duration.ofSeconds(15));
        signUp(admin, adminWait, "emma@example.com", "Emma Employer");
        admin.findElement(By.linkText("Organisations")).click();
        fill(adminWait, "name", "Nordlicht Media");
        admin.findElement(By.cssSelector("form[action='/organisations'] button")).click();
        adminWait.until(ExpectedConditions.urlMatches("/organisations/[0-9a-z]{26}/members$"));
        String members = admin.getCurrentUrl();
        fill(adminWait, "budgetHours", "2");
        new Select(admin.findElement(By.id("budgetPeriod"))).selectByValue("WEEK");
        admin.findElement(By.cssSelector("form[action$='/settings'] button")).click();
        adminWait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash"), "Saved."));
        fill(adminWait, "email", "leo@example.com");
        admin.findElement(By.cssSelector("form[action$='/invitations'] button")).click();
        String link = adminWait.until(ExpectedConditions.visibilityOfElementLocated(By.id("invitation-link"))).getAttribute("value");
        assertThat(link).as("the link uses the public address").startsWith(issuer.baseUrl() + "/invitations/");
        // the test server listens on its own port rather than at the public address
        String invitationPath = server.getURL() + URI.create(link).getPath();
        Browser.screenshot(admin, "organisation-members");

        WebDriverWait learnerWait = new WebDriverWait(learner, Duration.ofSeconds(15));
        learner.get(invitationPath);
        assertThat(learner.findElement(By.id("invitation-heading")).getText()).isEqualTo("Invitation to join Nordlicht Media");
        learner.findElement(By.linkText("Create an account")).click();
        fill(learnerWait, "email", "leo@example.com");
        fill(learnerWait, "displayName", "Leo Learner");
        fill(learnerWait, "password", "a-good-long-password");
        learner.findElement(By.id("consent")).click();
        learner.findElement(By.cssSelector("form[action='/signup'] button[type=submit]")).click();
        learnerWait.until(ExpectedConditions.urlToBe(server.getURL() + "/"));
        learner.get(invitationPath);
        learnerWait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("form[action$='/accept'] button"))).click();
        learnerWait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash"), "you joined the organisation"));
        assertThat(learner.findElement(By.tagName("main")).getText())
                .contains("2 h 0 min of your 2 h 0 min learning time left this week (Nordlicht Media).");

        admin.get(members.replace("/members", "/assignments"));
        new Select(admin.findElement(By.id("what"))).selectByVisibleText("Hooks for brands");
        new Select(admin.findElement(By.id("whom"))).selectByVisibleText("Leo Learner");
        admin.findElement(By.id("dueOn")).sendKeys("");
        admin.findElement(By.cssSelector("form[action$='/assignments'] button[type=submit]")).click();
        adminWait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash"), "Assigned."));

        learner.get(server.getURL() + "/dashboard");
        learner.findElement(By.linkText("Hooks for brands")).click();
        learnerWait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("form[action$='/enrol'] button"))).click();
        learnerWait.until(ExpectedConditions.textToBe(By.id("lesson-title"), "Hooks"));
        long leo = accounts.findByEmail("leo@example.com").orElseThrow().id();
        // the page beats when it loads; each reload half a minute later (by the server's clock) is credited.
        // The clock moves only once the load's beat is stored, or that beat would be taken at the later time.
        learnerWait.until(d -> timingStarted(leo));
        for (int i = 1; i <= 4; i++) {
            clock.advance(Duration.ofSeconds(30));
            learner.navigate().refresh();
            long expected = 30L * i;
            learnerWait.until(d -> learningTime.thisWeek(leo) == expected);
        }
        learner.findElement(By.cssSelector("#task-1 input[type=checkbox]")).click();
        learner.findElement(By.cssSelector("#task-1 button")).click();
        learnerWait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#task-1 .badge-ok")));
        learner.findElement(By.cssSelector("#question-q-hooks input[value=a]")).click();
        learner.findElement(By.cssSelector("#question-q-hooks button")).click();
        learnerWait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#question-q-hooks .feedback-right")));
        learner.findElement(By.cssSelector("form[action$='/complete'] button")).click();
        learnerWait.until(ExpectedConditions.textToBe(By.id("lesson-title"), "Captions"));

        admin.get(members.replace("/members", ""));
        WebElement progressTable = adminWait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("section[aria-labelledby=progress-heading] table")));
        String leoRow = progressTable.findElements(By.cssSelector("tbody tr")).stream().map(WebElement::getText)
                .filter(t -> t.contains("Leo Learner")).findFirst().orElseThrow();
        assertThat(leoRow).contains("2 min of 2 h 0 min", "Hooks for brands", "in progress", "50 %");
        Browser.screenshot(admin, "team-dashboard");
        assertFitsANarrowPhone(admin, "team-dashboard");
        admin.get(members);
        assertFitsANarrowPhone(admin, "organisation-members");
        admin.get(members.replace("/members", ""));

        admin.findElement(By.partialLinkText("Download the team report")).click();
        Path csv = waitForDownload();
        byte[] bytes = Files.readAllBytes(csv);
        assertThat(bytes).as("starts with a byte order mark").startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).contains("Leo Learner,leo@example.com,MEMBER,Hooks for brands,course,Hooks for brands,,IN_PROGRESS,50");
    }

    /** Whether the learner's first heartbeat, which only starts the clock, has been stored. */
    private boolean timingStarted(long userId) {
        return Sql.single(dataSource, "SELECT COUNT(*) FROM heartbeats WHERE user_id = ?", userId) > 0;
    }

    /** Waits until the download has landed as a .csv file (the browser writes a temporary file first). */
    private Path waitForDownload() {
        return await("the CSV download").atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100))
                .until(this::downloadedCsv, Optional::isPresent).orElseThrow();
    }

    private Optional<Path> downloadedCsv() {
        try (Stream<Path> files = Files.list(downloads)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".csv")).findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void signUp(ChromeDriver browser, WebDriverWait wait, String email, String name) {
        browser.get(server.getURL() + "/signup");
        fill(wait, "email", email);
        fill(wait, "displayName", name);
        fill(wait, "password", "a-good-long-password");
        browser.findElement(By.id("consent")).click();
        browser.findElement(By.cssSelector("form[action='/signup'] button[type=submit]")).click();
        wait.until(ExpectedConditions.urlToBe(server.getURL() + "/"));
    }

    /**
     * With a viewport 320 CSS px wide (WCAG's reflow width; phones draw scrollbars over the page, so the window is
     * widened by the width of this browser's scrollbar) the page scrolls only downwards: wide tables scroll inside
     * their own box.
     */
    private static void assertFitsANarrowPhone(ChromeDriver browser, String name) {
        browser.manage().window().setSize(new Dimension(320, 800));
        try {
            long scrollbar = 320 - viewport(browser);
            browser.manage().window().setSize(new Dimension(320 + (int) scrollbar, 800));
            long viewport = viewport(browser);
            long page = ((Number) browser.executeScript("return document.documentElement.scrollWidth;")).longValue();
            Browser.screenshot(browser, name + "-320");
            assertThat(viewport).as("%s: the viewport is as narrow as a small phone's", name).isLessThanOrEqualTo(320);
            assertThat(page).as("%s: the page's width in a %d px viewport", name, viewport).isLessThanOrEqualTo(viewport);
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    private static long viewport(ChromeDriver browser) {
        return ((Number) browser.executeScript("return document.documentElement.clientWidth;")).longValue();
    }

    private static void fill(WebDriverWait wait, String id, String value) {
        WebElement input = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
        input.clear();
        input.sendKeys(value);
    }
}
