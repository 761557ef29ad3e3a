package fr.imprimfip.it.partner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import fr.imprimfip.it.ApiClient;
import fr.imprimfip.it.AuditProbe;
import fr.imprimfip.it.Keycloak;
import fr.imprimfip.it.Platform;
import fr.imprimfip.testing.LetterPdfs;

/**
 * The sandbox ("bac à sable"): deposits made with a partner's sandbox credentials are analysed like production
 * ones, their production is simulated up to "Expédié", and they are never billed.
 */
@ExtendWith(ArquillianExtension.class)
class SandboxIT {

    private static final int THIS_YEAR = LocalDate.now(ZoneId.of("Europe/Paris")).getYear();

    private final ApiClient api = new ApiClient();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Platform.ear();
    }

    @Test
    void aSandboxDepositIsAnalysedSimulatedAndNeverBilled() throws Exception {
        String sandbox = Keycloak.partnerToken("demo-partner-sandbox");
        String finance = Keycloak.financeToken();
        long billedBefore = billedPlis(finance);

        String ref = api.submitPdf(sandbox, "essai.pdf", LetterPdfs.file().letter("ESSAI-1", 1).letter("ESSAI-2", 1)
                .build()).json().getString("internalRef");
        assertEquals("Soumis", api.awaitAnalysed(sandbox, ref).getJsonObject("fileStatus").getString("status"));
        assertEquals("SANDBOX", api.getAs("/admin/deposits/" + ref, Keycloak.adminToken()).json()
                .getString("environment"));

        JsonObject shipped = awaitShipped(sandbox, ref);
        JsonArray timeline = shipped.getJsonArray("documents").getJsonObject(0).getJsonArray("timeline");
        assertEquals(List.of("PENDING", "IN_PRODUCTION", "SHIPPED"),
                timeline.stream().map(c -> c.asJsonObject().getString("status")).toList());
        assertEquals("SIMULATION", timeline.getJsonObject(2).getString("source"));
        assertEquals("Expédié", api.status(sandbox, ref).json().getJsonArray("docStatus").getJsonObject(1)
                .getString("status"));

        assertEquals(billedBefore, billedPlis(finance), "sandbox plis are never billed");
        ApiClient.Answer probing = api.status(Keycloak.otherPartnerToken(), ref);
        assertEquals(404, probing.status());
        AuditProbe.assertRefusalAudited(api, probing, "Aucun fichier");
        assertEquals(404, api.status(Keycloak.demoPartnerToken(), ref).status(),
                "the partner's production credential does not see its sandbox deposits");
        String production = api.submitPdf(Keycloak.demoPartnerToken(), "reel.pdf", LetterPdfs.conformingLetter(1))
                .json().getString("internalRef");
        ApiClient.Answer sandboxOnProduction = api.status(sandbox, production);
        assertEquals(404, sandboxOnProduction.status(), "nor the sandbox credential its production ones");
        AuditProbe.assertRefusalAudited(api, sandboxOnProduction, "Aucun fichier");
        ApiClient.Answer v2 = api.getAs("/api/v2/deposits/" + production, sandbox);
        assertEquals(404, v2.status());
        AuditProbe.assertRefusalAudited(api, v2, "");
    }

    private JsonObject awaitShipped(String token, String ref) throws InterruptedException {
        for (int i = 0; i < 120; i++) {
            JsonObject deposit = api.getAs("/api/v2/deposits/" + ref, token).json();
            if (deposit.getJsonArray("documents").stream()
                    .allMatch(d -> d.asJsonObject().getString("status").equals("SHIPPED"))) {
                return deposit;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the simulation did not ship " + ref + " within 60 s");
    }

    private long billedPlis(String finance) throws InterruptedException {
        ApiClient.Answer started = api.postJson("/finance/billing-runs", finance, "{\"year\":" + THIS_YEAR + "}");
        assertEquals(202, started.status(), started.body());
        JsonObject run = api.awaitJob("/finance/billing-runs", started.json().getJsonNumber("executionId").longValue(),
                finance);
        assertEquals("COMPLETED", run.getString("batchStatus"), run.toString());
        return api.getAs("/finance/statements?year=" + THIS_YEAR, finance).jsonArray().stream()
                .map(s -> s.asJsonObject())
                .filter(s -> s.getString("partnerClientId").equals("demo-partner"))
                .mapToLong(s -> s.getJsonNumber("plis").longValue()).sum();
    }
}
