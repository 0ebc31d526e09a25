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

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        browser.findElement(By.cssSelector("form[action='/signup'] button[type=submit]")).click();
        WebElement passwordError = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("password-error")));
        assertTrue(passwordError.getText().contains("at least 10 characters"));
        assertEquals("Jonas Journey", browser.findElement(By.id("displayName")).getAttribute("value"));
        assertEquals("true", browser.findElement(By.id("password")).getAttribute("aria-invalid"));

        fill("password", "a-good-long-password");
        browser.findElement(By.cssSelector("form[action='/signup'] button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash"), "Your account is ready"));

        browser.findElement(By.cssSelector("form[action='/signout'] button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash"), "You are signed out"));

        browser.findElement(By.linkText("Sign in")).click();
        fill("email", "journey@example.com");
        fill("password", "a-good-long-password");
        browser.findElement(By.cssSelector("form[action='/signin'] button[type=submit]")).click();

        wait.until(ExpectedConditions.urlToBe(server.getURL() + "/"));
        WebElement heading = browser.findElement(By.tagName("h1"));
        assertEquals("Social media skills that stay current", heading.getText());
        assertTrue(browser.findElement(By.cssSelector("header nav")).getText().contains("Profile"));

        Path shot = Browser.screenshot(browser, "signed-in-home");
        assertTrue(Files.exists(shot));
    }

    @Test
    void theLanguageSwitcherWorksWithoutJavaScriptHelpers() {
        browser.get(server.getURL() + "/signin");
        browser.findElement(By.cssSelector("#language-select option[value='de']")).click();
        browser.findElement(By.cssSelector(".language-form button")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Anmelden"));
        assertTrue(browser.getCurrentUrl().endsWith("/signin"));
        Browser.screenshot(browser, "signin-german");
    }

    private void fill(String id, String value) {
        WebElement input = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
        input.clear();
        input.sendKeys(value);
    }
}
