package fr.imprimfip.it.staff;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import fr.imprimfip.it.ApiClient;
import fr.imprimfip.it.AxeAudit;
import fr.imprimfip.it.BillingRuns;
import fr.imprimfip.it.Browser;
import fr.imprimfip.it.Keycloak;
import fr.imprimfip.it.Platform;

/**
 * The staff console in a real browser (headless Chromium) against the deployed EAR and the real Keycloak: each role
 * signs in on Keycloak's own login page, sees its pages and only those, and signs out. Every page is photographed
 * (target/console-screenshots) and audited by axe-core: no serious or critical accessibility violation.
 */
@ExtendWith(ArquillianExtension.class)
class ConsoleBrowserIT {

    private static final String CONSOLE = Platform.BASE_URL + "/console/";
    private static final int THIS_YEAR = LocalDate.now(ZoneId.of("Europe/Paris")).getYear();

    private final ApiClient api = new ApiClient();
    private ChromeDriver browser;
    private WebDriverWait wait;

    @Deployment(name = "platform", order = 1, testable = false)
    static EnterpriseArchive platform() {
        return Platform.ear();
    }

    @Deployment(name = "console", order = 2, testable = false)
    static WebArchive console() {
        return Platform.console();
    }

    @BeforeEach
    void openBrowser() {
        browser = Browser.open();
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void financeSeesItsPagesOnlyThenSignsOut() throws Exception {
        List<String> billed = billThisYear();

        browser.get(CONSOLE);
        signInOnKeycloak("demo-finance", "demo-finance-password");
        assertPage("/console/finance/accueil.xhtml", "Finances : à suivre aujourd'hui", "01-finance-accueil");
        assertTrue(Integer.parseInt(text("drafts")) + Integer.parseInt(text("issued")) >= billed.size(),
                "the year's statements are counted");
        assertTrue(text("last-run").contains("Exécution"), text("last-run"));
        assertSessionCookieIsGuarded();

        browser.findElement(By.id("to-statements")).click();
        assertPage("/console/finance/releves.xhtml", "Relevés annuels des partenaires", "02-finance-releves");
        String table = text("releves");
        billed.forEach(partner -> assertTrue(table.contains(partner), partner + " in " + table));
        assertTrue(table.toLowerCase(Locale.ROOT).contains("brouillon"), "draft badges (shown in capitals): " + table);

        for (String adminPage : List.of("admin/accueil.xhtml", "admin/partenaires.xhtml")) {
            browser.get(CONSOLE + adminPage);
            assertEquals("Accès refusé", text("page-title"), adminPage);
        }
        assertPage("/console/admin/partenaires.xhtml", "Accès refusé", "03-finance-acces-refuse");

        signOut();
    }

    @Test
    void adminSeesItsHomeAndFindsAPartner() throws Exception {
        String partner = BillingRuns.partnersWithTariffs(api, 1, THIS_YEAR).get(0);

        browser.get(CONSOLE);
        signInOnKeycloak("demo-admin", "demo-admin-password");
        assertPage("/console/admin/accueil.xhtml", "Administration : à suivre aujourd'hui", "04-admin-accueil");
        for (String figure : List.of("open-incidents", "templates-waiting", "late-letters", "undelivered")) {
            assertFalse(text(figure).isBlank(), figure);
        }

        browser.findElement(By.id("nav-partners")).click();
        assertPage("/console/admin/partenaires.xhtml", "Partenaires", "05-admin-partenaires");
        assertTrue(text("partenaires").contains(partner), "the new partner is listed");

        WebElement search = browser.findElement(By.id("recherche:texte"));
        search.sendKeys(partner);
        browser.findElement(By.id("recherche:chercher")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("caption"), "(1 sur"));
        assertTrue(text("partenaires").contains(partner), text("partenaires"));
        assertPage("/console/admin/partenaires.xhtml", "Partenaires", "06-admin-partenaires-recherche");

        signOut();
    }

    @Test
    void everyConsoleResponseCarriesTheSecurityHeaders() {
        ApiClient.Answer asset = api.get("/console/dsfr/dsfr.min.css");
        assertEquals(200, asset.status());
        String csp = asset.header("Content-Security-Policy");
        assertAll(
                () -> assertTrue(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"), csp),
                () -> assertTrue(csp.contains("frame-ancestors 'none'"), csp),
                () -> assertTrue(asset.header("Strict-Transport-Security").startsWith("max-age=")),
                () -> assertEquals("nosniff", asset.header("X-Content-Type-Options")),
                () -> assertEquals("same-origin", asset.header("Referrer-Policy")));
    }

    /** Partners with a tariff for this year, billed by finance through the API: the statements the pages show. */
    private List<String> billThisYear() throws InterruptedException {
        List<String> partners = BillingRuns.partnersWithTariffs(api, 2, THIS_YEAR);
        String finance = Keycloak.financeToken();
        JsonObject run = api.awaitJob("/finance/billing-runs", BillingRuns.start(api, finance, THIS_YEAR, ""), finance);
        assertEquals("COMPLETED", run.getString("batchStatus"), run.toString());
        return partners;
    }

    private void signInOnKeycloak(String username, String password) {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
        assertTrue(browser.getCurrentUrl().startsWith(Keycloak.URL + "/realms/imprimfip/protocol/openid-connect/auth"),
                browser.getCurrentUrl());
        assertTrue(browser.getCurrentUrl().contains("code_challenge_method=S256"), "PKCE: " + browser.getCurrentUrl());
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("kc-login")).click();
        wait.until(ExpectedConditions.urlContains("/console/"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("page-title")));
    }

    private void signOut() {
        browser.findElement(By.id("sign-out")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
        browser.get(CONSOLE);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
        assertTrue(browser.getCurrentUrl().startsWith(Keycloak.URL), "signing in is asked again: "
                + browser.getCurrentUrl());
    }

    /** The page at {@code path} titled {@code title}, photographed as {@code screenshot}, passes axe's audit. */
    private void assertPage(String path, String title, String screenshot) {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("page-title")));
        assertTrue(browser.getCurrentUrl().startsWith(Platform.BASE_URL + path), browser.getCurrentUrl());
        assertEquals(title, text("page-title"));
        Browser.screenshot(browser, screenshot);
        assertEquals(List.of(), AxeAudit.seriousViolations(browser), path + ": serious accessibility violations");
    }

    private void assertSessionCookieIsGuarded() {
        Cookie session = browser.manage().getCookieNamed("JSESSIONID");
        assertTrue(session != null && session.isSecure() && session.isHttpOnly(), String.valueOf(session));
        assertEquals("Lax", session.getSameSite(), session.toString());
    }

    private String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }
}
