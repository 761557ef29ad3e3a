package fr.imprimfip.it;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium and ChromeDriver, headless, for the staff console's tests in a real browser. On a developer
 * machine without them the tests are skipped with the command that installs them; in CI ({@code CI=true}) their
 * absence fails the run, so that the browser tests are never silently left out.
 */
public final class Browser {

    public static final Path SCREENSHOTS = Path.of("target", "console-screenshots");
    private static final String INSTALL = "apt-get install -y chromium chromium-driver";

    private Browser() {
    }

    /** A new headless Chromium, trusting the demo server certificate, in French, 1280 pixels wide. */
    public static ChromeDriver open() {
        Path chromium = executable("IMPRIMFIP_CHROMIUM", "chromium", "chromium-browser").orElse(null);
        Path driver = executable("IMPRIMFIP_CHROMEDRIVER", "chromedriver").orElse(null);
        if (chromium == null || driver == null) {
            String missing = "Chromium and ChromeDriver are not installed (" + INSTALL + "): the staff console's"
                    + " browser tests cannot run";
            if ("true".equals(System.getenv("CI"))) {
                fail(missing);
            }
            Assumptions.abort(missing + "; SKIPPED");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--ignore-certificate-errors", "--window-size=1280,1000", "--lang=fr-FR");
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "fr-FR,fr"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver.toFile())
                .usingAnyFreePort().build();
        ChromeDriver browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        return browser;
    }

    /** {@link #patience(ChromeDriver, Duration)} of thirty seconds. */
    public static WebDriverWait patience(ChromeDriver browser) {
        return patience(browser, Duration.ofSeconds(30));
    }

    /**
     * Patience that looks again when the page it was reading was replaced meanwhile (a page being rendered after a
     * form's answer, a page reloading itself), instead of failing on the element left behind.
     */
    public static WebDriverWait patience(ChromeDriver browser, Duration duration) {
        WebDriverWait wait = new WebDriverWait(browser, duration);
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    /**
     * Clicks {@code element}; when the click leaves the page (a link to another page, a form's submit button), waits
     * until the next page has replaced it, so that nothing read after the click comes from the page left behind.
     */
    public static void follow(ChromeDriver browser, WebElement element) {
        if (!leavesPage(browser, element)) {
            element.click();
            return;
        }
        browser.executeScript("document.documentElement.dataset.left = 'yes';");
        element.click();
        // the page left is told by a mark of its own: while the next one replaces it, the browser may answer anything
        // about the elements of either (stale, or not in the document any more)
        patience(browser).ignoring(WebDriverException.class).until(driver -> Boolean.TRUE.equals(browser.executeScript(
                "return document.documentElement.dataset.left === undefined && document.readyState === 'complete';")));
    }

    private static boolean leavesPage(ChromeDriver browser, WebElement element) {
        return Boolean.TRUE.equals(browser.executeScript("""
                const e = arguments[0];
                if (e.tagName === 'A') {
                    const href = e.getAttribute('href');
                    return href !== null && !href.startsWith('#') && !href.startsWith('javascript:')
                        && !e.hasAttribute('download') && (e.target === '' || e.target === '_self');
                }
                return (e.tagName === 'INPUT' || e.tagName === 'BUTTON') && e.type === 'submit' && e.form !== null;
                """, element));
    }

    /** Saves what the browser shows as {@code target/console-screenshots/<name>.png}. */
    public static Path screenshot(ChromeDriver browser, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path target = SCREENSHOTS.resolve(name + ".png");
            Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(), target,
                    StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<Path> executable(String variable, String... names) {
        String chosen = System.getenv(variable);
        if (chosen != null && !chosen.isBlank()) {
            return Optional.of(Path.of(chosen)).filter(Files::isExecutable);
        }
        return Stream.of(System.getenv().getOrDefault("PATH", "/usr/bin").split(java.io.File.pathSeparator))
                .flatMap(dir -> Stream.of(names).map(name -> Path.of(dir, name)))
                .filter(Files::isExecutable).findFirst();
    }
}
