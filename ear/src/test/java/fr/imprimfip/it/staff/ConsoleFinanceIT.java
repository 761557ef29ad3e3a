package fr.imprimfip.it.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import fr.imprimfip.it.ApiClient;
import fr.imprimfip.it.AuditProbe;
import fr.imprimfip.it.BillingRuns;
import fr.imprimfip.it.Browser;
import fr.imprimfip.it.ConsoleSession;
import fr.imprimfip.it.ConsoleSessions;
import fr.imprimfip.it.Keycloak;
import fr.imprimfip.it.Platform;
import fr.imprimfip.testing.LetterPdfs;

/**
 * Finance staff's work in the console, in a real browser: a partner's tariff set, the year billed with its progress
 * bar followed live to 100 % (and a failed run restarted), the statement read with its PDF in the page and its CSV,
 * issued after a refusal and refused once issued, the charts and their tables; each action in the audit trail
 * under demo-finance, each page clean for axe-core.
 */
@ExtendWith(ArquillianExtension.class)
class ConsoleFinanceIT {

    private static final int THIS_YEAR = LocalDate.now(ZoneId.of("Europe/Paris")).getYear();
    private static final Duration RUN_PATIENCE = Duration.ofMinutes(4);

    /** One signed-in browser per role for the class: every test starts on the role's home page. */
    @RegisterExtension
    static final ConsoleSessions CONSOLE = new ConsoleSessions();

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
    void aYearIsBilledFromATariffToAnIssuedStatement() throws Exception {
        // a new partner, whose only tariff is an old year's: this year's is set in the console
        String partner = BillingRuns.partnersWithTariffs(api, 1, 2000).get(0);
        String finance = Keycloak.financeToken();

        ConsoleSession console = CONSOLE.finance();
        setTariff(console, partner);

        startBillingSlowly(console);
        awaitCompletedLive(console);
        console.assertPage("/console/finance/facturation.xhtml", "Facturation annuelle", "20-finance-facturation");
        JsonObject run = AuditProbe.eventOn(api, "console facturation.lancer", Integer.toString(THIS_YEAR));
        assertEquals("demo-finance", run.getString("actor"), run.toString());

        long statementId = openStatement(console, partner, "DRAFT");
        console.assertPage("/console/finance/releve.xhtml", "Relevé " + THIS_YEAR + " de Commune " + partner,
                "21-finance-releve");
        checkDocuments(console, partner, statementId);

        // its tariff revised after it was computed: the service refuses to issue it
        ApiClient.Answer revised = api.send(api.request("/finance/partners/" + partner + "/tariffs/" + THIS_YEAR,
                finance).header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(
                "{\"postagePerPli\": \"1.4300\", \"productionPerPli\": \"0.2000\"}")));
        assertEquals(200, revised.status(), revised.body());
        List<String> outdated = issue(console);
        assertTrue(outdated.stream().anyMatch(m -> m.contains("révisé") && m.contains("relancez la facturation")),
                outdated.toString());
        assertEquals("REFUSED", AuditProbe.eventOn(api, "console releve.emettre", partner + "/" + THIS_YEAR)
                .getString("outcome"));

        // billed again, then issued; a second page still showing the draft is refused: already issued
        console.follow(console.browser().findElement(By.id("nav-billing")));
        console.await().until(ExpectedConditions.presenceOfElementLocated(By.id("lancer:demarrer")));
        startBilling(console, "", "");
        awaitCompleted(console, false);
        openStatement(console, partner, "DRAFT");
        String detail = console.browser().getCurrentUrl();
        String first = console.browser().getWindowHandle();
        console.browser().switchTo().newWindow(WindowType.TAB);
        console.browser().get(detail);
        console.await().until(ExpectedConditions.presenceOfElementLocated(By.id("emettre:demander")));
        String second = console.browser().getWindowHandle();

        console.browser().switchTo().window(first);
        List<String> issued = issue(console);
        assertTrue(issued.stream().anyMatch(m -> m.contains("est émis")), issued.toString());
        assertEquals("Émis", badge(console, "statut"));
        assertTrue(console.text("emission").contains("demo-finance"), console.text("emission"));
        console.assertPage("/console/finance/releve.xhtml", "Relevé " + THIS_YEAR + " de Commune " + partner,
                "22-finance-releve-emis");
        JsonObject issuedStatement = api.getAs("/finance/statements/" + statementId, finance).json();
        assertEquals("ISSUED", issuedStatement.getString("status"));
        assertEquals("demo-finance", issuedStatement.getString("issuedBy"));

        console.browser().switchTo().window(second);
        List<String> again = issue(console);
        assertTrue(again.stream().anyMatch(m -> m.contains("déjà émis")), again.toString());
        console.browser().close();
        console.browser().switchTo().window(first);

        // the statements table: issued ones only, narrowed to the partner, with its totals
        console.click("nav-statements");
        console.await().until(ExpectedConditions.presenceOfElementLocated(By.id("filtre:afficher")));
        filterStatements(console, partner, "ISSUED");
        assertTrue(console.text("releves").contains("Commune " + partner), console.text("releves"));
        assertTrue(console.text("totaux").contains("Total des relevés affichés (1)"), console.text("totaux"));
        console.assertPage("/console/finance/releves.xhtml", "Relevés annuels des partenaires",
                "23-finance-releves-filtres");

        // the year's tariff is now fixed: the console shows the service's refusal
        console.click("nav-tariffs");
        choosePartner(console, partner);
        console.type("tarif:affranchissement", "9,99");
        List<String> fixed = act(console, "tarif:enregistrer");
        assertTrue(fixed.stream().anyMatch(m -> m.contains("son tarif ne change plus")), fixed.toString());
    }

    @Test
    void aFailedRunIsShownOnTheHomePageAndRestartedToTheEnd() throws Exception {
        String partner = BillingRuns.partnersWithTariffs(api, 1, THIS_YEAR).get(0);
        String finance = Keycloak.financeToken();
        JsonObject first = api.awaitJob("/finance/billing-runs", BillingRuns.start(api, finance, THIS_YEAR, ""),
                finance);
        assertEquals("COMPLETED", first.getString("batchStatus"), first.toString());
        long partnerId = BillingRuns.partnerIdOf(api, finance, THIS_YEAR, partner);

        ConsoleSession console = CONSOLE.finance();
        console.click("nav-billing");
        console.await().until(ExpectedConditions.presenceOfElementLocated(By.id("lancer:demarrer")));
        startBilling(console, Long.toString(partnerId), "");
        Browser.patience(console.browser(), RUN_PATIENCE)
                .until(ExpectedConditions.presenceOfElementLocated(By.id("run-failed")));
        assertEquals("En échec", badge(console, "run-status"));
        console.assertPage("/console/finance/facturation.xhtml", "Facturation annuelle",
                "24-finance-facturation-echec");

        console.follow(console.browser().findElement(By.linkText("Finances : accueil")));
        console.await().until(ExpectedConditions.presenceOfElementLocated(By.id("failed-runs")));
        assertEquals("1", console.text("failed-runs"));
        console.assertPage("/console/finance/accueil.xhtml", "Finances : à suivre aujourd'hui",
                "25-finance-accueil-echec");
        String failedRun = console.browser().findElement(By.id("to-failed-run")).getText().replaceAll("\\D+", " ")
                .trim().split(" ")[0];
        console.click("to-failed-run");
        console.await().until(ExpectedConditions.presenceOfElementLocated(By.id("relancer:relancer")));
        List<String> restarted = act(console, "relancer:relancer");
        assertTrue(restarted.stream().anyMatch(m -> m.contains("relancée")), restarted.toString());
        awaitCompleted(console, false);
        JsonObject audit = AuditProbe.eventOn(api, "console facturation.relancer", failedRun);
        assertEquals("SUCCESS", audit.getString("outcome"), audit.toString());
        assertEquals("demo-finance", audit.getString("actor"));
    }

    @Test
    void theChartsAndTheirTablesSayWhatTheApiSays() throws Exception {
        String finance = Keycloak.financeToken();
        String depositor = Keycloak.otherPartnerToken();
        api.awaitAnalysed(depositor, api.submitPdf(depositor, "graphiques.pdf", LetterPdfs.conformingLetter(1))
                .json().getString("internalRef"));
        BillingRuns.partnersWithTariffs(api, 2, THIS_YEAR);
        JsonObject run = api.awaitJob("/finance/billing-runs", BillingRuns.start(api, finance, THIS_YEAR, ""),
                finance);
        assertEquals("COMPLETED", run.getString("batchStatus"), run.toString());
        List<JsonObject> statements = api.getAs("/finance/statements?year=" + THIS_YEAR, finance).jsonArray()
                .getValuesAs(JsonObject.class);
        BigDecimal total = statements.stream().map(s -> s.getJsonNumber("totalAmount").bigDecimalValue())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        long billedPlis = statements.stream().mapToLong(s -> s.getJsonNumber("plis").longValue()).sum();

        ConsoleSession console = CONSOLE.finance();
        console.click("nav-charts");
        console.assertPage("/console/finance/graphiques.xhtml", "Graphiques de l'exercice " + THIS_YEAR,
                "26-finance-graphiques");
        for (String chart : List.of("plis-par-mois", "montants-partenaires", "annees")) {
            WebElement canvas = console.browser().findElement(By.id(chart));
            assertEquals("canvas", canvas.getTagName());
            console.await().until(driver -> "true".equals(canvas.getDomAttribute("data-drawn")));
            assertNotNull(console.browser().findElement(By.id(chart + "-table")));
        }
        assertEquals(0, total.compareTo(footTotal(console, "montants-partenaires-table")),
                "the partners' amounts add up to the year's statements");
        BigDecimal thisYear = new BigDecimal(console.browser().findElement(By.xpath(
                "//table[@id='annees-table']/tbody/tr[th='" + THIS_YEAR + "']/td")).getDomAttribute("data-value"));
        assertEquals(0, total.compareTo(thisYear), "this year's total against the others");
        long plis = console.browser().findElements(By.cssSelector("#plis-par-mois-table tfoot td")).stream()
                .mapToLong(cell -> new BigDecimal(cell.getDomAttribute("data-value")).longValueExact()).sum();
        assertTrue(plis >= billedPlis && plis >= 1, "every billed pli is among the year's production plis: " + plis + " >= "
                + billedPlis);
        List<WebElement> partners = console.browser().findElements(By.cssSelector(
                "#montants-partenaires-table tbody tr"));
        assertTrue(partners.size() <= 6 && !partners.isEmpty(), "the top 5 and the rest");

        console.follow(console.browser().findElement(By.cssSelector("#annees-details summary")));
        console.assertPage("/console/finance/graphiques.xhtml", "Graphiques de l'exercice " + THIS_YEAR,
                "27-finance-graphiques-tableau");
    }

    private void setTariff(ConsoleSession console, String partner) {
        console.click("nav-tariffs");
        choosePartner(console, partner);
        assertTrue(console.text("tarifs").contains("2000"), "the old year in its history: " + console.text("tarifs"));
        console.type("tarif:annee", Integer.toString(THIS_YEAR));
        console.type("tarif:affranchissement", "1,42");
        console.type("tarif:production", "0,2");
        console.type("tarif:types:2:type-affranchissement", "5,36");
        console.type("tarif:types:2:type-production", "0,25");
        List<String> saved = act(console, "tarif:enregistrer");
        assertTrue(saved.stream().anyMatch(m -> m.contains("Le tarif " + THIS_YEAR + " de Commune " + partner
                + " est enregistré")), saved.toString());
        String history = console.text("tarifs");
        assertTrue(history.contains(Integer.toString(THIS_YEAR)) && history.contains("1,4200 €")
                && history.contains("Envoi recommandé papier : 5,3600 € + 0,2500 €") && history.contains("demo-finance"),
                history);
        console.assertPage("/console/finance/tarifs.xhtml", "Tarifs des partenaires", "19-finance-tarifs");
        JsonObject audit = AuditProbe.eventOn(api, "console tarif.modifier", partner + "/" + THIS_YEAR);
        assertEquals("demo-finance", audit.getString("actor"), audit.toString());
        assertEquals("SUCCESS", audit.getString("outcome"));
        JsonObject tariff = api.getAs("/finance/partners/" + partner + "/tariffs", Keycloak.financeToken())
                .jsonArray().getJsonObject(0);
        assertEquals(THIS_YEAR, tariff.getInt("year"));
        assertEquals(0, new BigDecimal("1.42").compareTo(tariff.getJsonNumber("postagePerPli").bigDecimalValue()));
    }

    private static void choosePartner(ConsoleSession console, String partner) {
        console.await().until(ExpectedConditions.presenceOfElementLocated(By.id("choix:partenaire")));
        new Select(console.browser().findElement(By.id("choix:partenaire"))).selectByValue(partner);
        console.click("choix:afficher");
        console.await().until(ExpectedConditions.presenceOfElementLocated(By.id("partner-name")));
    }

    /**
     * Starts this year's billing from the billing page, slowed down by a pause per partner so that its progress can be
     * seen: some 4 s in all, however many partners the server holds.
     */
    private void startBillingSlowly(ConsoleSession console) {
        int partners = api.getAs("/admin/partners", Keycloak.adminToken()).jsonArray().size();
        startBilling(console, "", Long.toString(Math.max(1, Math.min(1000, 4000 / Math.max(1, partners)))));
    }

    /** Starts this year's billing from the billing page; a failure on a partner, a pause per partner, or none. */
    private void startBilling(ConsoleSession console, String failOnItem, String pauseMillis) {
        if (!console.browser().getCurrentUrl().contains("facturation.xhtml")) {
            console.click("nav-billing");
            console.await().until(ExpectedConditions.presenceOfElementLocated(By.id("lancer:demarrer")));
        }
        new Select(console.browser().findElement(By.id("lancer:annee"))).selectByValue(Integer.toString(THIS_YEAR));
        console.type("lancer:pause", pauseMillis);
        console.type("lancer:echec", failOnItem);
        List<String> started = act(console, "lancer:demarrer");
        assertTrue(started.stream().anyMatch(m -> m.contains("La facturation de l'exercice " + THIS_YEAR
                + " est lancée")), started.toString());
    }

    /**
     * The run's page updates itself while the run goes on (its elapsed time moves with no page load), then shows it
     * completed, the bar at 100 %.
     */
    private static void awaitCompletedLive(ConsoleSession console) {
        awaitCompleted(console, true);
    }

    /** The same, for a run that may end before the page had time to show it moving (a restart's last chunk). */
    private static void awaitCompleted(ConsoleSession console, boolean seenMoving) {
        WebDriverWait patient = Browser.patience(console.browser(), RUN_PATIENCE);
        if (seenMoving
                && !"true".equals(console.browser().findElement(By.id("avancement")).getDomAttribute("data-finished"))) {
            console.browser().executeScript("document.body.dataset.sameLoad = 'yes';");
            String elapsed = console.text("elapsed");
            patient.until(driver -> {
                if (!"yes".equals(console.browser().executeScript("return document.body.dataset.sameLoad;"))) {
                    throw new AssertionError("the page was loaded again before it showed the run moving");
                }
                return !elapsed.equals(console.text("elapsed"));
            });
        }
        patient.until(driver -> "Terminée".equals(badge(console, "run-status")));
        // the live page reloads itself once the run has ended: a click before that could be lost in the reload
        Browser.patience(console.browser(), RUN_PATIENCE).ignoring(WebDriverException.class).until(driver ->
                Boolean.TRUE.equals(console.browser().executeScript("var progress = document.getElementById("
                        + "'avancement'); return document.readyState === 'complete' && progress !== null"
                        + " && progress.dataset.reloading === undefined;")));
        assertEquals("Terminée", badge(console, "run-status"), "the settled page says the run ended");
        patient.until(ExpectedConditions.textToBe(By.id("percent"), "100"));
        assertEquals("100", console.browser().findElement(By.id("barre")).getDomProperty("value").replace(".0", ""));
        assertFalse(console.has("run-failed"));
    }

    /** Opens the partner's statement of this year from the statements table; its id. */
    private static long openStatement(ConsoleSession console, String partner, String status) {
        console.click("nav-statements");
        console.await().until(ExpectedConditions.presenceOfElementLocated(By.id("filtre:afficher")));
        filterStatements(console, partner, status);
        console.follow(console.browser().findElement(By.cssSelector("a[data-partner='" + partner + "']")));
        console.await().until(ExpectedConditions.presenceOfElementLocated(By.id("apercu")));
        String src = console.browser().findElement(By.id("apercu")).getDomAttribute("src");
        return Long.parseLong(src.replaceAll(".*[?&]id=(\\d+).*", "$1"));
    }

    private static void filterStatements(ConsoleSession console, String partner, String status) {
        new Select(console.browser().findElement(By.id("filtre:annee"))).selectByValue(Integer.toString(THIS_YEAR));
        console.type("filtre:partenaire", partner);
        new Select(console.browser().findElement(By.id("filtre:statut"))).selectByValue(status);
        console.click("filtre:afficher");
        console.await().until(ExpectedConditions.presenceOfElementLocated(By.id("releves")));
    }

    /** The PDF in the page's frame, which the console alone may frame, and the CSV the accounts import. */
    private void checkDocuments(ConsoleSession console, String partner, long statementId) {
        String session = console.browser().manage().getCookieNamed("JSESSIONID").getValue();
        String pdfPath = console.browser().findElement(By.id("apercu")).getDomAttribute("src");
        assertEquals("/console/finance/releve-document?id=" + statementId + "&format=pdf", pdfPath);
        ApiClient.Answer pdf = api.get(pdfPath, "Cookie", "JSESSIONID=" + session);
        assertEquals(200, pdf.status());
        assertEquals("application/pdf", pdf.header("Content-Type"));
        assertTrue(pdf.header("Content-Security-Policy").contains("frame-ancestors 'self'"),
                pdf.header("Content-Security-Policy"));
        assertTrue(pdf.body().startsWith("%PDF"));

        String csvPath = console.browser().findElement(By.id("csv")).getDomAttribute("href");
        ApiClient.Answer csv = api.get(csvPath, "Cookie", "JSESSIONID=" + session);
        assertEquals(200, csv.status());
        assertTrue(csv.header("Content-Type").startsWith("text/csv"), csv.header("Content-Type"));
        assertTrue(csv.header("Content-Disposition").contains("releve-" + statementId + ".csv"));
        assertTrue(csv.body().startsWith("\uFEFFpartenaire;annee;mois;type_envoi;plis;"), csv.body());
        assertTrue(csv.body().contains(partner + ";" + THIS_YEAR + ";TOTAL;;0;;;0,00;0,00;0,00"), csv.body());
        ApiClient.Answer anonymous = api.get(csvPath);
        assertTrue(anonymous.status() != 200 && !anonymous.body().contains(";TOTAL;"), "no session, no statement");
    }

    /** Asks to issue the statement shown, then confirms; the messages the page then shows. */
    private static List<String> issue(ConsoleSession console) {
        act(console, "emettre:demander");
        assertTrue(console.text("confirmation").contains("il ne changera plus"), console.text("confirmation"));
        return act(console, "emettre:confirmer");
    }

    /** Clicks {@code id} and waits for the page it posts to; that page's messages. */
    private static List<String> act(ConsoleSession console, String id) {
        console.click(id);
        return console.browser().findElements(By.className("console-message")).stream().map(WebElement::getText)
                .toList();
    }

    /** A badge's label as written (the design system shows badges in capitals). */
    private static String badge(ConsoleSession console, String id) {
        return console.browser().findElement(By.id(id)).getDomProperty("textContent").strip();
    }

    private static BigDecimal footTotal(ConsoleSession console, String table) {
        return new BigDecimal(console.browser().findElement(By.cssSelector("#" + table + " tfoot td"))
                .getDomAttribute("data-value"));
    }
}
