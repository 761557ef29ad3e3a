package fr.imprimfip.it.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import fr.imprimfip.it.ApiClient;
import fr.imprimfip.it.AuditProbe;
import fr.imprimfip.it.Browser;
import fr.imprimfip.it.ConsoleSession;
import fr.imprimfip.it.ConsoleSessions;
import fr.imprimfip.it.Keycloak;
import fr.imprimfip.it.Platform;
import fr.imprimfip.it.ServerClock;
import fr.imprimfip.testing.LetterPdfs;

/**
 * The administrators' operations in the console, in headless Chromium against the deployed EAR and Keycloak: a
 * letter template validated beside its PDF, a security incident opened with its 48-hour deadline counting down and
 * moved to its next phase, a retention purge confirmed from its dry run's counts. Every action is found in the
 * audit trail under the administrator's name; every page is photographed and passes axe-core.
 */
@ExtendWith(ArquillianExtension.class)
class ConsoleOperationsIT {

    private static final String ADMIN = "demo-admin";

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
    void aTemplateIsReadBesideItsPdfThenValidated() {
        String name = "Avis-console-" + UUID.randomUUID().toString().substring(0, 8);
        ApiClient.Answer submitted = api.send(api.request("/api/v2/letter-templates?name=" + name,
                        Keycloak.partnerToken("demo-partner-sandbox")).header("Content-Type", "application/pdf")
                .POST(HttpRequest.BodyPublishers.ofByteArray(LetterPdfs.conformingLetter(1))));
        assertEquals(201, submitted.status(), submitted.body());
        long id = submitted.json().getJsonNumber("id").longValue();

        ConsoleSession admin = CONSOLE.admin();
        admin.click("nav-templates");
        admin.assertPage("/console/admin/modeles.xhtml", "Modèles de courrier à examiner", "10-admin-modeles");
        assertTrue(admin.text("modeles").contains(name), admin.text("modeles"));

        admin.follow(admin.browser().findElement(By.linkText(name)));
        admin.assertPage("/console/admin/modele.xhtml", "Examen d'un modèle de courrier", "11-admin-modele");
        assertEquals(name, admin.text("template-name"));
        assertEquals("0 erreur(s)", admin.text("charter-errors").toLowerCase());
        Map<String, Object> pdf = admin.fetch(admin.browser().findElement(By.id("maquette")).getAttribute("src"));
        assertEquals(200L, pdf.get("status"), pdf.toString());
        assertEquals("application/pdf", pdf.get("type"), pdf.toString());
        assertTrue(String.valueOf(pdf.get("csp")).contains("frame-ancestors 'self'"),
                "the PDF may be framed by the console only: " + pdf.get("csp"));
        assertTrue(String.valueOf(pdf.get("start")).startsWith("%PDF"), pdf.toString());

        admin.type("decision:commentaire", "Conforme à la charte");
        admin.click("decision:valider");
        admin.await().until(ExpectedConditions.presenceOfElementLocated(By.id("confirmation")));
        assertTrue(admin.text("confirmation").contains(name), admin.text("confirmation"));
        admin.click("decision:confirmer-validation");
        assertTrue(admin.messages().stream().anyMatch(m -> m.contains("est validé")), admin.messages().toString());
        assertEquals("validé", admin.text("template-status").toLowerCase());
        admin.assertPage("/console/admin/modele.xhtml", "Examen d'un modèle de courrier", "12-admin-modele-valide");
        assertByAdmin(AuditProbe.eventOn(api, "console modele.valider", "template-" + id));
        assertTrue(api.getAs("/api/v2/letter-templates", Keycloak.partnerToken("demo-partner-sandbox")).jsonArray()
                .getValuesAs(JsonObject.class).stream().anyMatch(t -> t.getString("name").equals(name)
                        && t.getString("status").equals("VALIDATED")), "the partner sees it validated");
    }

    @Test
    void anIncidentIsOpenedItsDeadlineCountsDownAndItMovesOn() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String admin = Keycloak.adminToken();
        ApiClient.Answer late = api.postJson("/admin/security-incidents", admin, "{\"summary\": \"Ancien " + run
                + "\", \"detectedAt\": \"" + Instant.now().minus(Duration.ofHours(72)) + "\", \"personalDataBreach\":"
                + " true, \"partners\": [\"demo-partner-sandbox\"], \"isolate\": false}");
        assertEquals(201, late.status(), late.body());
        String lateReference = late.json().getString("reference");

        ConsoleSession console = CONSOLE.admin();
        console.click("nav-incidents");
        console.assertPage("/console/admin/incidents.xhtml", "Incidents de sécurité", "13-admin-incidents");
        WebElement overdue = console.browser().findElement(By.id("delai-" + lateReference));
        assertTrue(overdue.getText().toLowerCase().startsWith("dépassé de 24 h"), overdue.getText());
        assertTrue(overdue.getAttribute("class").contains("fr-badge--error"), "past deadlines in red");

        console.type("ouverture:resume", "Fuite de données " + run);
        console.type("ouverture:partenaires", "demo-partner-sandbox");
        console.follow(console.browser().findElement(By.cssSelector("label[for='ouverture:violation']")));
        console.click("ouverture:ouvrir");
        String opened = console.messages().stream().filter(m -> m.contains("ouvert")).findFirst().orElseThrow();
        Matcher reference = Pattern.compile("INC-\\d+").matcher(opened);
        assertTrue(reference.find(), opened);
        String incident = reference.group();

        By countdown = By.id("delai-" + incident);
        String first = console.browser().findElement(countdown).getText();
        assertTrue(first.toLowerCase().startsWith("reste 4"), first);
        assertTrue(console.browser().findElement(countdown).getAttribute("data-deadline").endsWith("Z"));
        console.await().until(driver -> !driver.findElement(countdown).getText().equals(first));
        console.assertPage("/console/admin/incidents.xhtml", "Incidents de sécurité", "14-admin-incident-ouvert");

        console.follow(console.browser().findElement(By.linkText(incident)));
        console.assertPage("/console/admin/incident.xhtml", "Incident de sécurité", "15-admin-incident");
        assertTrue(console.text("delai").toLowerCase().startsWith("reste"), console.text("delai"));
        console.type("phase:note", "Journaux du serveur copiés pour analyse");
        console.click("phase:passer");
        assertTrue(console.messages().stream().anyMatch(m -> m.contains("passe en phase investigation")),
                console.messages().toString());
        assertEquals("investigation", console.text("incident-phase").toLowerCase());
        assertTrue(console.text("etapes").contains("Journaux du serveur copiés"), console.text("etapes"));

        assertByAdmin(AuditProbe.eventOn(api, "console incident.ouvrir", incident));
        assertByAdmin(AuditProbe.eventOn(api, "console incident.phase", incident));
    }

    @Test
    void aPurgeIsConfirmedFromItsDryRunsCounts() throws Exception {
        String admin = Keycloak.adminToken();
        String rejected = rejectedDeposit();
        Instant afterItsExpiry = Instant.parse(api.getAs("/admin/deposits/" + rejected, admin).json()
                .getString("contentExpiresAt")).plusSeconds(60);

        ConsoleSession console = CONSOLE.admin();
        try (ServerClock moved = ServerClock.ofTestServer().movedTo(afterItsExpiry)) {
            console.click("nav-operations");
            console.assertPage("/console/admin/exploitation.xhtml", "Exploitation", "16-admin-exploitation");
            console.click("vers-conservation");
            console.assertPage("/console/admin/conservation.xhtml", "Purge de conservation", "17-admin-conservation");

            console.click("purge:essai");
            console.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("statut-essai"),
                    "TERMIN"));
            String dryRunTable = console.text("etapes-essai");
            long found = Long.parseLong(console.browser().findElement(By.cssSelector("#etapes-essai tbody tr td"))
                    .getText().replaceAll("\\D", ""));
            assertTrue(found >= 1, "the expired content is counted: " + dryRunTable);
            Matcher dryRun = Pattern.compile("Essai à blanc n° (\\d+)").matcher(dryRunTable);
            assertTrue(dryRun.find(), dryRunTable);
            assertTrue(api.getAs("/admin/deposits/" + rejected, admin).json().getBoolean("contentStored"),
                    "a dry run destroys nothing");

            console.click("purge:purger");
            console.await().until(ExpectedConditions.presenceOfElementLocated(By.id("confirmation")));
            assertTrue(console.text("comptes").contains("Contenu des dépôts : "), console.text("comptes"));
            console.assertPage("/console/admin/conservation.xhtml", "Purge de conservation", "18-admin-purge-confirmation");
            console.click("purge:confirmer");
            console.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("statut-reelle"),
                    "TERMIN"));
            console.assertPage("/console/admin/conservation.xhtml", "Purge de conservation", "19-admin-purge-terminee");
            assertFalse(api.getAs("/admin/deposits/" + rejected, admin).json().getBoolean("contentStored"),
                    "the real run destroyed what the dry run counted");

            assertByAdmin(AuditProbe.eventOn(api, "console conservation.purger", "essai " + dryRun.group(1)));
        }
    }

    @Test
    void theAuditTrailIsVerifiedThenExportedAndAWindowAnnounced() {
        String reason = "Montée de version " + UUID.randomUUID().toString().substring(0, 8);
        ConsoleSession console = CONSOLE.admin();
        console.click("nav-operations");
        console.click("vers-journal");
        console.assertPage("/console/admin/journal.xhtml", "Journal d'audit", "20-admin-journal");
        console.click("verification:verifier");
        console.await().until(ExpectedConditions.presenceOfElementLocated(By.id("verdict")));
        assertTrue(console.text("verdict").contains("Journal intègre"), console.text("verdict"));
        assertTrue(console.text("verdict").contains("0 altérées"), console.text("verdict"));
        console.assertPage("/console/admin/journal.xhtml", "Journal d'audit", "21-admin-journal-verifie");
        assertByAdmin(AuditProbe.eventOn(api, "console audit.verifier", "journal d'audit"));

        String export = console.browser().findElement(By.id("export")).getAttribute("action") + "?du="
                + java.time.LocalDate.now(java.time.ZoneId.of("Europe/Paris")).minusDays(1) + "&au="
                + java.time.LocalDate.now(java.time.ZoneId.of("Europe/Paris"));
        Map<String, Object> file = console.fetch(export);
        assertEquals(200L, file.get("status"), file.toString());
        assertTrue(String.valueOf(file.get("disposition")).startsWith("attachment; filename=\"journal-audit-"),
                file.toString());
        assertTrue(String.valueOf(file.get("start")).startsWith("{\"id\":"), "JSON Lines: " + file);

        console.click("nav-operations");
        console.click("vers-maintenance");
        console.assertPage("/console/admin/maintenance.xhtml", "Fenêtres de maintenance", "22-admin-maintenance");
        console.type("annonce:motif", reason);
        console.click("annonce:annoncer");
        assertTrue(console.messages().stream().anyMatch(m -> m.contains("Fenêtre de maintenance annoncée")),
                console.messages().toString());
        assertTrue(console.text("fenetres-annoncees").contains(reason), console.text("fenetres-annoncees"));
        console.assertPage("/console/admin/maintenance.xhtml", "Fenêtres de maintenance", "23-admin-maintenance-annoncee");
        JsonObject window = api.getAs("/admin/maintenance-windows", Keycloak.adminToken()).jsonArray()
                .getValuesAs(JsonObject.class).stream().filter(w -> reason.equals(w.getString("reason")))
                .findFirst().orElseThrow();
        assertEquals(ADMIN, window.getString("announcedBy"));
        assertByAdmin(AuditProbe.eventOn(api, "console maintenance.annoncer", "fenetre-"
                + window.getJsonNumber("id").longValue()));
        assertEquals(200, api.send(api.request("/admin/maintenance-windows/" + window.getJsonNumber("id"),
                Keycloak.adminToken()).DELETE()).status(), "the window is cancelled, other tests run on");
    }

    @Test
    void administratorsRecordARangeOfRegisteredNumbers() {
        int first = ThreadLocalRandom.current().nextInt(0, 99_999) * 1000;
        ConsoleSession console = CONSOLE.admin();
        console.click("nav-operations");
        console.click("vers-recommandes");
        console.assertPage("/console/admin/recommandes.xhtml", "Numéros de recommandé", "51-admin-recommandes");
        console.type("plage:centre", "CE-CONSOLE");
        console.type("plage:indicateur", "RC");
        console.type("plage:premier", String.valueOf(first));
        console.type("plage:dernier", String.valueOf(first + 999));
        console.click("plage:enregistrer");
        assertTrue(console.messages().stream().anyMatch(m -> m.contains(String.format("RC %08d-%08d FR",
                first, first + 999)) && m.contains("enregistrée")), console.messages().toString());
        assertTrue(console.text("plages").contains(String.format("RC%08d", first)), console.text("plages"));
        console.assertPage("/console/admin/recommandes.xhtml", "Numéros de recommandé",
                "52-admin-recommandes-plage");

        console.type("plage:premier", String.valueOf(first + 500));
        console.type("plage:dernier", String.valueOf(first + 1500));
        console.click("plage:enregistrer");
        assertTrue(console.messages().stream().anyMatch(m -> m.contains("chevauche")),
                "an overlapping range is refused: " + console.messages());
        JsonObject range = api.getAs("/admin/registered-number-ranges", Keycloak.adminToken()).jsonArray()
                .getValuesAs(JsonObject.class).stream().filter(r -> "CE-CONSOLE".equals(r.getString("printCentre"))
                        && r.getInt("firstSerial") == first).findFirst().orElseThrow();
        assertEquals(ADMIN, range.getString("recordedBy"));
        assertEquals(1000, range.getJsonNumber("remaining").longValue());
        assertByAdmin(AuditProbe.eventOn(api, "console recommandes.enregistrer-plage", "plage-"
                + range.getJsonNumber("id").longValue()));
    }

    @Test
    void productionChartsHaveTheirTablesAndTheRegisterDownloads() {
        ConsoleSession console = CONSOLE.admin();
        console.assertPage("/console/admin/accueil.xhtml", "Administration : à suivre aujourd'hui", "24-admin-accueil");
        for (String figure : List.of("attestations-due", "failed-runs")) {
            assertTrue(console.text(figure).matches("\\d+"), figure + ": " + console.text(figure));
        }
        console.click("to-production");
        console.assertPage("/console/admin/production.xhtml", "Production", "25-admin-production");
        for (String chart : List.of("depots", "delais")) {
            WebElement canvas = console.browser().findElement(By.id("graphe-" + chart));
            assertEquals("img", canvas.getAttribute("role"));
            console.await().until(driver -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) driver)
                    .executeScript("return window.Chart !== undefined && Chart.getChart(arguments[0]) !== undefined;",
                            canvas)));
            assertTrue(console.text("tableau-" + chart).contains("total"), console.text("tableau-" + chart));
        }
        assertEquals(31, console.browser().findElements(By.cssSelector("#tableau-depots tr")).size(),
                "30 days and the head");

        console.click("nav-operations");
        console.click("vers-registre");
        console.assertPage("/console/admin/registre.xhtml", "Registre des traitements et certificats de destruction",
                "26-admin-registre");
        Map<String, Object> register = console.fetch(console.browser().findElement(By.id("registre-pdf"))
                .getAttribute("href"));
        assertEquals(200L, register.get("status"), register.toString());
        assertEquals("application/pdf", register.get("type"));
        assertTrue(String.valueOf(register.get("start")).startsWith("%PDF"), register.toString());
    }

    /** The audit event was recorded under the administrator's name, as staff, and succeeded. */
    private static void assertByAdmin(JsonObject event) {
        assertEquals(ADMIN, event.getString("actor"), event.toString());
        assertEquals("STAFF", event.getString("actorKind"), event.toString());
        assertEquals("SUCCESS", event.getString("outcome"), event.toString());
    }

    private String rejectedDeposit() throws InterruptedException {
        String partner = Keycloak.otherPartnerToken();
        String rejected = api.submit(partner, new ApiClient.Multipart()
                .file("docFile", "rebut.pdf", "application/pdf", "rebut".getBytes(StandardCharsets.UTF_8))
                .json("jsonParameters", ApiClient.v1Parameters("rebut.pdf"))).json().getString("internalRef");
        api.awaitAnalysed(partner, rejected);
        return rejected;
    }
}
