package fr.imprimfip.it.recipient;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import fr.imprimfip.it.AxeAudit;
import fr.imprimfip.it.Browser;
import fr.imprimfip.it.Platform;

/**
 * A recipient in headless Chromium on the public pages of electronic registered letters: no sign-in, a fresh
 * browsing state for each test ({@link #forget()}), each page checked by its title, photographed and audited.
 */
final class RecipientBrowser implements AutoCloseable {

    static final String PAGES = Platform.BASE_URL + "/lre";

    private final ChromeDriver browser = Browser.open();
    private final WebDriverWait wait = Browser.patience(browser);

    /** Forgets the pages' cookies: the next link is followed as by someone who never came. */
    void forget() {
        browser.get(PAGES + "/aide");
        browser.manage().deleteAllCookies();
    }

    void open(String url) {
        browser.get(url);
    }

    /** Clicks the element {@code id} and, when it leads to another page, waits for that page. */
    void click(String id) {
        Browser.follow(browser, browser.findElement(By.id(id)));
    }

    void type(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    /** The text of {@code id} as written, before the style sets its case (the DSFR badges show capitals). */
    String content(String id) {
        return browser.findElement(By.id(id)).getAttribute("textContent").trim();
    }

    boolean has(String id) {
        return !browser.findElements(By.id(id)).isEmpty();
    }

    String source() {
        return browser.getPageSource();
    }

    String url() {
        return browser.getCurrentUrl();
    }

    Cookie sessionCookie() {
        return browser.manage().getCookieNamed("JSESSIONID");
    }

    /** Waits for the element {@code id} to be on the page. */
    void await(String id) {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
    }

    /** Waits for the element {@code id} to hold {@code text} as written. */
    void awaitContent(String id, String text) {
        wait.until(ExpectedConditions.attributeToBe(By.id(id), "textContent", text));
    }

    /** Waits for the element {@code id} to be gone from the page. */
    void awaitGone(String id) {
        wait.until(ExpectedConditions.numberOfElementsToBe(By.id(id), 0));
    }

    /** Waits for the page titled {@code title}. */
    void awaitTitle(String title) {
        wait.until(ExpectedConditions.textToBe(By.id("page-title"), title));
    }

    /** The page titled {@code title} is shown, photographed as {@code lre-<screenshot>.png}, and passes axe's audit. */
    void assertPage(String title, String screenshot) {
        awaitTitle(title);
        Browser.screenshot(browser, "lre-" + screenshot);
        assertEquals(List.of(), AxeAudit.seriousViolations(browser), title + ": serious accessibility violations");
    }

    /** Waits for a message of the page holding {@code expected}. */
    void awaitMessage(String expected) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.className("lre-message"), expected));
    }

    /** The texts of the page's messages, once there is one. */
    List<String> messages() {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.className("lre-message")));
        return browser.findElements(By.className("lre-message")).stream().map(WebElement::getText).toList();
    }

    @Override
    public void close() {
        browser.quit();
    }
}
