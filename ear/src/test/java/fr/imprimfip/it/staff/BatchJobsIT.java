package fr.imprimfip.it.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import fr.imprimfip.it.ApiClient;
import fr.imprimfip.it.Keycloak;
import fr.imprimfip.it.Platform;
import fr.imprimfip.it.Purges;
import fr.imprimfip.it.ServerClock;
import fr.imprimfip.testing.LetterPdfs;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.dmr.ModelNode;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The two batch jobs, started through the finance and admin doors and followed by their metrics. */
@ExtendWith(ArquillianExtension.class)
class BatchJobsIT {

    private static final int THIS_YEAR = LocalDate.now(ZoneId.of("Europe/Paris")).getYear();

    private final ApiClient api = new ApiClient();

    @ArquillianResource
    ManagementClient management;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Platform.ear();
    }

    @Test
    void annualBillingCountsTheNewPlisAndPricesThemWithTheTariff() throws Exception {
        String finance = Keycloak.financeToken();
        String partner = Keycloak.otherPartnerToken();
        long before = statementOf(billAndList(finance), "demo-partner-b").getJsonNumber("plis").longValue();

        for (int i = 0; i < 3; i++) {
            String ref = api.submitPdf(partner, "facture-" + i + ".pdf", LetterPdfs.conformingLetter(1)).json()
                    .getString("internalRef");
            assertEquals("Soumis", api.awaitAnalysed(partner, ref).getJsonObject("fileStatus").getString("status"));
        }
        String rejected = api.submit(partner, new ApiClient.Multipart()
                .file("docFile", "illisible.pdf", "application/pdf", "%PDF-1.4 tronqué".getBytes(StandardCharsets.UTF_8))
                .json("jsonParameters", ApiClient.v1Parameters("illisible.pdf"))).json().getString("internalRef");
        api.awaitAnalysed(partner, rejected);

        JsonArray statements = billAndList(finance);
        JsonObject statement = statementOf(statements, "demo-partner-b");
        long plis = statement.getJsonNumber("plis").longValue();
        assertEquals(before + 3, plis, "three accepted plis more; the rejected file is not billed");
        BigDecimal postage = statement.getJsonNumber("postagePerPli").bigDecimalValue();
        BigDecimal production = statement.getJsonNumber("productionPerPli").bigDecimalValue();
        BigDecimal expected = postage.multiply(BigDecimal.valueOf(plis)).setScale(2, RoundingMode.HALF_UP)
                .add(production.multiply(BigDecimal.valueOf(plis)).setScale(2, RoundingMode.HALF_UP));
        assertEquals(0, expected.compareTo(statement.getJsonNumber("totalAmount").bigDecimalValue()));
        assertEquals("DRAFT", statement.getString("status"));
    }

    @Test
    void annualBillingMetricsCoverEveryPartner() throws Exception {
        String finance = Keycloak.financeToken();
        JsonObject run = runToCompletion(finance, "/finance/billing-runs",
                api.postJson("/finance/billing-runs", finance, "{\"year\":" + THIS_YEAR + "}"));
        JsonArray statements = api.getAs("/finance/statements?year=" + THIS_YEAR, finance).jsonArray();

        JsonObject step = run.getJsonArray("steps").getJsonObject(0);
        assertEquals("COMPLETED", run.getString("batchStatus"));
        assertEquals(statements.size(), step.getInt("writeCount"), "one statement written per priced partner");
        assertEquals(step.getInt("readCount"), step.getInt("writeCount") + step.getInt("filterCount"));
        assertTrue(step.getInt("readCount") >= 2, "both demo partners are read");
        assertTrue(step.getInt("commitCount") >= 1);
        assertEquals(0, step.getInt("rollbackCount"));
    }

    @Test
    void retentionPurgeDestroysExpiredContentOnly() throws Exception {
        String partner = Keycloak.otherPartnerToken();
        String admin = Keycloak.adminToken();
        String rejected = api.submit(partner, new ApiClient.Multipart()
                .file("docFile", "rebut.pdf", "application/pdf", "rebut".getBytes(StandardCharsets.UTF_8))
                .json("jsonParameters", ApiClient.v1Parameters("rebut.pdf"))).json().getString("internalRef");
        String accepted = api.submitPdf(partner, "garde.pdf", LetterPdfs.conformingLetter(1)).json().getString("internalRef");
        api.awaitAnalysed(partner, rejected);
        api.awaitAnalysed(partner, accepted);

        JsonObject beforePurge = api.getAs("/admin/deposits/" + rejected, admin).json();
        assertTrue(beforePurge.getBoolean("contentStored"));
        Instant expiry = Instant.parse(beforePurge.getString("contentExpiresAt"));
        Instant analyzed = Instant.parse(beforePurge.getString("analyzedAt"));
        assertEquals(Duration.ofDays(7), Duration.between(analyzed, expiry), "rejected content is kept 7 days");

        JsonObject tooEarly = Purges.asOf(api, ServerClock.ofTestServer(), expiry.minusSeconds(60));
        assertEquals("COMPLETED", tooEarly.getString("batchStatus"));
        assertTrue(api.getAs("/admin/deposits/" + rejected, admin).json().getBoolean("contentStored"));

        JsonObject run = Purges.asOf(api, ServerClock.ofTestServer(), expiry.plusSeconds(1));
        JsonObject step = run.getJsonArray("steps").getJsonObject(0);
        assertEquals("COMPLETED", run.getString("batchStatus"));
        assertTrue(step.getInt("writeCount") >= 1);
        assertEquals(step.getInt("readCount"), step.getInt("writeCount"));

        JsonObject afterPurge = api.getAs("/admin/deposits/" + rejected, admin).json();
        assertFalse(afterPurge.getBoolean("contentStored"));
        assertNotNull(afterPurge.getString("contentPurgedAt"));
        assertTrue(api.getAs("/admin/deposits/" + accepted, admin).json().getBoolean("contentStored"),
                "a file still in production keeps its content");
        assertEquals("Erreur", api.status(partner, rejected).json().getJsonObject("fileStatus").getString("status"),
                "metadata outlives the content");
    }

    @Test
    void jobsAreRoleChecked() {
        assertEquals(403, api.postJson("/finance/billing-runs", Keycloak.otherPartnerToken(),
                "{\"year\":" + THIS_YEAR + "}").status());
        ApiClient.Answer financeOnAdmin = api.postJson("/admin/retention-runs", Keycloak.financeToken(), "{}");
        assertEquals(403, financeOnAdmin.status());
        assertTrue(financeOnAdmin.header("Content-Type").startsWith("application/problem+json"));
        assertEquals(401, api.postJson("/finance/billing-runs", "expired.or.bogus", "{}").status());
    }

    @Test
    void aBillingYearInTheFutureIsRefusedAsAProblem() {
        ApiClient.Answer answer = api.postJson("/finance/billing-runs", Keycloak.financeToken(),
                "{\"year\":" + (THIS_YEAR + 1) + "}");
        assertEquals(400, answer.status());
        assertEquals("urn:imprimfip:problem:invalid-request", answer.json().getString("type"));
    }

    @Test
    void theManagementModelListsBothJobsAndTheirExecutions() throws Exception {
        String finance = Keycloak.financeToken();
        JsonObject run = runToCompletion(finance, "/finance/billing-runs",
                api.postJson("/finance/billing-runs", finance, "{\"year\":" + THIS_YEAR + "}"));

        ModelNode operation = new ModelNode();
        operation.get("operation").set("read-resource");
        operation.get("include-runtime").set(true);
        operation.get("recursive").set(true);
        ModelNode address = operation.get("address");
        address.add("deployment", "imprimfip.ear");
        address.add("subdeployment", "imprimfip-batch.jar");
        address.add("subsystem", "batch-jberet");
        ModelNode result = management.getControllerClient().execute(operation);

        assertEquals("success", result.get("outcome").asString(), result.toString());
        ModelNode jobs = result.get("result", "job");
        assertTrue(jobs.has("annual-billing"), jobs.toString());
        assertTrue(jobs.has("retention-purge"), jobs.toString());
        assertTrue(jobs.get("annual-billing", "execution").has(Long.toString(run.getJsonNumber("executionId")
                .longValue())), "the run shows among the job's executions");
    }

    private JsonArray billAndList(String finance) throws InterruptedException {
        JsonObject run = runToCompletion(finance, "/finance/billing-runs",
                api.postJson("/finance/billing-runs", finance, "{\"year\":" + THIS_YEAR + "}"));
        assertEquals("COMPLETED", run.getString("batchStatus"), run.toString());
        return api.getAs("/finance/statements?year=" + THIS_YEAR, finance).jsonArray();
    }

    private JsonObject runToCompletion(String token, String base, ApiClient.Answer started) throws InterruptedException {
        assertEquals(202, started.status(), started.body());
        return api.awaitJob(base, started.json().getJsonNumber("executionId").longValue(), token);
    }

    private static JsonObject statementOf(JsonArray statements, String clientId) {
        return statements.stream().map(v -> v.asJsonObject())
                .filter(s -> s.getString("partnerClientId").equals(clientId))
                .findFirst().orElseThrow(() -> new AssertionError("no statement for " + clientId));
    }
}
