package org.lastpresence.it.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through its chromedriver (installed by {@code .ci/install-browser}), with a
 * fresh profile, and the screenshots it takes written under {@code target/screenshots}.
 */
final class Browser implements AutoCloseable {
    static final Duration TIMEOUT = Duration.ofSeconds(20);
    private static final String CHROMIUM = System.getProperty("lastpresence.chromium", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getProperty("lastpresence.chromedriver", "/usr/bin/chromedriver");
    private static final Path SCREENSHOTS =
            Path.of(System.getProperty("lastpresence.screenshots", "target/screenshots"));

    private final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    static Browser start() throws IOException {
        for (String program : List.of(CHROMIUM, CHROMEDRIVER)) {
            if (!Files.isExecutable(Path.of(program))) {
                throw new IllegalStateException(program + " is missing: run .ci/install-browser (Debian's chromium "
                        + "and chromium-driver) before the integration tests");
            }
        }
        Path profile = Files.createTempDirectory("lastpresence-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,1400", "--lang=en-US",
                "--user-data-dir=" + profile);
        // The driver is named, so Selenium never tries to download one.
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        return new Browser(new ChromeDriver(service, options), profile);
    }

    WebDriver driver() {
        return driver;
    }

    void open(String url) {
        driver.get(url);
    }

    WebElement find(By by) {
        return driver.findElement(by);
    }

    List<WebElement> findAll(By by) {
        return driver.findElements(by);
    }

    /** The visible text of an element. */
    String text(By by) {
        return driver.findElement(by).getText().trim();
    }

    /** Polls the page (no fixed sleep) until the condition holds; fails with {@code what} after the timeout. */
    <T> T await(String what, ExpectedCondition<T> condition) {
        return new WebDriverWait(driver, TIMEOUT).withMessage(what).until(condition);
    }

    /** Reloads the page until the condition holds: for state that the server changes on its own. */
    <T> T awaitAfterReloads(String what, ExpectedCondition<T> condition) {
        return new WebDriverWait(driver, TIMEOUT).withMessage(what).pollingEvery(Duration.ofMillis(250))
                .until(d -> {
                    d.navigate().refresh();
                    return condition.apply(d);
                });
    }

    /** Saves what the browser shows as {@code target/screenshots/<name>.png}. */
    Path screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Path file = SCREENSHOTS.resolve(name + ".png");
        Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        return file;
    }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            try (var files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }
}
