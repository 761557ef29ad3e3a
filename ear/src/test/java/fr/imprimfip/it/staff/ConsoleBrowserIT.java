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
import java.util.Map;

import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import fr.imprimfip.it.ApiClient;
import fr.imprimfip.it.BillingRuns;
import fr.imprimfip.it.Browser;
import fr.imprimfip.it.ConsoleSession;
import fr.imprimfip.it.Keycloak;
import fr.imprimfip.it.Platform;

/**
 * The staff console in a real browser (headless Chromium) against the deployed EAR and the real Keycloak: each role
 * signs in on Keycloak's own login page, sees its pages and only those, and signs out. Every page is photographed
 * (target/console-screenshots) and audited by axe-core: no serious or critical accessibility violation.
 */
@ExtendWith(ArquillianExtension.class)
class ConsoleBrowserIT {

    private static final int THIS_YEAR = LocalDate.now(ZoneId.of("Europe/Paris")).getYear();

    /** Where the browser's clock is moved first: 27 of the session's 30 minutes, three before its end. */
    private static final long NEAR_THE_WARNING_MILLIS = Duration.ofMinutes(27).toMillis();

    /** Then into the warning's last two minutes: a minute and a half before the end. */
    private static final long INTO_THE_WARNING_MILLIS = Duration.ofSeconds(90).toMillis();

    private final ApiClient api = new ApiClient();

    @Deployment(name = "platform", order = 1, testable = false)
    static EnterpriseArchive platform() {
        return Platform.ear();
    }

    @Deployment(name = "console", order = 2, testable = false)
    static WebArchive console() {
        return Platform.console();
    }

    @Test
    void financeSeesItsPagesOnlyThenSignsOut() throws Exception {
        List<String> billed = billThisYear();

        try (ConsoleSession finance = ConsoleSession.finance()) {
            finance.assertPage("/console/finance/accueil.xhtml", "Finances : à suivre aujourd'hui", "01-finance-accueil");
            assertTrue(Integer.parseInt(finance.text("drafts")) + Integer.parseInt(finance.text("issued"))
                    >= billed.size(), "the year's statements are counted");
            assertTrue(finance.text("last-run").contains("Exécution"), finance.text("last-run"));
            assertSessionCookieIsGuarded(finance);

            finance.click("to-statements");
            finance.assertPage("/console/finance/releves.xhtml", "Relevés annuels des partenaires", "02-finance-releves");
            String table = finance.text("releves");
            billed.forEach(partner -> assertTrue(table.contains(partner), partner + " in " + table));
            assertTrue(table.toLowerCase(Locale.ROOT).contains("brouillon"), "draft badges (shown in capitals): " + table);

            for (String adminPage : List.of("admin/accueil.xhtml", "admin/partenaires.xhtml")) {
                finance.open(adminPage);
                assertEquals("Accès refusé", finance.text("page-title"), adminPage);
            }
            finance.assertPage("/console/admin/partenaires.xhtml", "Accès refusé", "03-finance-acces-refuse");

            finance.signOut();
        }
    }

    @Test
    void adminSeesItsHomeAndFindsAPartner() throws Exception {
        String partner = BillingRuns.partnersWithTariffs(api, 1, THIS_YEAR).get(0);

        try (ConsoleSession admin = ConsoleSession.admin()) {
            admin.assertPage("/console/admin/accueil.xhtml", "Administration : à suivre aujourd'hui", "04-admin-accueil");
            for (String figure : List.of("open-incidents", "templates-waiting", "late-letters", "undelivered")) {
                assertFalse(admin.text(figure).isBlank(), figure);
            }

            admin.click("nav-partners");
            admin.assertPage("/console/admin/partenaires.xhtml", "Partenaires", "05-admin-partenaires");
            assertTrue(admin.text("partenaires").contains(partner), "the new partner is listed");

            admin.type("recherche:texte", partner);
            admin.click("recherche:chercher");
            admin.await().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("caption"), "(1 sur"));
            assertTrue(admin.text("partenaires").contains(partner), admin.text("partenaires"));
            admin.assertPage("/console/admin/partenaires.xhtml", "Partenaires", "06-admin-partenaires-recherche");

            admin.signOut();
        }
    }

    /**
     * Thirty minutes of inactivity are not waited for: the browser's clock is replaced before the console's scripts run
     * (Chrome's DevTools protocol, as fake timers would do) and moved on, 27 minutes, then a minute and a half, then
     * past the end; it runs at real speed in between, so that no look of the page at it jumps over the warning.
     */
    @Test
    void aStaffMemberIsWarnedBeforeTheSessionEndsAndCanStay() {
        try (ConsoleSession admin = ConsoleSession.admin()) {
            admin.browser().executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
                    "(function () { var real = Date.now.bind(Date), ahead = 0;"
                    + " Date.now = function () { return real() + ahead; };"
                    + " window.clockAhead = function (ms) { ahead += ms; }; }());"));
            admin.open("admin/accueil.xhtml");
            WebElement warning = admin.browser().findElement(By.id("session-warning"));
            assertFalse(warning.isDisplayed(), "no warning while the session is young");
            assertEquals("1800", warning.getAttribute("data-session-seconds"), "the session's 30 minutes, from the page");

            moveClock(admin, NEAR_THE_WARNING_MILLIS);
            oneTick(admin);
            assertFalse(warning.isDisplayed(), "no warning three minutes before the end");

            moveClock(admin, INTO_THE_WARNING_MILLIS);
            WebDriverWait seconds = Browser.patience(admin.browser(), Duration.ofSeconds(10));
            seconds.until(ExpectedConditions.visibilityOf(warning));
            assertTrue(admin.text("session-remaining").matches("[01] min \\d\\d s"), admin.text("session-remaining"));
            admin.assertPage("/console/admin/accueil.xhtml", "Administration : à suivre aujourd'hui",
                    "07-avertissement-session");

            admin.click("session-keep");
            admin.await().until(ExpectedConditions.invisibilityOf(warning));
            assertFalse(admin.browser().findElement(By.id("session-ended")).isDisplayed(), "the session goes on");
            oneTick(admin);
            assertFalse(warning.isDisplayed(), "kept: the session has its 30 minutes again");

            moveClock(admin, Duration.ofMinutes(31).toMillis());
            seconds.until(ExpectedConditions.visibilityOfElementLocated(By.id("session-ended")));
            assertFalse(warning.isDisplayed());
        }
    }

    private static void moveClock(ConsoleSession session, long millis) {
        session.browser().executeScript("window.clockAhead(" + millis + ");");
    }

    /** Lets the page look at its clock once more (it does so every second). */
    private static void oneTick(ConsoleSession session) {
        session.browser().executeAsyncScript("window.setTimeout(arguments[arguments.length - 1], 1200);");
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

    private static void assertSessionCookieIsGuarded(ConsoleSession session) {
        Cookie cookie = session.browser().manage().getCookieNamed("JSESSIONID");
        assertTrue(cookie != null && cookie.isSecure() && cookie.isHttpOnly(), String.valueOf(cookie));
        assertEquals("Lax", cookie.getSameSite(), cookie.toString());
    }
}
