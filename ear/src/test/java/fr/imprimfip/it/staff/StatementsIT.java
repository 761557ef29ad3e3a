package fr.imprimfip.it.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import jakarta.json.JsonObject;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import fr.imprimfip.it.ApiClient;
import fr.imprimfip.it.BillingRuns;
import fr.imprimfip.it.Keycloak;
import fr.imprimfip.it.Platform;
import fr.imprimfip.testing.LetterPdfs;

/**
 * Statements as finance staff use them: lines per month and sending type adding up to the totals, the PDF and the
 * CSV, issuing; an issued statement no longer changes, neither by a new run nor by its year's tariff.
 */
@ExtendWith(ArquillianExtension.class)
class StatementsIT {

    private static final int THIS_YEAR = LocalDate.now(ZoneId.of("Europe/Paris")).getYear();
    private static final int THIS_MONTH = LocalDate.now(ZoneId.of("Europe/Paris")).getMonthValue();

    private final ApiClient api = new ApiClient();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Platform.ear();
    }

    @Test
    void aStatementHasLinesPerMonthAndSendingTypeAndItsDocuments() throws Exception {
        String partner = Keycloak.otherPartnerToken();
        String finance = Keycloak.financeToken();
        api.awaitAnalysed(partner, api.submitPdf(partner, "releve.pdf", LetterPdfs.conformingLetter(1)).json()
                .getString("internalRef"));

        JsonObject statement = statementOf(bill(finance, THIS_YEAR), "demo-partner-b");
        List<JsonObject> lines = statement.getJsonArray("lines").getValuesAs(JsonObject.class);
        assertTrue(lines.stream().anyMatch(l -> l.getInt("month") == THIS_MONTH && l.getString("sendingType")
                .equals("STD") && l.getJsonNumber("plis").longValue() >= 1), lines.toString());
        for (JsonObject line : lines) {
            long plis = line.getJsonNumber("plis").longValue();
            assertEquals(amount(line, "postagePerPli").multiply(BigDecimal.valueOf(plis))
                    .setScale(2, RoundingMode.HALF_UP), amount(line, "postageAmount"), "rounded on its line");
            assertEquals(amount(line, "productionPerPli").multiply(BigDecimal.valueOf(plis))
                    .setScale(2, RoundingMode.HALF_UP), amount(line, "productionAmount"));
        }
        assertEquals(lines.stream().mapToLong(l -> l.getJsonNumber("plis").longValue()).sum(),
                statement.getJsonNumber("plis").longValue());
        assertEquals(0, lines.stream().map(l -> amount(l, "total")).reduce(BigDecimal.ZERO, BigDecimal::add)
                .compareTo(amount(statement, "totalAmount")), "the total is the sum of the lines");

        long id = statement.getJsonNumber("id").longValue();
        String csv = new String(api.download("/finance/statements/" + id, finance, "text/csv").bytes(),
                StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFFpartenaire;annee;mois;type_envoi;plis;"), csv);
        assertTrue(csv.contains("demo-partner-b;" + THIS_YEAR + ";TOTAL;;" + statement.getJsonNumber("plis")
                + ";;;"), csv);
        assertTrue(csv.trim().endsWith(amount(statement, "totalAmount").toPlainString().replace('.', ',')), csv);
        try (PDDocument pdf = Loader.loadPDF(api.download("/finance/statements/" + id, finance, "application/pdf")
                .bytes())) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("PROJET de relevé annuel — non émis") && text.contains("du 01/01/" + THIS_YEAR
                    + " au 31/12/" + THIS_YEAR) && text.contains("Autre administration de démonstration")
                    && text.contains("sans valeur de facturation"), text);
        }
        assertEquals(404, api.getAs("/finance/statements/999999999", finance).status());
        assertEquals(403, api.getAs("/finance/statements/" + id, partner).status());
    }

    @Test
    void anIssuedStatementNeverChanges() throws Exception {
        String finance = Keycloak.financeToken();
        int lastYear = THIS_YEAR - 1;
        JsonObject statement = statementOf(bill(finance, lastYear), "demo-partner-b");
        long id = statement.getJsonNumber("id").longValue();
        if (statement.getString("status").equals("DRAFT")) {
            ApiClient.Answer issued = api.postJson("/finance/statements/" + id + "/issue", finance, "{}");
            assertEquals(200, issued.status(), issued.body());
            assertEquals("ISSUED", issued.json().getString("status"));
            assertEquals("demo-finance", issued.json().getString("issuedBy"));
        }
        JsonObject issued = api.getAs("/finance/statements/" + id, finance).json();
        assertEquals(409, api.postJson("/finance/statements/" + id + "/issue", finance, "{}").status(),
                "issued once");

        JsonObject rebilled = statementOf(bill(finance, lastYear), "demo-partner-b");
        assertEquals(issued.getString("computedAt"), rebilled.getString("computedAt"), "a new run leaves it alone");
        assertEquals(issued.getJsonNumber("totalAmount"), rebilled.getJsonNumber("totalAmount"));
        ApiClient.Answer tariff = api.send(api.request("/finance/partners/demo-partner-b/tariffs/" + lastYear, finance)
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(
                        "{\"postagePerPli\": \"9.9900\", \"productionPerPli\": \"0.9900\"}")));
        assertEquals(409, tariff.status(), "the tariff of a billed year is fixed: " + tariff.body());
        try (PDDocument pdf = Loader.loadPDF(api.download("/finance/statements/" + id, finance, "application/pdf")
                .bytes())) {
            String text = new PDFTextStripper().getText(pdf);
            String number = issued.getString("number");
            assertTrue(number.matches("RLV-" + lastYear + "-\\d{6}"), number);
            assertTrue(text.contains("Relevé annuel n° " + number) && text.contains("du 01/01/" + lastYear)
                    && text.contains(" — émis le ") && !text.contains("PROJET"), text);
        }
    }

    @Test
    void aStatementComputedBeforeItsTariffWasRevisedIsNotIssued() throws Exception {
        String finance = Keycloak.financeToken();
        int year = THIS_YEAR - 2;
        String partner = BillingRuns.partnersWithTariffs(api, 1, year).get(0);
        long id = statementOf(bill(finance, year), partner).getJsonNumber("id").longValue();
        ApiClient.Answer revised = api.send(api.request("/finance/partners/" + partner + "/tariffs/" + year, finance)
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(
                        "{\"postagePerPli\": \"1.4500\", \"productionPerPli\": \"0.1925\"}")));
        assertEquals(200, revised.status(), "a draft year's tariff may still change: " + revised.body());

        ApiClient.Answer outdated = api.postJson("/finance/statements/" + id + "/issue", finance, "{}");
        assertEquals(409, outdated.status(), outdated.body());
        assertTrue(outdated.body().contains("révisé") && outdated.body().contains("relancez la facturation"),
                outdated.body());
        assertEquals("DRAFT", api.getAs("/finance/statements/" + id, finance).json().getString("status"));

        JsonObject recomputed = statementOf(bill(finance, year), partner);
        assertEquals(0, new BigDecimal("1.4500").compareTo(amount(recomputed, "postagePerPli")), recomputed.toString());
        ApiClient.Answer issued = api.postJson("/finance/statements/" + recomputed.getJsonNumber("id") + "/issue",
                finance, "{}");
        assertEquals(200, issued.status(), issued.body());
    }

    private List<JsonObject> bill(String finance, int year) throws InterruptedException {
        ApiClient.Answer started = api.postJson("/finance/billing-runs", finance, "{\"year\":" + year + "}");
        assertEquals(202, started.status(), started.body());
        JsonObject run = api.awaitJob("/finance/billing-runs", started.json().getJsonNumber("executionId")
                .longValue(), finance);
        assertEquals("COMPLETED", run.getString("batchStatus"), run.toString());
        return api.getAs("/finance/statements?year=" + year, finance).jsonArray().getValuesAs(JsonObject.class);
    }

    private static JsonObject statementOf(List<JsonObject> statements, String clientId) {
        return statements.stream().filter(s -> s.getString("partnerClientId").equals(clientId)).findFirst()
                .orElseThrow(() -> new AssertionError("no statement for " + clientId));
    }

    private static BigDecimal amount(JsonObject json, String name) {
        return json.getJsonNumber(name).bigDecimalValue();
    }
}
