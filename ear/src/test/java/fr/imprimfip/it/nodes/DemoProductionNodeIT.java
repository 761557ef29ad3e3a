package fr.imprimfip.it.nodes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

import fr.imprimfip.it.ApiClient;
import fr.imprimfip.it.Keycloak;
import fr.imprimfip.it.RegisteredLetters;
import fr.imprimfip.it.ServerNode;
import fr.imprimfip.testing.LetterPdfs;

/**
 * The demo platform on its own: scheduled cut-offs (every 2 s here) build the print lots, and the simulated print
 * centre (demo profile only) takes them to La Poste, so that a letter reaches "Expédié", and registered mail
 * "Distribué", with nobody calling the print-centre API. Runs a node of its own.
 */
class DemoProductionNodeIT {

    private static final Map<String, String> FAST_DEMO = Map.of(
            "IMPRIMFIP_PRODUCTION_CUTOFF_HOUR", "*",
            "IMPRIMFIP_PRODUCTION_CUTOFF_MINUTE", "*",
            "IMPRIMFIP_PRODUCTION_CUTOFF_SECOND", "*/2",
            "IMPRIMFIP_PRODUCTION_SIMULATOR_STEP_SECONDS", "1");

    @Test
    void scheduledCutOffsAndTheSimulatedPrintCentreShipEveryLetter() throws Exception {
        try (ServerNode node = ServerNode.fresh("demo-production", 600, FAST_DEMO).start()) {
            ApiClient api = new ApiClient(node.baseUrl());
            String partner = Keycloak.demoPartnerToken();
            String simple = api.submitPdf(partner, "simple.pdf", LetterPdfs.file().letter("DEMO-1", 1)
                    .letter("DEMO-2", 2).build()).json().getString("internalRef");
            ApiClient.Multipart form = new ApiClient.Multipart()
                    .file("document", "lrar.pdf", "application/pdf", LetterPdfs.file().letter("DEMO-R", 1).build())
                    .json("options", RegisteredLetters.v2Options("lrar.pdf"));
            ApiClient.Answer registered = api.send(api.request("/api/v2/deposits", partner)
                    .header("Content-Type", form.contentType())
                    .POST(HttpRequest.BodyPublishers.ofByteArray(form.bytes())));
            assertEquals(201, registered.status(), registered.body());
            String lrar = registered.json().getString("reference");

            assertEquals(List.of("Expédié", "Expédié"), awaitStatuses(api, partner, simple, "Expédié"));
            assertEquals(List.of("Distribué"), awaitStatuses(api, partner, lrar, "Distribué"));

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
