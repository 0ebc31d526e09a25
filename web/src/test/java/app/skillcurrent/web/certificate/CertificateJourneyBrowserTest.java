package app.skillcurrent.web.certificate;

import app.skillcurrent.content.fixture.ContentFixtures.Published;
import app.skillcurrent.core.account.Account;
import app.skillcurrent.core.fixture.CoreFixtures;
import app.skillcurrent.core.progress.Progress;
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
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A learner passes the final exam, opens the certificate from the result page, and someone else scans its
 * QR code and sees that it is valid: in a real browser.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CertificateJourneyBrowserTest implements DatabaseTest {

    @Inject
    EmbeddedServer server;
    @Inject
    CoreFixtures fixtures;
    @Inject
    Progress progress;

    private ChromeDriver browser;
    private WebDriverWait wait;
    private Account learner;
    private String slug;

    @Override
    public Map<String, String> extraProperties() {
        return CertificateFixtures.serverWithPublicUrl();
    }

    @BeforeAll
    void learnerReadyForTheExam() {
        Published course = fixtures.course("Instagram Broadcast channels", null, 90);
        slug = course.slug();
        learner = fixtures.learner("Bjørn Æbelø");
        fixtures.completeLessons(learner.id(), slug);
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
    void passTheExamOpenTheCertificateAndVerifyItByItsQrCode() {
        browser.get(server.getURL() + "/signin");
        fill("email", learner.email());
        fill("password", CoreFixtures.PASSWORD);
        browser.findElement(By.cssSelector("form[action='/signin'] button[type=submit]")).click();
        wait.until(ExpectedConditions.urlToBe(server.getURL() + "/"));

        browser.get(server.getURL() + "/learn/" + slug + "/exam");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("form[action$='/exam'] button"))).click();
        List<WebElement> rightAnswers = wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("input[type=radio][value=a]"), 2));
        rightAnswers.forEach(WebElement::click);
        browser.findElement(By.cssSelector("form.exam-form button[type=submit]")).click();
        WebElement result = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".result")));
        assertThat(result.getText()).contains("Passed");

        browser.findElement(By.id("view-certificate")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("verdict")));
        assertThat(browser.findElement(By.id("verdict")).getText()).isEqualTo("Valid");
        assertThat(browser.findElement(By.id("holder")).getText()).isEqualTo("Bjørn Æbelø");
        Browser.screenshot(browser, "certificate-holder-view");

        WebElement qr = browser.findElement(By.cssSelector(".certificate-qr img"));
        assertThat((Boolean) browser.executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0", qr))
                .as("the QR code image loaded").isTrue();
        String scanned = Http.decodeQr(Http.get(qr.getAttribute("src"), "image/png").body());
        String printed = browser.findElement(By.id("verification-url")).getText();
        assertThat(scanned).as("the QR code and the printed address agree").isEqualTo(printed);
        assertThat(scanned).as("and both lead to this page").isEqualTo(browser.getCurrentUrl());

        browser.findElement(By.linkText("Certificates")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".certificate-card")));
        assertThat(browser.findElement(By.cssSelector(".certificate-card h2")).getText()).startsWith("Instagram Broadcast channels");
        Browser.screenshot(browser, "certificate-wallet");

        browser.manage().deleteAllCookies();
        browser.get(scanned);
        WebElement verdict = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("verdict")));
        assertThat(verdict.getText()).isEqualTo("Valid");
        assertThat(browser.findElement(By.id("status-sentence")).getText())
                .startsWith("Valid. Certified on version 1.0, the current version.");
        assertThat(browser.findElements(By.linkText("Sign in"))).as("a stranger, not signed in").hasSize(1);
        Browser.screenshot(browser, "certificate-verified-by-stranger");
    }

    private void fill(String id, String value) {
        WebElement input = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
        input.clear();
        input.sendKeys(value);
    }
}
