package fr.imprimfip.it.partner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.json.JsonObject;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;

import fr.imprimfip.it.ApiClient;
import fr.imprimfip.it.Keycloak;
import fr.imprimfip.it.LoopbackHttpsServer;
import fr.imprimfip.it.Platform;
import fr.imprimfip.testing.LetterPdfs;

/**
 * What a partner's letters cost, through v2: a fresh partner taken to production deposits a file, sees each letter's
 * estimated price and the file's cost; finance bills the year and issues the statement; the partner's consumption
 * is then the statement's to the cent (read through the finance API), its prices are billed, it downloads the
 * statement as PDF, CSV and Factur-X, its requester was e-mailed, and another partner finds nothing.
 */
@ExtendWith(ArquillianExtension.class)
class PricesAndStatementsIT {

    private static final String CERTIFICATE = "onboarding-test";
    private static final String SUBJECT = "CN=onboarding-test,O=Onboarding test administration,C=FR";
    private static final ServerSetup RELAY = new ServerSetup(2525, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final ApiClient api = new ApiClient();
    private final ApiClient application = new ApiClient().presenting(CERTIFICATE);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Platform.ear();
    }

    @Test
    void aLetterIsPricedUntilBilledAndTheStatementIsDownloaded() throws Exception {
        GreenMail relay = new GreenMail(RELAY);
        relay.start();
        LoopbackHttpsServer receiver = new LoopbackHttpsServer();
        try {
            String admin = Keycloak.adminToken();
            String finance = Keycloak.financeToken();
            int year = today().getYear();
            String id = productionPartner(admin);
            String token = Keycloak.partnerTokenPresenting(id, CERTIFICATE);
            assertEquals(404, application.getAs("/api/v2/consumption?year=" + year, token).status(),
                    "no tariff yet: no price");
            assertEquals(200, api.send(api.request("/finance/partners/" + id + "/tariffs/" + year, finance)
                    .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(
                            "{\"postagePerPli\": \"1.3900\", \"productionPerPli\": \"0.1925\"}"))).status());
            assertEquals(200, api.send(api.request("/finance/partners/" + id + "/billing-address", finance)
                    .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(
                            "{\"lines\": [\"Mairie de Test\", \"1 place de la Mairie\"], \"postcode\": \"33000\","
                            + " \"city\": \"Bordeaux\"}"))).status());

            ApiClient.Answer deposited = application.send(application.request("/api/v2/deposits?filename=avis.pdf",
                    token).header("Content-Type", "application/pdf").POST(HttpRequest.BodyPublishers.ofByteArray(
                    LetterPdfs.file().letter("AV-1", 1).letter("AV-2", 1).letter("AV-3", 1).build())));
            assertEquals(201, deposited.status(), deposited.body());
            String reference = deposited.json().getString("reference");
            JsonObject deposit = analysed(token, reference);
            assertEquals(3, deposit.getJsonArray("documents").size(), deposit.toString());
            JsonObject price = deposit.getJsonArray("documents").getJsonObject(0).getJsonObject("price");
            assertEquals(List.of("1.39", "0.19", "1.58", "EUR", "ESTIMATED"), List.of(price.getString("postage"),
                    price.getString("production"), price.getString("total"), price.getString("currency"),
                    price.getString("basis")), "one pli at the year's tariff, to the cent");
            JsonObject cost = deposit.getJsonObject("cost");
            assertEquals(List.of("4.17", "0.58", "4.75", "ESTIMATED"), List.of(cost.getString("postage"),
                    cost.getString("production"), cost.getString("total"), cost.getString("basis")),
                    "3 plis rounded once, as on the statement: 3 x 0.1925 = 0.5775");
            JsonObject estimated = application.getAs("/api/v2/consumption?year=" + year, token).json();
            assertEquals("ESTIMATED", estimated.getString("basis"));
            assertEquals("4.75", estimated.getJsonObject("totals").getString("total"), estimated.toString());

            long run = api.postJson("/finance/billing-runs", finance, "{\"year\": " + year + "}").json()
                    .getJsonNumber("executionId").longValue();
            assertEquals("COMPLETED", api.awaitJob("/finance/billing-runs", run, finance).getString("batchStatus"));
            JsonObject statement = api.getAs("/finance/statements?year=" + year, finance).jsonArray()
                    .getValuesAs(JsonObject.class).stream().filter(s -> s.getString("partnerClientId").equals(id))
                    .findFirst().orElseThrow();
            long statementId = statement.getJsonNumber("id").longValue();
            assertTrue(application.getAs("/api/v2/statements", token).jsonArray().isEmpty(), "a draft is not shown");
            assertEquals(404, application.getAs("/api/v2/statements/" + statementId, token).status());
            JsonObject hook = application.postJson("/api/v2/webhooks", token, "{\"url\": \"" + receiver.url("/ok/hooks")
                    + "\", \"eventTypes\": [\"statement.issued\"]}").json();
            receiver.secrets(hook.getString("id"), hook.getString("secret"));
            JsonObject issued = api.postJson("/finance/statements/" + statementId + "/issue", finance, "{}").json();
            assertEquals("ISSUED", issued.getString("status"), issued.toString());
            LoopbackHttpsServer.Request pushed = receiver.await(r -> "statement.issued".equals(r.type()),
                    Duration.ofSeconds(25));
            JsonObject data = pushed.json().getJsonObject("data");
            assertEquals(List.of(Long.toString(statementId), issued.getString("number"), "/api/v2/statements/"
                    + statementId), List.of(data.getString("reference"), data.getString("number"),
                    data.getString("href")), "the statement's webhook says which one and where: " + data);
            assertEquals(1, pushed.validSignatures());

            JsonObject billed = application.getAs("/api/v2/consumption?year=" + year, token).json();
            assertEquals("BILLED", billed.getString("basis"));
            JsonObject totals = billed.getJsonObject("totals");
            assertEquals(issued.getJsonNumber("plis").longValue(), totals.getJsonNumber("plis").longValue());
            assertEquals(0, issued.getJsonNumber("postageAmount").bigDecimalValue()
                    .compareTo(new BigDecimal(totals.getString("postage"))), billed.toString());
            assertEquals(0, issued.getJsonNumber("productionAmount").bigDecimalValue()
                    .compareTo(new BigDecimal(totals.getString("production"))), billed.toString());
            assertEquals(0, issued.getJsonNumber("totalAmount").bigDecimalValue()
                    .compareTo(new BigDecimal(totals.getString("total"))), billed.toString());
            assertEquals(statementId, billed.getJsonObject("statement").getJsonNumber("id").longValue());
            JsonObject priced = application.getAs("/api/v2/deposits/" + reference, token).json();
            assertEquals("BILLED", priced.getJsonArray("documents").getJsonObject(0).getJsonObject("price")
                    .getString("basis"));
            assertEquals("4.75", priced.getJsonObject("cost").getString("total"));

            List<JsonObject> statements = application.getAs("/api/v2/statements", token).jsonArray()
                    .getValuesAs(JsonObject.class);
            assertEquals(1, statements.size(), statements.toString());
            String number = statements.get(0).getString("number");
            assertTrue(number.matches("RLV-" + year + "-\\d{6}"), number);
            byte[] pdf = application.download("/api/v2/statements/" + statementId, token, "application/pdf").bytes();
            assertTrue(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-"));
            String csv = new String(application.download("/api/v2/statements/" + statementId, token, "text/csv")
                    .bytes(), StandardCharsets.UTF_8);
            assertTrue(csv.startsWith("\uFEFFpartenaire;") && csv.contains(";TOTAL;;3;;;4,17;0,58;4,75"), csv);
            byte[] facturX = application.download("/api/v2/statements/" + statementId + "/factur-x", token,
                    "application/pdf").bytes();
            assertTrue(new String(facturX, StandardCharsets.ISO_8859_1).contains("factur-x.xml"),
                    "the invoice is embedded");

            assertEquals(404, api.getAs("/api/v2/statements/" + statementId, Keycloak.demoPartnerToken()).status(),
                    "another partner's statement does not exist for it");
            assertTrue(api.getAs("/api/v2/statements", Keycloak.demoPartnerToken()).jsonArray().stream()
                    .noneMatch(s -> s.asJsonObject().getJsonNumber("id").longValue() == statementId));

            String sandbox = Keycloak.partnerTokenPresenting(id + "-sandbox", CERTIFICATE);
            assertTrue(application.getAs("/api/v2/statements", sandbox).jsonArray().isEmpty(),
                    "only production is billed: a sandbox credential sees no statement");
            assertEquals(404, application.getAs("/api/v2/statements/" + statementId, sandbox).status());
            assertEquals(404, application.getAs("/api/v2/statements/" + statementId + "/factur-x", sandbox).status());

            MimeMessage mail = received(relay, "anne.martin@" + id + ".invalid", number);
            assertTrue(GreenMailUtil.getBody(mail).contains("/api/v2/statements/" + statementId),
                    GreenMailUtil.getBody(mail));
        } finally {
            receiver.close();
            relay.stop();
        }
    }

    /** A new partner taken to production, its application calling with the test certificate. */
    private String productionPartner(String admin) {
        String id = "prc-" + UUID.randomUUID().toString().substring(0, 8);
        assertEquals(201, api.postJson("/admin/partners", admin, "{\"identifier\": \"" + id + "\", \"name\":"
                + " \"Mairie " + id + "\", \"siret\": \"21330063500017\", \"contacts\": ["
                + "{\"role\": \"REQUESTER\", \"name\": \"Anne Martin\", \"email\": \"anne.martin@" + id + ".invalid\"},"
                + "{\"role\": \"DATA_CONTROLLER\", \"name\": \"Paul Durand\", \"email\": \"dpo@" + id + ".invalid\"},"
                + "{\"role\": \"TECHNICAL_CONTACT\", \"name\": \"Support\", \"email\": \"support@" + id
                + ".invalid\"}], \"recipientServices\": [\"Service des impôts\"]}").status());
        put("/admin/partners/" + id + "/habilitations/SANDBOX", admin, habilitation("DP-S-" + id.substring(4)));
        put("/admin/partners/" + id + "/ip-ranges", admin, "{\"ranges\": [\"127.0.0.0/8\", \"::1/128\"]}");
        assertEquals(200, api.postJson("/admin/partners/" + id + "/credentials", admin,
                "{\"environment\": \"SANDBOX\", \"certificateSubject\": \"" + SUBJECT + "\"}").status());
        String sandbox = Keycloak.partnerTokenPresenting(id + "-sandbox", CERTIFICATE);
        assertEquals(201, application.send(application.request("/api/v2/deposits?filename=recette.pdf", sandbox)
                .header("Content-Type", "application/pdf")
                .POST(HttpRequest.BodyPublishers.ofByteArray(LetterPdfs.conformingLetter(1)))).status());
        put("/admin/partners/" + id + "/habilitations/PRODUCTION", admin, habilitation("DP-P-" + id.substring(4)));
        assertEquals(200, api.postJson("/admin/partners/" + id + "/acceptance", admin,
                "{\"note\": \"Recette conforme\"}").status());
        ApiClient.Answer template = application.send(application.request("/api/v2/letter-templates?name=Avis",
                sandbox).header("Content-Type", "application/pdf")
                .POST(HttpRequest.BodyPublishers.ofByteArray(LetterPdfs.conformingLetter(1))));
        assertEquals(201, template.status(), template.body());
        assertEquals(200, api.postJson("/admin/letter-templates/" + template.json().getJsonNumber("id")
                + "/decision", admin, "{\"decision\": \"VALIDATED\", \"comment\": \"Conforme\"}").status());
        put("/admin/partners/" + id + "/security-attestation", admin, "{\"kind\": \"HOMOLOGATION\", \"receivedOn\": \""
                + today() + "\", \"validUntil\": \"" + today().plusYears(3) + "\"}");
        ApiClient.Answer activated = api.postJson("/admin/partners/" + id + "/habilitations/PRODUCTION/activation",
                admin, "{}");
        assertEquals(200, activated.status(), activated.body());
        assertEquals(200, api.postJson("/admin/partners/" + id + "/credentials", admin,
                "{\"environment\": \"PRODUCTION\", \"certificateSubject\": \"" + SUBJECT + "\"}").status());
        return id;
    }

    private JsonObject analysed(String token, String reference) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            JsonObject deposit = application.getAs("/api/v2/deposits/" + reference, token).json();
            if (deposit.containsKey("cost") && !deposit.isNull("cost")) {
                return deposit;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Not analysed: " + deposit);
            }
            Thread.sleep(200);
        }
    }

    private MimeMessage received(GreenMail relay, String recipient, String subject) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            for (MimeMessage message : relay.getReceivedMessages()) {
                if (message.getSubject().contains(subject) && recipients(message).contains(recipient)) {
                    return message;
                }
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("No e-mail \"" + subject + "\" to " + recipient);
            }
            Thread.sleep(200);
        }
    }

    private static List<String> recipients(MimeMessage message) throws MessagingException {
        Address[] to = message.getAllRecipients();
        return to == null ? List.of() : Arrays.stream(to).map(Address::toString).toList();
    }

    private void put(String path, String token, String json) {
        ApiClient.Answer answer = api.send(api.request(path, token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
        assertEquals(200, answer.status(), path + ": " + answer.body());
    }

    private static String habilitation(String number) {
        return "{\"validFrom\": \"" + today().minusDays(1) + "\", \"validUntil\": null, \"deposit\": true,"
                + " \"read\": true, \"dataPass\": {\"number\": \"" + number + "\", \"legalBasis\": \"CGI art. L. 253\","
                + " \"purpose\": \"Envoi des avis\", \"expectedLettersPerYear\": 1200,"
                + " \"requestedCallsPerMinute\": 500}}";
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Paris"));
    }
}
