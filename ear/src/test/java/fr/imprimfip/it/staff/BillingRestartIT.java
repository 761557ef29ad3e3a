package fr.imprimfip.it.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import fr.imprimfip.it.ApiClient;
import fr.imprimfip.it.BillingRuns;
import fr.imprimfip.it.Keycloak;
import fr.imprimfip.it.Platform;

/**
 * The annual billing fails on a partner in the middle of its run (an injected failure), is restarted from its last
 * committed chunk, and leaves exactly the statements a run without failure leaves.
 */
@ExtendWith(ArquillianExtension.class)
class BillingRestartIT {

    private static final int YEAR = LocalDate.now(ZoneId.of("Europe/Paris")).getYear();

    private final ApiClient api = new ApiClient();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Platform.ear();
    }

    @Test
    void aFailedRunRestartsFromItsLastChunkWithIdenticalTotals() throws Exception {
        String finance = Keycloak.financeToken();
        List<String> partners = BillingRuns.partnersWithTariffs(api, 25, YEAR);
        JsonObject clean = api.awaitJob("/finance/billing-runs", BillingRuns.start(api, finance, YEAR, ""), finance);
        assertEquals("COMPLETED", clean.getString("batchStatus"), clean.toString());
        Map<String, String> expected = BillingRuns.totals(api, finance, YEAR);
        long items = BillingRuns.step(clean).getJsonNumber("readCount").longValue();
        long failing = BillingRuns.partnerIdOf(api, finance, YEAR, partners.get(partners.size() - 1));

        long failedId = BillingRuns.start(api, finance, YEAR, ", \"failOnItem\": \"" + failing + "\"");
        JsonObject failed = api.awaitJob("/finance/billing-runs", failedId, finance);
        assertEquals("FAILED", failed.getString("batchStatus"), failed.toString());
        JsonObject failedStep = BillingRuns.step(failed);
        assertTrue(failedStep.getInt("commitCount") >= 1, "chunks before the failure were committed: " + failed);
        assertEquals(1, failedStep.getInt("rollbackCount"), failed.toString());
        assertTrue(failedStep.getJsonNumber("writeCount").longValue() < items - 1, failed.toString());

        ApiClient.Answer restart = api.postJson("/finance/billing-runs/" + failedId + "/restart", finance, "{}");
        assertEquals(202, restart.status(), restart.body());
        JsonObject restarted = api.awaitJob("/finance/billing-runs", restart.json().getJsonNumber("executionId")
                .longValue(), finance);
        assertEquals("COMPLETED", restarted.getString("batchStatus"), restarted.toString());
        JsonObject restartedStep = BillingRuns.step(restarted);
        assertTrue(restartedStep.getJsonNumber("readCount").longValue() < items,
                "the restart reads only what the failed run did not commit: " + restarted);
        assertEquals(0, restartedStep.getInt("rollbackCount"));
        assertEquals(expected, BillingRuns.totals(api, finance, YEAR), "identical statements");

        assertEquals(409, api.postJson("/finance/billing-runs/" + failedId + "/restart", finance, "{}").status(),
                "a run restarted once is not the latest any more");
        assertEquals(409, api.postJson("/finance/billing-runs/" + clean.getJsonNumber("executionId")
                + "/restart", finance, "{}").status(), "a completed run is not restarted");
    }
}
