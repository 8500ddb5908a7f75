package org.tuodi.server.platform.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium for the browser tests: the system's {@code /usr/bin/chromium} driven through
 * {@code /usr/bin/chromedriver} (set explicitly, so Selenium Manager looks for and downloads
 * nothing; failsafe also sets {@code SE_OFFLINE=true}). Without them the test fails at once and
 * says what to install: it never skips. Screenshots go to {@code target/screenshots/<name>.png}.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target/screenshots");

    final ChromeDriver driver;
    final WebDriverWait wait;
    private final String base;

    private Browser(ChromeDriver driver, String base) {
        this.driver = driver;
        this.base = base;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(15));
    }

    /** A desktop window (a county office PC) or a phone's (390 × 844), on the server at base. */
    static Browser open(String base, int width, int height) {
        assertThat(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER))
                .as(
                        "the browser tests need %s and %s: apt-get install -y chromium"
                                + " chromium-driver",
                        CHROMIUM, CHROMEDRIVER)
                .isTrue();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-dev-shm-usage",
                "--disable-gpu",
                "--disable-extensions",
                "--lang=zh-CN",
                "--window-size=" + width + "," + height);
        ChromeDriverService service =
                new ChromeDriverService.Builder()
                        .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                        .usingAnyFreePort()
                        .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(width, height));
        return new Browser(driver, base);
    }

    void go(String path) {
        driver.get(base + path);
    }

    void signIn(String username, String password) {
        go("/login");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.cssSelector("form button[type=submit].primary")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    WebElement find(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    String text(By by) {
        return find(by).getText();
    }

    /** Saves a screenshot of the whole page as target/screenshots/name.png. */
    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            long height =
                    ((Number) driver.executeScript("return document.documentElement.scrollHeight"))
                            .longValue();
            Dimension size = driver.manage().window().getSize();
            driver.manage()
                    .window()
                    .setSize(
                            new Dimension(
                                    size.width,
                                    (int) Math.min(Math.max(height + 100, size.height), 6000)));
            driver.executeScript("window.scrollTo(0, 0)");
            byte[] png = driver.getScreenshotAs(OutputType.BYTES);
            Files.write(SCREENSHOTS.resolve(name + ".png"), png);
            driver.manage().window().setSize(size);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
