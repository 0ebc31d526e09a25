package app.skillcurrent.web.journey;

import app.skillcurrent.web.support.Browser;
import app.skillcurrent.testing.DatabaseTest;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** A newcomer signs up, signs out, signs back in and lands on the home page: in a real browser. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignUpJourneyBrowserTest implements DatabaseTest {

    @Inject
    EmbeddedServer server;

    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeAll
    void openBrowser() {
        browser = Browser.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(15));
    }

    @BeforeEach
    void forgetEarlierVisits() {
        browser.manage().deleteAllCookies();
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void signUpSignOutSignInSeeHome() {
        browser.get(server.getURL() + "/");
        Browser.screenshot(browser, "home-signed-out");
        wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Create a free account"))).click();

        // first a mistake: the form comes back with the message next to the field and nothing lost
        fill("email", "journey@example.com");
        fill("displayName", "Jonas Journey");
        fill("password", "short");
        browser.findElement(By.id("consent")).click();
        browser.findElement(By.cssSelector("form[action='/signup'] button[type=submit]")).click();
        WebElement passwordError = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("password-error")));
        assertThat(passwordError.getText()).isEqualTo("Use at least 10 characters.");
        WebElement summary = browser.findElement(By.cssSelector(".error-summary"));
        assertThat(browser.switchTo().activeElement()).as("the summary has the focus, so it is read out first").isEqualTo(summary);
        assertThat(summary.findElements(By.cssSelector("a"))).as("the summary links to the wrong field")
                .extracting(link -> link.getDomAttribute("href"), WebElement::getText)
                .containsExactly(tuple("#password", "Password: Use at least 10 characters."));
        assertThat(browser.findElement(By.id("email")).getDomProperty("value")).as("what was typed is kept").isEqualTo("journey@example.com");
        assertThat(browser.findElement(By.id("displayName")).getDomProperty("value")).as("what was typed is kept").isEqualTo("Jonas Journey");
        assertThat(browser.findElement(By.id("password")).getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.findElement(By.id("consent")).isSelected()).as("the consent given is kept").isTrue();

        fill("password", "a-good-long-password");
        browser.findElement(By.cssSelector("form[action='/signup'] button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash"), "Your account is ready"));
        assertThat(browser.findElement(By.cssSelector(".flash")).getText()).isEqualTo("Welcome! Your account is ready.");

        browser.findElement(By.cssSelector("form[action='/signout'] button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash"), "You are signed out"));
        assertThat(browser.findElement(By.cssSelector(".flash")).getText()).isEqualTo("You are signed out.");

        browser.findElement(By.linkText("Sign in")).click();
        fill("email", "journey@example.com");
        fill("password", "a-good-long-password");
        browser.findElement(By.cssSelector("form[action='/signin'] button[type=submit]")).click();

        wait.until(ExpectedConditions.urlToBe(server.getURL() + "/"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Social media skills that stay current");
        assertThat(browser.findElements(By.cssSelector("header nav a"))).extracting(WebElement::getText)
                .as("the header's links for someone signed in").anySatisfy(text -> assertThat(text).startsWith("Profile")).doesNotContain("Sign in");

        Path shot = Browser.screenshot(browser, "signed-in-home");
        assertThat(shot).exists();
    }

    @Test
    void theLanguageSwitcherWorksWithoutJavaScriptHelpers() {
        browser.get(server.getURL() + "/signin");
        browser.findElement(By.cssSelector("#language-select option[value='de']")).click();
        browser.findElement(By.cssSelector(".language-form button")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Anmelden"));
        assertThat(browser.getCurrentUrl()).as("back on the same page").endsWith("/signin");
        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("de");
        Browser.screenshot(browser, "signin-german");
    }

    private void fill(String id, String value) {
        WebElement input = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
        input.clear();
        input.sendKeys(value);
    }
}
