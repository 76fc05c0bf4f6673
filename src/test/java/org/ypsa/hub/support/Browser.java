package org.ypsa.hub.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless chromium driven through Debian's chromium-driver (both installed by .ci/run), against the
 * hub's pages on a base URL. Selenium is pointed at the Debian binaries so it never tries to download a browser.
 */
public final class Browser implements AutoCloseable {
    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private final WebDriver driver;
    private final String base;

    public Browser(String base) {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
                "chromium and chromium-driver are not installed (apt-get install chromium chromium-driver; .ci/run does)");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toString());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1280,1600", "--lang=en-GB");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        this.driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        this.base = base;
    }

    public Browser open(String path) {
        driver.get(base + path);
        return this;
    }

    /** Signs in on the sign-in page, as a person would: typing and pressing the button. */
    public Browser signIn(String login, String password) {
        open("/login");
        driver.findElement(By.id("username")).sendKeys(login);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("sign-in")).click();
        // the sign-in page again (refused) or the page asked for: either way the POST has been answered
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> !d.getCurrentUrl().endsWith("/login"));
        return this;
    }

    public Browser signOut() {
        return press(driver.findElement(By.xpath("//form[contains(@action,'/logout')]//button")));
    }

    /**
     * Presses a button that sends a form and waits for the page that answers it: a click returns before the next
     * page is there, later still on a loaded machine.
     */
    public Browser press(WebElement button) {
        WebElement page = driver.findElement(By.tagName("html"));
        button.click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(
                org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(page));
        return this;
    }

    public String path() {
        return driver.getCurrentUrl().substring(base.length());
    }

    public String title() {
        return driver.getTitle();
    }

    /** What a reader sees on the page (the text, not the markup). */
    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public String html() {
        return driver.getPageSource();
    }

    /** Presses Tab once from the start of the page and returns what has the focus. */
    public WebElement tab() {
        driver.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        return driver.switchTo().activeElement();
    }

    public List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    public WebElement one(By by) {
        return driver.findElement(by);
    }

    /** The session cookie, to check from outside the browser what the signed-in person may do. */
    public String sessionCookie() {
        Cookie c = driver.manage().getCookieNamed("JSESSIONID");
        return c == null ? null : c.getName() + "=" + c.getValue();
    }

    public WebDriver driver() {
        return driver;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
