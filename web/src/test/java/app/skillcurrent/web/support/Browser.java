package app.skillcurrent.web.support;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

/**
 * Debian's chromium driven through its chromedriver: no browser is ever downloaded. Paths can be moved
 * with CHROME_BIN and CHROMEDRIVER_BIN.
 */
public final class Browser {

    private Browser() {
    }

    public static ChromeDriver start() {
        return start(null);
    }

    /** A browser that saves downloads into {@code downloads} without asking. */
    public static ChromeDriver start(Path downloads) {
        String chrome = System.getenv().getOrDefault("CHROME_BIN", "/usr/bin/chromium");
        String driver = System.getenv().getOrDefault("CHROMEDRIVER_BIN", "/usr/bin/chromedriver");
        if (!new File(chrome).canExecute() || !new File(driver).canExecute()) {
            throw new IllegalStateException("Browser tests need chromium and chromedriver (apt-get install chromium chromium-driver); looked for "
                    + chrome + " and " + driver);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chrome);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,900", "--lang=en-GB");
        if (downloads != null) {
            options.setExperimentalOption("prefs", java.util.Map.of(
                    "download.default_directory", downloads.toAbsolutePath().toString(),
                    "download.prompt_for_download", false));
        }
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(driver)).build();
        ChromeDriver browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return browser;
    }

    /** Saves what the browser shows under target/screenshots/. */
    public static Path screenshot(ChromeDriver browser, String name) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "screenshots"));
            Path target = dir.resolve(name + ".png");
            Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
