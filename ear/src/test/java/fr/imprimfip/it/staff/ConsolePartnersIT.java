package fr.imprimfip.it.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import fr.imprimfip.it.ApiClient;
import fr.imprimfip.it.AuditProbe;
import fr.imprimfip.it.Browser;
import fr.imprimfip.it.ConsoleSession;
import fr.imprimfip.it.DemoPki;
import fr.imprimfip.it.Keycloak;
import fr.imprimfip.it.Platform;
import fr.imprimfip.testing.LetterPdfs;

/**
 * Administrators run a partner's convention in the console: a partner taken from its DataPass subscription to
 * production and to its termination notice entirely in the browser as {@code demo-admin}, production refused in
 * French until what it needs exists, each action in the audit trail under the administrator's name; finance staff
 * are refused the partner's page. Only what the partner's own application does (its sandbox deposit, its letter
 * template) and the template's review (another page's work) go through the APIs.
 */
@ExtendWith(ArquillianExtension.class)
class ConsolePartnersIT {

    private static final String CERTIFICATE = "onboarding-test";
    private static final String PAGE = "/console/admin/partenaire.xhtml";

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
    void aPartnerFromDataPassToProductionThenTerminationNotice() throws Exception {
        String id = "cons-" + UUID.randomUUID().toString().substring(0, 8);
        String name = "Administration " + id;

        try (ConsoleSession admin = ConsoleSession.admin()) {
            post(admin, "nav-partners");
            post(admin, "new-partner");
            admin.assertPage("/console/admin/nouveau-partenaire.xhtml", "Nouveau partenaire", "10-admin-nouveau-partenaire");
            admin.type("partenaire:identifiant", id);
            admin.type("partenaire:nom", name);
            admin.type("partenaire:siret", "11000000000095");
            contact(admin, "partenaire", 0, "Anne Martin", "anne.martin@" + id + ".invalid");
            contact(admin, "partenaire", 1, "Paul Durand", "dpo@" + id + ".invalid");
            contact(admin, "partenaire", 3, "Support", "support@" + id + ".invalid");
            admin.type("partenaire:services", "Service des impôts des particuliers");
            post(admin, "partenaire:creer");
            admin.await().until(ExpectedConditions.textToBe(By.id("page-title"), name));
            assertMessage(admin, "Le partenaire " + id + " est créé.");
            admin.assertPage(PAGE, name, "11-admin-partenaire-cree");
            assertEquals("ACTIF", admin.text("statut").toUpperCase());
            assertTrue(admin.text("contacts").contains("Anne Martin"), admin.text("contacts"));

            grantHabilitation(admin, "SANDBOX", "DP-S-" + id.substring(5));
            assertMessage(admin, "L'habilitation bac à sable est accordée.");
            admin.click("identifiant-ouvrir");
            admin.type("identifiant:pem", Files.readString(DemoPki.DIR.resolve(CERTIFICATE + ".pem")));
            post(admin, "identifiant:enregistrer");
            assertMessage(admin, "L'identifiant technique est enregistré auprès du fournisseur d'identité.");
            assertTrue(admin.text("identifiants").contains(id + "-sandbox"), admin.text("identifiants"));
            admin.click("acces-ouvrir");
            admin.type("plages-form:plages", "127.0.0.0/8\n::1/128");
            post(admin, "plages-form:enregistrer");
            assertMessage(admin, "Les plages d'adresses sont enregistrées.");
            admin.click("acces-ouvrir");
            admin.type("quota-form:appels", "600");
            post(admin, "quota-form:enregistrer");
            assertMessage(admin, "Le quota d'appels est enregistré.");
            assertEquals("600 appels par minute", admin.text("quota"));
            grantHabilitation(admin, "PRODUCTION", "DP-P-" + id.substring(5));
            assertTrue(admin.text("habilitations").toLowerCase().contains("en attente d'activation"),
                    admin.text("habilitations"));

            post(admin, "activation:activer");
            String refusal = message(admin);
            assertTrue(refusal.startsWith("Activation de la production impossible ; il manque :") && refusal.contains(
                    "attestation") && refusal.contains("recette") && refusal.contains("maquette"), refusal);
            admin.assertPage(PAGE, name, "12-admin-partenaire-production-refusee");
            JsonObject refused = AuditProbe.eventOn(api, "console partenaire.activer-production", id);
            assertEquals("REFUSED", refused.getString("outcome"), refused.toString());
            assertEquals("demo-admin", refused.getString("actor"), refused.toString());

            applicationDepositsAndTemplateIsValidated(id);

            admin.click("recette-ouvrir");
            admin.type("constater:note", "Recette du jour : plis conformes");
            post(admin, "constater:enregistrer");
            assertMessage(admin, "La recette fonctionnelle est constatée.");
            admin.click("attestation-ouvrir");
            new Select(admin.browser().findElement(By.id("attester:type"))).selectByValue("HOMOLOGATION");
            date(admin, "attester:recue", today());
            date(admin, "attester:valable", today().plusYears(3));
            post(admin, "attester:enregistrer");
            assertMessage(admin, "L'attestation de sécurité est enregistrée.");
            assertTrue(admin.text("attestation").toLowerCase().contains("en cours de validité"), admin.text("attestation"));
            post(admin, "activation:activer");
            assertMessage(admin, "L'habilitation de production est active.");
            assertFalse(admin.text("habilitations").toLowerCase().contains("en attente d'activation"),
                    admin.text("habilitations"));
            admin.assertPage(PAGE, name, "13-admin-partenaire-en-production");

            admin.type("cycle:motif", "Contrôle de la facturation");
            post(admin, "cycle:suspendre");
            admin.await().until(ExpectedConditions.presenceOfElementLocated(By.id("confirmation")));
            assertTrue(admin.text("confirmation-text").contains("Contrôle de la facturation"),
                    admin.text("confirmation-text"));
            assertEquals("ACTIF", admin.text("statut").toUpperCase(), "nothing is done before it is confirmed");
            admin.assertPage(PAGE, name, "14-admin-partenaire-confirmer-suspension");
            post(admin, "confirmer:confirmer");
            assertMessage(admin, "Le partenaire est suspendu.");
            assertEquals("SUSPENDU", admin.text("statut").toUpperCase());
            assertEquals("Contrôle de la facturation", admin.text("motif-statut"));

            admin.type("cycle:motif", "Facturation vérifiée");
            post(admin, "cycle:reprendre");
            assertMessage(admin, "Le partenaire a repris son accès.");
            assertEquals("ACTIF", admin.text("statut").toUpperCase());

            admin.type("cycle:motif", "Incident de sécurité");
            post(admin, "cycle:isoler");
            admin.await().until(ExpectedConditions.presenceOfElementLocated(By.id("confirmation")));
            post(admin, "confirmer:confirmer");
            assertMessage(admin, "Le partenaire est isolé ; ses journaux et données sont sous conservation légale.");
            assertEquals("ISOLÉ", admin.text("statut").toUpperCase());
            assertTrue(admin.text("conservation").toLowerCase().startsWith("depuis le"), admin.text("conservation"));
            admin.type("cycle:motif", "Incident traité");
            post(admin, "cycle:fin-isolement");
            assertMessage(admin, "L'isolement a pris fin ; la conservation légale demeure jusqu'à sa levée.");
            post(admin, "cycle:lever-conservation");
            admin.await().until(ExpectedConditions.presenceOfElementLocated(By.id("confirmation")));
            post(admin, "confirmer:confirmer");
            assertMessage(admin, "La conservation légale est levée.");
            assertEquals("aucune", admin.text("conservation"));

            admin.type("cycle:motif", "Fin du besoin");
            post(admin, "cycle:resilier");
            admin.await().until(ExpectedConditions.presenceOfElementLocated(By.id("confirmation")));
            post(admin, "confirmer:annuler");
            assertFalse(admin.has("confirmation"));
            assertEquals("ACTIF", admin.text("statut").toUpperCase(), "cancelled: nothing done");
            post(admin, "cycle:resilier");
            admin.await().until(ExpectedConditions.presenceOfElementLocated(By.id("confirmation")));
            assertTrue(admin.text("confirmation-text").contains("deux mois"), admin.text("confirmation-text"));
            post(admin, "confirmer:confirmer");
            assertMessage(admin, "Le préavis de résiliation est donné : la convention prendra fin dans deux mois.");
            assertEquals("EN PRÉAVIS DE RÉSILIATION", admin.text("statut").toUpperCase());
            assertTrue(admin.text("preavis").contains(String.valueOf(today().plusMonths(2).getYear())),
                    admin.text("preavis"));
            admin.assertPage(PAGE, name, "15-admin-partenaire-preavis");

            admin.type("cycle:motif", "Deuxième tentative");
            post(admin, "cycle:reprendre");
            String notSuspended = message(admin);
            assertTrue(notSuspended.startsWith("Le partenaire n'est pas suspendu"), notSuspended);
        }

        for (String operation : List.of("partenaire.creer", "partenaire.habilitation", "partenaire.identifiant",
                "partenaire.plages-ip", "partenaire.quota", "partenaire.recette", "partenaire.attestation",
                "partenaire.suspendre", "partenaire.reprendre", "partenaire.isoler", "partenaire.fin-isolement",
                "partenaire.conservation-legale.lever", "partenaire.preavis-resiliation")) {
            JsonObject event = AuditProbe.eventOn(api, "console " + operation, id);
            assertEquals("demo-admin", event.getString("actor"), event.toString());
            assertEquals("STAFF", event.getString("actorKind"), event.toString());
        }
        JsonObject convention = api.getAs("/admin/partners/" + id, Keycloak.adminToken()).json();
        assertEquals("UNDER_TERMINATION_NOTICE", convention.getString("status"), convention.toString());
        assertEquals(600, convention.getInt("callsPerMinute"));
        assertEquals(List.of("127.0.0.0/8", "::1/128"), convention.getJsonArray("ipRanges").getValuesAs(
                jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList());
    }

    @Test
    void financeIsRefusedThePartnersPage() {
        try (ConsoleSession finance = ConsoleSession.finance()) {
            finance.open("admin/partenaire.xhtml?id=demo-partner");
            finance.assertPage(PAGE, "Accès refusé", "16-finance-partenaire-acces-refuse");
            finance.open("admin/nouveau-partenaire.xhtml");
            assertEquals("Accès refusé", finance.text("page-title"));
        }
    }

    /** What only the partner's application does, then the template's review: through the APIs. */
    private void applicationDepositsAndTemplateIsValidated(String id) {
        ApiClient application = new ApiClient().presenting(CERTIFICATE);
        String sandboxToken = Keycloak.partnerTokenPresenting(id + "-sandbox", CERTIFICATE);
        ApiClient.Answer deposit = application.send(application.request("/api/v2/deposits?filename=recette.pdf",
                sandboxToken).header("Content-Type", "application/pdf")
                .POST(HttpRequest.BodyPublishers.ofByteArray(LetterPdfs.conformingLetter(1))));
        assertEquals(201, deposit.status(), deposit.body());
        ApiClient.Answer template = application.send(application.request("/api/v2/letter-templates?name=Avis",
                sandboxToken).header("Content-Type", "application/pdf")
                .POST(HttpRequest.BodyPublishers.ofByteArray(LetterPdfs.conformingLetter(1))));
        assertEquals(201, template.status(), template.body());
        assertEquals("VALIDATED", api.postJson("/admin/letter-templates/" + template.json().getJsonNumber("id")
                + "/decision", Keycloak.adminToken(), "{\"decision\": \"VALIDATED\", \"comment\": \"Conforme\"}")
                .json().getString("status"));
    }

    private static void grantHabilitation(ConsoleSession admin, String environment, String dataPass) {
        admin.click("habilitation-ouvrir");
        new Select(admin.browser().findElement(By.id("habilitation:environnement"))).selectByValue(environment);
        date(admin, "habilitation:debut", today().minusDays(1));
        admin.type("habilitation:datapass", dataPass);
        admin.type("habilitation:fondement", "CGI art. L. 253");
        admin.type("habilitation:finalite", "Envoi des avis");
        admin.type("habilitation:volume", "120000");
        admin.type("habilitation:quota-demande", "500");
        post(admin, "habilitation:accorder");
    }

    private static void contact(ConsoleSession admin, String form, int row, String name, String email) {
        admin.type(form + ":contact:" + row + ":nom", name);
        admin.type(form + ":contact:" + row + ":courriel", email);
    }

    /** Clicks a button that posts its form, and waits for the page that answers. */
    private static void post(ConsoleSession admin, String button) {
        WebElement page = admin.browser().findElement(By.tagName("html"));
        admin.click(button);
        admin.await().until(ExpectedConditions.stalenessOf(page));
        admin.await().until(ExpectedConditions.presenceOfElementLocated(By.id("page-title")));
    }

    /** A date field's value, set as the browser's date picker would. */
    private static void date(ConsoleSession admin, String id, LocalDate day) {
        admin.browser().executeScript("arguments[0].value = arguments[1];", admin.browser().findElement(By.id(id)),
                day.toString());
    }

    /** The one message the last action left on the page. */
    private static String message(ConsoleSession admin) {
        List<String> messages = admin.messages();
        assertEquals(1, messages.size(), messages.toString());
        return messages.get(0);
    }

    private static void assertMessage(ConsoleSession admin, String expected) {
        assertEquals(expected, message(admin));
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Paris"));
    }
}
