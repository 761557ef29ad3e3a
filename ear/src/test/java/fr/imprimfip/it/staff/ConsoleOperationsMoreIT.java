package fr.imprimfip.it.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
import org.openqa.selenium.support.ui.Select;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import fr.imprimfip.it.ApiClient;
import fr.imprimfip.it.AuditProbe;
import fr.imprimfip.it.Browser;
import fr.imprimfip.it.ConsoleSession;
import fr.imprimfip.it.ConsoleSessions;
import fr.imprimfip.it.Keycloak;
import fr.imprimfip.it.Platform;
import fr.imprimfip.testing.LetterPdfs;

/**
 * More of the administrators' operations in the console, in headless Chromium against the deployed EAR and
 * Keycloak: a letter template refused with its reason, a personal-data breach notified to its partner (the e-mail
 * sent through the relay) then the incident closed, a maintenance window cancelled (each confirmed where it
 * destroys), the e-mail outbox with its delivery now, a print lot's detail, and the month's availability with its PDF
 * report. Every action is found in the audit trail under the administrator's name; every page is photographed and
 * passes axe-core.
 */
@ExtendWith(ArquillianExtension.class)
class ConsoleOperationsMoreIT {

    private static final String ADMIN = "demo-admin";
    /** The mail relay the server is provisioned with. */
    private static final ServerSetup RELAY = new ServerSetup(2525, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
    private static final Duration PATIENCE = Duration.ofSeconds(30);

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
    void aTemplateIsRefusedWithItsReasonOnceConfirmed() {
        String name = "Refus-console-" + UUID.randomUUID().toString().substring(0, 8);
        ApiClient.Answer submitted = api.send(api.request("/api/v2/letter-templates?name=" + name,
                        Keycloak.partnerToken("demo-partner-sandbox")).header("Content-Type", "application/pdf")
                .POST(HttpRequest.BodyPublishers.ofByteArray(LetterPdfs.conformingLetter(1))));
        assertEquals(201, submitted.status(), submitted.body());
        long id = submitted.json().getJsonNumber("id").longValue();
        String reason = "Le logo déborde de la marge gauche";

        ConsoleSession admin = CONSOLE.admin();
        admin.click("nav-templates");
        admin.follow(admin.browser().findElement(By.linkText(name)));
        admin.assertPage("/console/admin/modele.xhtml", "Examen d'un modèle de courrier", "40-admin-modele-a-refuser");
        admin.type("decision:commentaire", reason);
        admin.click("decision:refuser");
        admin.await().until(ExpectedConditions.presenceOfElementLocated(By.id("confirmation")));
        assertTrue(admin.text("confirmation").contains("Refuser « " + name + " »"), admin.text("confirmation"));
        assertEquals("à examiner", admin.text("template-status").toLowerCase(), "nothing decided before confirming");
        admin.assertPage("/console/admin/modele.xhtml", "Examen d'un modèle de courrier", "41-admin-modele-refus-confirmation");
        admin.click("decision:confirmer-refus");
        assertTrue(admin.messages().stream().anyMatch(m -> m.contains("est refusé")), admin.messages().toString());
        assertEquals("refusé", admin.text("template-status").toLowerCase());
        assertTrue(admin.text("decision").contains(reason), admin.text("decision"));
        admin.assertPage("/console/admin/modele.xhtml", "Examen d'un modèle de courrier", "42-admin-modele-refuse");
        assertByAdmin(AuditProbe.eventOn(api, "console modele.refuser", "template-" + id));
        JsonObject seen = api.getAs("/api/v2/letter-templates", Keycloak.partnerToken("demo-partner-sandbox"))
                .jsonArray().getValuesAs(JsonObject.class).stream().filter(t -> t.getString("name").equals(name))
                .findFirst().orElseThrow();
        assertEquals("REFUSED", seen.getString("status"), seen.toString());
        assertTrue(seen.toString().contains(reason), "the partner reads the reason: " + seen);
    }

    @Test
    void aBreachIsNotifiedThenTheIncidentClosedOnceConfirmed() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String admin = Keycloak.adminToken();
        String partner = "brc-" + run;
        assertEquals(201, api.postJson("/admin/partners", admin, "{\"identifier\": \"" + partner + "\", \"name\":"
                + " \"Administration " + partner + "\", \"siret\": \"11000000000095\", \"contacts\": ["
                + "{\"role\": \"REQUESTER\", \"name\": \"Anne Martin\", \"email\": \"demandeur@" + partner
                + ".invalid\"}, {\"role\": \"DATA_CONTROLLER\", \"name\": \"Paul Durand\", \"email\": \"traitement@"
                + partner + ".invalid\"}, {\"role\": \"DPO\", \"name\": \"Déléguée\", \"email\": \"dpo@" + partner
                + ".invalid\"}, {\"role\": \"TECHNICAL_CONTACT\", \"name\": \"Support\", \"email\": \"support@"
                + partner + ".invalid\"}], \"recipientServices\": []}").status());
        ApiClient.Answer opened = api.postJson("/admin/security-incidents", admin, "{\"summary\":"
                + " \"Violation " + run + "\", \"detectedAt\": \"" + Instant.now().minus(Duration.ofHours(2))
                + "\", \"personalDataBreach\": true, \"partners\": [\"" + partner + "\"], \"isolate\": false}");
        assertEquals(201, opened.status(), opened.body());
        String incident = opened.json().getString("reference");

        GreenMail relay = new GreenMail(RELAY);
        relay.start();
        try {
            ConsoleSession console = CONSOLE.admin();
            console.click("nav-incidents");
            console.follow(console.browser().findElement(By.linkText(incident)));
            console.assertPage("/console/admin/incident.xhtml", "Incident de sécurité", "43-admin-incident-violation");
            assertTrue(console.text("delai").toLowerCase().startsWith("reste"), console.text("delai"));
            assertTrue(console.text("delais-partenaires").toLowerCase().contains("à notifier avant le"),
                    console.text("delais-partenaires"));

            console.type("notification:nature", "Liste de plis lisible sans authentification " + run);
            console.click("notification:envoyer");
            assertTrue(console.messages().stream().anyMatch(m -> m.contains("envoyée au partenaire " + partner)),
                    console.messages().toString());
            assertTrue(console.text("notifications").contains(partner), console.text("notifications"));
            long until = System.nanoTime() + PATIENCE.toNanos();
            while (!api.getAs("/admin/security-incidents/" + incident, admin).json().getJsonArray("breachNotices")
                    .getJsonObject(0).getString("deadline").equals("MET")) {
                assertTrue(System.nanoTime() < until, "the notice's e-mail never left");
                Thread.sleep(200);
            }
            console.click("nav-incidents");
            console.follow(console.browser().findElement(By.linkText(incident)));
            assertFalse(console.has("delai"), "no more countdown once the partner was sent its notice");
            assertTrue(console.text("delais-partenaires").toLowerCase().contains("notifié dans le délai"),
                    console.text("delais-partenaires"));
            assertTrue(console.text("etapes").contains("Violation notifiée au partenaire " + partner),
                    console.text("etapes"));
        } finally {
            relay.stop();
        }

        ConsoleSession console = CONSOLE.admin();
        console.click("nav-incidents");
        console.follow(console.browser().findElement(By.linkText(incident)));
        console.type("cloture:verification", "Jetons révoqués, journaux vérifiés " + run);
        console.click("cloture:clore");
        console.await().until(ExpectedConditions.presenceOfElementLocated(By.id("confirmation")));
        assertTrue(console.text("confirmation").contains("Clore " + incident), console.text("confirmation"));
        console.assertPage("/console/admin/incident.xhtml", "Incident de sécurité", "44-admin-incident-cloture-confirmation");
        console.click("cloture:confirmer");
        assertTrue(console.messages().stream().anyMatch(m -> m.contains("est clos")), console.messages().toString());
        assertEquals("clos", console.text("incident-phase").toLowerCase());
        assertFalse(console.has("cloture:clore"), "a closed incident has no more actions");
        assertFalse(console.has("notification:envoyer"), "nor notices");
        console.assertPage("/console/admin/incident.xhtml", "Incident de sécurité", "45-admin-incident-clos");
        assertByAdmin(AuditProbe.eventOn(api, "console incident.notification", incident + "/" + partner));
        assertByAdmin(AuditProbe.eventOn(api, "console incident.clore", incident));
    }

    @Test
    void aMaintenanceWindowIsCancelledOnceConfirmed() {
        String reason = "Changement de baie " + UUID.randomUUID().toString().substring(0, 8);
        Instant start = Instant.now().plus(Duration.ofDays(40));     // beyond the nominal notice of 14 working days
        ApiClient.Answer announced = api.postJson("/admin/maintenance-windows", Keycloak.adminToken(),
                "{\"startsAt\": \"" + start + "\", \"endsAt\": \"" + start.plus(Duration.ofHours(1))
                        + "\", \"reason\": \"" + reason + "\"}");
        assertEquals(201, announced.status(), announced.body());
        long id = announced.json().getJsonNumber("id").longValue();

        ConsoleSession console = CONSOLE.admin();
        console.click("nav-operations");
        console.click("vers-maintenance");
        By row = By.xpath("//tr[td[normalize-space(text())='" + reason + "']]");
        console.follow(console.browser().findElement(row)
                .findElement(By.xpath(".//input[@value='Annuler la fenêtre']")));
        WebElement asked = console.await().until(ExpectedConditions.presenceOfElementLocated(row));
        assertTrue(asked.getText().contains("Annuler cette fenêtre ?"), asked.getText());
        console.assertPage("/console/admin/maintenance.xhtml", "Fenêtres de maintenance", "46-admin-maintenance-annulation");
        console.follow(asked.findElement(By.xpath(".//input[@value=\"Confirmer l'annulation\"]")));
        assertTrue(console.messages().stream().anyMatch(m -> m.contains("est annulée")), console.messages().toString());
        WebElement cancelled = console.browser().findElement(row);
        assertTrue(cancelled.getText().toLowerCase().contains("annulée le"), cancelled.getText());
        assertTrue(cancelled.findElements(By.tagName("input")).isEmpty(), "a cancelled window has no action");
        assertByAdmin(AuditProbe.eventOn(api, "console maintenance.annuler", "fenetre-" + id));
        assertTrue(api.getAs("/admin/maintenance-windows", Keycloak.adminToken()).jsonArray()
                .getValuesAs(JsonObject.class).stream().filter(w -> reason.equals(w.getString("reason")))
                .allMatch(w -> w.containsKey("cancelledAt") && !w.isNull("cancelledAt")), "cancelled for the API too");
    }

    @Test
    void undeliveredNotificationsAreReadThenDeliveredNow() throws Exception {
        String admin = Keycloak.adminToken();
        String id = "ntc-" + UUID.randomUUID().toString().substring(0, 8);
        ApiClient.Answer created = api.postJson("/admin/partners", admin, "{\"identifier\": \"" + id + "\","
                + " \"name\": \"Administration " + id + "\", \"siret\": \"11000000000095\", \"contacts\": ["
                + "{\"role\": \"REQUESTER\", \"name\": \"Anne Martin\", \"email\": \"demandeur@" + id + ".invalid\"},"
                + "{\"role\": \"DATA_CONTROLLER\", \"name\": \"Paul Durand\", \"email\": \"traitement@" + id
                + ".invalid\"}, {\"role\": \"TECHNICAL_CONTACT\", \"name\": \"Support\", \"email\": \"support@" + id
                + ".invalid\"}],"
                + " \"recipientServices\": []}");
        assertEquals(201, created.status(), created.body());
        assertEquals(200, api.postJson("/admin/partners/" + id + "/suspension", admin,
                "{\"reason\": \"Contrôle de la console\"}").status());
        JsonObject failed = waitFor(() -> api.getAs("/admin/notifications?partner=" + id, admin).jsonArray()
                .getValuesAs(JsonObject.class).stream().filter(n -> n.getInt("attempts") > 0).findFirst()
                .orElse(null));
        long notification = failed.getJsonNumber("id").longValue();
        By row = By.id("notification-" + notification);

        GreenMail relay = new GreenMail(RELAY);
        ConsoleSession console = CONSOLE.admin();
        try {
            console.click("to-notifications");
            console.assertPage("/console/admin/notifications.xhtml", "Notifications aux partenaires",
                    "47-admin-notifications");
            assertTrue(console.text("notification-" + notification).toLowerCase().contains("en attente"),
                    console.text("notification-" + notification));

            new Select(console.browser().findElement(By.id("filtre:partenaire"))).selectByValue(id);
            console.click("filtre:filtrer");
            console.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("notifications"),
                    "Notifications de " + id));
            WebElement line = console.browser().findElement(row);
            assertTrue(line.getText().contains("demandeur@" + id + ".invalid"), line.getText());
            assertTrue(line.getText().contains("Accès suspendu"), line.getText());
            String lastError = failed.getString("lastError").strip().split("\\s+")[0];
            assertTrue(line.getText().contains(lastError), "the last error is shown: " + line.getText());
            line.findElement(By.tagName("summary")).click();
            console.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("texte-" + notification)));
            assertTrue(console.text("texte-" + notification).contains("Contrôle de la console"),
                    "the text is read: " + console.text("texte-" + notification));
            console.assertPage("/console/admin/notifications.xhtml", "Notifications aux partenaires",
                    "48-admin-notifications-partenaire");

            relay.start();
            console.click("remise:remettre");
            assertTrue(console.messages().stream().anyMatch(m -> m.contains("envoyée(s) maintenant")),
                    console.messages().toString());
            new Select(console.browser().findElement(By.id("filtre:partenaire"))).selectByValue(id);
            console.click("filtre:filtrer");
            console.await().until(driver -> driver.findElement(row).findElement(By.className("fr-badge")).getText()
                    .equalsIgnoreCase("Remise"));
            console.assertPage("/console/admin/notifications.xhtml", "Notifications aux partenaires",
                    "49-admin-notifications-remises");
        } finally {
            relay.stop();
        }
        assertByAdmin(AuditProbe.eventOn(api, "console notifications.remettre", "notifications non remises"));
        assertEquals("SENT", api.getAs("/admin/notifications?partner=" + id, admin).jsonArray()
                .getValuesAs(JsonObject.class).stream().filter(n -> n.getJsonNumber("id").longValue() == notification)
                .findFirst().orElseThrow().getString("status"));
    }

    @Test
    void aPrintLotIsReadWithItsLettersAndEvents() throws Exception {
        String partner = Keycloak.demoPartnerToken();
        String ref = api.submitPdf(partner, "lot-console.pdf", LetterPdfs.conformingLetter(1)).json()
                .getString("internalRef");
        api.awaitAnalysed(partner, ref);
        ApiClient.Answer cutOff = api.postJson("/admin/production-cutoffs", Keycloak.adminToken(), "");
        assertEquals(200, cutOff.status(), cutOff.body());
        String lot = cutOff.jsonArray().getValuesAs(JsonObject.class).stream().map(l -> l.getString("reference"))
                .filter(reference -> api.getAs("/editique/lots/" + reference + "/manifest", Keycloak.printCentreToken())
                        .body().contains(ref)).findFirst().orElseThrow();
        ApiClient.Answer printed = api.postJson("/editique/lots/" + lot + "/events", Keycloak.printCentreToken(),
                "{\"event\": \"PRINTED\", \"message\": \"Presse 2\"}");
        assertEquals(200, printed.status(), printed.body());

        ConsoleSession console = CONSOLE.admin();
        console.click("to-production");
        console.follow(console.browser().findElement(By.linkText(lot)));
        console.assertPage("/console/admin/lot.xhtml", "Lot d'impression", "50-admin-lot");
        assertTrue(console.text("lot-reference").startsWith(lot), console.text("lot-reference"));
        assertEquals("imprimé", console.text("lot-status").toLowerCase());
        assertTrue(console.text("courriers").contains(ref), console.text("courriers"));
        String events = console.text("evenements");
        assertTrue(events.contains("plateforme (coupure de production)"), events);
        assertTrue(events.contains("centre d'impression") && events.contains("Presse 2"), events);
        assertTrue(console.browser().findElements(By.tagName("form")).stream()
                .allMatch(form -> form.getAttribute("action").endsWith("/logout")), "read only: no form but sign-out");

        console.open("admin/lot.xhtml?ref=LOT-20000101-9999");
        assertTrue(console.has("unknown-lot"), "an unknown lot is said so");
    }

    @Test
    void theMonthsAvailabilityIsReadAgainstItsTargetAndItsReportDownloads() {
        String token = Keycloak.adminToken();
        JsonObject before = api.getAs("/admin/availability", token).json();
        ConsoleSession console = CONSOLE.admin();
        console.click("nav-operations");
        console.click("vers-disponibilite");
        console.assertPage("/console/admin/disponibilite.xhtml", "Disponibilité du service", "53-admin-disponibilite");
        JsonObject after = api.getAs("/admin/availability", token).json();

        assertEquals(before.getString("month"), console.browser().findElement(By.id("mois")).getAttribute("data-month"));
        assertEquals("97,16 %", console.text("engagement"));
        for (String[] range : new String[][] {{"opening", "ouverture"}, {"coverage", "couverture"}}) {
            JsonObject was = before.getJsonObject(range[0]);
            JsonObject is = after.getJsonObject(range[0]);
            // a slot just ended counts as down until its probe is recorded (a busy node records it late): the rate
            // may dip by a few slots and one short incident come and go between two readings
            int incidents = Integer.parseInt(console.text("incidents-" + range[1]));
            assertTrue(was.getJsonArray("incidents").size() - 1 <= incidents
                    && incidents <= is.getJsonArray("incidents").size() + 1, range[0] + ": the API's count, " + incidents);
            String rate = console.text("taux-" + range[1]);
            if (absent(was, "rate") && absent(is, "rate")) {
                assertEquals("non mesuré", rate);
            } else {
                assertTrue(rate.matches("\\d{1,3}(,\\d+)? %"), rate);
                BigDecimal shown = new BigDecimal(rate.replace(" %", "").replace(',', '.'));
                BigDecimal low = absent(was, "rate") ? is.getJsonNumber("rate").bigDecimalValue()
                        : was.getJsonNumber("rate").bigDecimalValue().min(is.getJsonNumber("rate").bigDecimalValue());
                BigDecimal high = absent(was, "rate") ? low
                        : was.getJsonNumber("rate").bigDecimalValue().max(is.getJsonNumber("rate").bigDecimalValue());
                BigDecimal slack = BigDecimal.valueOf(1000L * after.getJsonNumber("slotSeconds").longValue())
                        .divide(BigDecimal.valueOf(Math.max(1, is.getJsonNumber("measuredSeconds").longValue())), 4,
                                java.math.RoundingMode.UP);
                assertTrue(shown.compareTo(low.subtract(slack)) >= 0 && shown.compareTo(high.add(slack)) <= 0,
                        range[0] + ": " + shown + " within the API's " + low + "-" + high + " ± " + slack);
            }
        }
        String nodes = console.text("noeuds");
        after.getJsonArray("nodes").getValuesAs(JsonObject.class)
                .forEach(node -> assertTrue(nodes.contains(node.getString("node")), nodes));

        Map<String, Object> pdf = console.fetch(console.browser().findElement(By.id("rapport-pdf"))
                .getAttribute("href"));
        assertEquals(200L, pdf.get("status"), pdf.toString());
        assertEquals("application/pdf", pdf.get("type"));
        assertTrue(String.valueOf(pdf.get("start")).startsWith("%PDF"), pdf.toString());
        assertTrue(String.valueOf(pdf.get("disposition")).contains("disponibilite-" + before.getString("month")));
        assertEquals(400L, console.fetch(Platform.BASE_URL + "/console/admin/disponibilite.pdf?mois=1999-12")
                .get("status"));

        String previous = YearMonth.parse(before.getString("month")).minusMonths(1).toString();
        console.click("mois-precedent");
        assertEquals(previous, console.browser().findElement(By.id("mois")).getAttribute("data-month"));
        assertTrue(console.has("mois-suivant"), "a past month leads to the next one");
        boolean measured = !absent(api.getAs("/admin/availability?month=" + previous, token).json(), "measuredFrom");
        assertEquals(measured, console.text("periode-mesuree").startsWith("Période mesurée"),
                console.text("periode-mesuree"));

        console.open("admin/disponibilite.xhtml?mois=2026-13");
        assertTrue(console.has("mois-illisible"), "an unreadable month is said so");
        assertEquals(after.getString("month"), console.browser().findElement(By.id("mois")).getAttribute("data-month"));
        assertFalse(console.has("mois-suivant"), "no month after the current one");
    }

    /** The API leaves out what is null. */
    private static boolean absent(JsonObject json, String name) {
        return !json.containsKey(name) || json.isNull(name);
    }

    /** The audit event was recorded under the administrator's name, as staff, and succeeded. */
    private static void assertByAdmin(JsonObject event) {
        assertEquals(ADMIN, event.getString("actor"), event.toString());
        assertEquals("STAFF", event.getString("actorKind"), event.toString());
        assertEquals("SUCCESS", event.getString("outcome"), event.toString());
    }

    private static <T> T waitFor(java.util.function.Supplier<T> probe) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            T found = probe.get();
            if (found != null) {
                return found;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + PATIENCE);
            }
            Thread.sleep(200);
        }
    }
}
