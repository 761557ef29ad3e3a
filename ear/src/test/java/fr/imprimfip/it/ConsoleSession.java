package fr.imprimfip.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A staff member in the console through headless Chromium: signed in on Keycloak's own login page, visiting pages
 * that are each photographed and audited by axe-core, and signed out. {@link #close()} it after; {@link ConsoleSessions}
 * keeps one per role for a whole test class.
 */
public final class ConsoleSession implements AutoCloseable {

    public static final String CONSOLE = Platform.BASE_URL + "/console/";

    private final ChromeDriver browser;
    private final WebDriverWait wait;

    private ConsoleSession() {
        browser = Browser.open();
        wait = Browser.patience(browser);
    }

    /** Opens the console and signs {@code username} in on Keycloak's login page (PKCE asked by the console). */
    public static ConsoleSession signIn(String username, String password) {
        ConsoleSession session = new ConsoleSession();
        session.browser.get(CONSOLE);
        session.signInOnKeycloak(username, password);
        return session;
    }

    public static ConsoleSession finance() {
        return signIn("demo-finance", "demo-finance-password");
    }

    public static ConsoleSession admin() {
        return signIn("demo-admin", "demo-admin-password");
    }

    public ChromeDriver browser() {
        return browser;
    }

    public WebDriverWait await() {
        return wait;
    }

    /** Goes to {@code page}, relative to the console's root (e.g. {@code admin/partenaires.xhtml}). */
    public void open(String page) {
        browser.get(CONSOLE + page);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("page-title")));
    }

    /** Clicks the element {@code id}; see {@link #follow(WebElement)}. */
    public void click(String id) {
        follow(browser.findElement(By.id(id)));
    }

    /** Clicks {@code element} and, when it leads to another page, waits for that page. */
    public void follow(WebElement element) {
        Browser.follow(browser, element);
    }

    public void type(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    public String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    public boolean has(String id) {
        return !browser.findElements(By.id(id)).isEmpty();
    }

    /** The texts of the page's success and error messages (see the page template), once there is one. */
    public List<String> messages() {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.className("console-message")));
        return browser.findElements(By.className("console-message")).stream().map(WebElement::getText).toList();
    }

    /**
     * What this session's browser fetches at {@code url} with its cookies: status, content type, CSP, disposition and
     * the body's first 200 characters.
     */
    @SuppressWarnings("unchecked")
    public Map<String, Object> fetch(String url) {
        return (Map<String, Object>) browser.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], {credentials: 'same-origin'}).then(async answer => {
                  const text = await answer.text();
                  done({status: answer.status, type: answer.headers.get('Content-Type'),
                        csp: answer.headers.get('Content-Security-Policy'),
                        disposition: answer.headers.get('Content-Disposition'), start: text.substring(0, 200)});
                }).catch(e => done({error: String(e)}));""", url);
    }

    /** The page at {@code path} titled {@code title}, photographed as {@code screenshot}, passes axe's audit. */
    public void assertPage(String path, String title, String screenshot) {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("page-title")));
        assertTrue(browser.getCurrentUrl().startsWith(Platform.BASE_URL + path), browser.getCurrentUrl());
        assertEquals(title, text("page-title"));
        Browser.screenshot(browser, screenshot);
        assertEquals(List.of(), AxeAudit.seriousViolations(browser), path + ": serious accessibility violations");
    }

    /** Signs out through the console; Keycloak then asks to sign in again. */
    public void signOut() {
        click("sign-out");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
        browser.get(CONSOLE);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
        assertTrue(browser.getCurrentUrl().startsWith(Keycloak.URL), "signing in is asked again: "
                + browser.getCurrentUrl());
    }

    /**
     * Back on the console's home page with the browser's first window only, still signed in: where a sign-in lands.
     * False when the session cannot be used again (signed out, browser gone).
     */
    boolean backHome() {
        try {
            String first = browser.getWindowHandles().iterator().next();
            for (String window : browser.getWindowHandles()) {
                if (!window.equals(first)) {
                    browser.switchTo().window(window).close();
                }
            }
            browser.switchTo().window(first);
            browser.get(CONSOLE);
            wait.until(ExpectedConditions.or(ExpectedConditions.presenceOfElementLocated(By.id("page-title")),
                    ExpectedConditions.presenceOfElementLocated(By.id("username"))));
            return browser.getCurrentUrl().startsWith(CONSOLE) && has("page-title");
        } catch (WebDriverException unusable) {
            return false;
        }
    }

    private void signInOnKeycloak(String username, String password) {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
        assertTrue(browser.getCurrentUrl().startsWith(Keycloak.URL + "/realms/imprimfip/protocol/openid-connect/auth"),
                browser.getCurrentUrl());
        assertTrue(browser.getCurrentUrl().contains("code_challenge_method=S256"), "PKCE: " + browser.getCurrentUrl());
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        follow(browser.findElement(By.id("kc-login")));
        wait.until(ExpectedConditions.urlContains("/console/"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("page-title")));
    }

    @Override
    public void close() {
        browser.quit();
    }
}
