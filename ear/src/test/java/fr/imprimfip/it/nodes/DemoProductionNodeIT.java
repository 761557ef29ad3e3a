package fr.imprimfip.it.nodes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;

import fr.imprimfip.it.ApiClient;
import fr.imprimfip.it.Keycloak;
import fr.imprimfip.it.RegisteredLetters;
import fr.imprimfip.it.ServerNode;
import fr.imprimfip.testing.LetterPdfs;

/**
 * The demo platform on its own: scheduled cut-offs (every 2 s here) build the print lots, and the simulated print
 * centre (demo profile only) takes them to La Poste, so that a letter reaches "Expédié", and registered mail every
 * outcome (delivered with its acknowledgement of receipt, refused, unclaimed, undelivered), with nobody calling the
 * print-centre API. Runs a node of its own.
 * Runs on H2 only: it is the demo of the README's first command, which runs on the embedded H2 database; the
 * cut-offs' and the print centre's queries are tested on PostgreSQL by the production tests on the deployed EAR.
 */
@DisabledIfEnvironmentVariable(named = "IMPRIMFIP_DB_URL", matches = "jdbc:postgresql:.*")
class DemoProductionNodeIT {

    private static final Map<String, String> FAST_DEMO = Map.of(
            "IMPRIMFIP_PRODUCTION_CUTOFF_HOUR", "*",
            "IMPRIMFIP_PRODUCTION_CUTOFF_MINUTE", "*",
            "IMPRIMFIP_PRODUCTION_CUTOFF_SECOND", "*/2",
            "IMPRIMFIP_PRODUCTION_SIMULATOR_STEP_SECONDS", "1",
            "IMPRIMFIP_REGISTERED_HOLDING_DAYS", "0");

    @Test
    void scheduledCutOffsAndTheSimulatedPrintCentreShipEveryLetter() throws Exception {
        try (ServerNode node = ServerNode.fresh("demo-production", 600, FAST_DEMO).start()) {
            ApiClient api = new ApiClient(node.baseUrl());
            String partner = Keycloak.demoPartnerToken();
            String simple = api.submitPdf(partner, "simple.pdf", LetterPdfs.file().letter("DEMO-1", 1)
                    .letter("DEMO-2", 2).build()).json().getString("internalRef");
            List<String> lrar = new ArrayList<>();
            for (int i = 1; i <= 4; i++) {
                lrar.add(RegisteredLetters.depositV1(api, partner, "lrar-" + i + ".pdf",
                        LetterPdfs.file().letter("DEMO-R" + i, 1).build()));
            }

            assertEquals(List.of("Expédié", "Expédié"), awaitStatuses(api, partner, simple, "Expédié"));
            Map<String, String> outcomes = new HashMap<>();
            for (String ref : lrar) {
                outcomes.put(awaitFinal(api, partner, ref).get(0), ref);
            }
            assertEquals(List.of("Distribué", "Echec de distribution", "Négligé", "Refusé"),
                    outcomes.keySet().stream().sorted().toList(),
                    "the simulated La Poste gives registered letters every outcome");
            String acknowledgement = "/api/v2/deposits/" + outcomes.get("Distribué") + "/documents/0/acknowledgement";
            for (int i = 0; i < 40 && api.getAs(acknowledgement, partner).status() != 200; i++) {
                Thread.sleep(250);
            }
            assertEquals("application/pdf", api.download(acknowledgement, partner).headers().get("content-type")
                    .get(0), "the simulated print centre sends a generated acknowledgement of receipt back");

            JsonArray timeline = api.getAs("/api/v2/deposits/" + simple, partner).json().getJsonArray("documents")
                    .getJsonObject(0).getJsonArray("timeline");
            List<String> steps = timeline.getValuesAs(JsonObject.class).stream()
                    .map(c -> c.getString("status") + "/" + c.getString("productionStep", "-") + "/"
                            + c.getString("source"))
                    .toList();
            assertEquals(List.of("PENDING/-/ANALYSIS", "IN_PRODUCTION/-/PRODUCTION",
                    "IN_PRODUCTION/PRINTED/SIMULATION", "IN_PRODUCTION/ENVELOPED/SIMULATION",
                    "SHIPPED/-/SIMULATION"), steps);

            String lot = timeline.getJsonObject(1).getString("message").replace("Lot d'impression ", "");
            JsonObject described = api.getAs("/editique/lots/" + lot, Keycloak.printCentreToken()).json();
            assertEquals("HANDED_OVER", described.getString("status"));
            assertTrue(described.getInt("letters") >= 2, described.toString());
        }
    }

    private static List<String> awaitFinal(ApiClient api, String token, String ref) throws InterruptedException {
        api.awaitAnalysed(token, ref);
        List<String> finals = List.of("Distribué", "Refusé", "Négligé", "Echec de distribution");
        List<String> statuses = List.of();
        for (int i = 0; i < 240; i++) {
            statuses = api.status(token, ref).json().getJsonArray("docStatus").getValuesAs(JsonObject.class).stream()
                    .map(d -> d.getString("status")).toList();
            if (!statuses.isEmpty() && finals.containsAll(statuses)) {
                return statuses;
            }
            Thread.sleep(250);
        }
        throw new AssertionError(ref + " did not reach final statuses within 60 s: " + statuses);
    }

    private static List<String> awaitStatuses(ApiClient api, String token, String ref, String expected)
            throws InterruptedException {
        api.awaitAnalysed(token, ref);
        List<String> statuses = List.of();
        for (int i = 0; i < 240; i++) {
            statuses = api.status(token, ref).json().getJsonArray("docStatus").getValuesAs(JsonObject.class).stream()
                    .map(d -> d.getString("status")).toList();
            if (!statuses.isEmpty() && statuses.stream().allMatch(expected::equals)) {
                return statuses;
            }
            Thread.sleep(250);
        }
        throw new AssertionError(ref + " did not reach " + expected + " within 60 s: " + statuses);
    }
}
