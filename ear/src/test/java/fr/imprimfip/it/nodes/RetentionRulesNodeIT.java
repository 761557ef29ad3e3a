package fr.imprimfip.it.nodes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonObject;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import fr.imprimfip.it.ApiClient;
import fr.imprimfip.it.BillingRuns;
import fr.imprimfip.it.ConventionReviews;
import fr.imprimfip.it.Keycloak;
import fr.imprimfip.it.Purges;
import fr.imprimfip.it.ServerClock;
import fr.imprimfip.it.ServerNode;
import fr.imprimfip.it.TestPartners;


/**
 * Every retention rule on a node of its own (the purges run years ahead, which would empty the shared server's
 * data): a dry run destroys nothing; deposit metadata goes 3 years after the end of its year, statements 10 years
 * after theirs, a terminated partner's habilitation data 6 years after its end; a legal hold keeps a partner's data;
 * the destruction certificate lists what went.
 */
class RetentionRulesNodeIT {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Test
    void eachKindOfDataGoesWhenItsRetentionEnds() throws Exception {
        try (ServerNode node = ServerNode.fresh("retention-rules", 500, Map.of()).start()) {
            ApiClient api = new ApiClient(node.baseUrl());
            String admin = Keycloak.adminToken();
            String finance = Keycloak.financeToken();
            String held = api.analysedLetter(Keycloak.otherPartnerToken(), "garde.pdf");
            String expiring = api.analysedLetter(Keycloak.demoPartnerToken(), "courrier.pdf");
            assertEquals(200, api.postJson("/admin/partners/demo-partner-b/isolation", admin,
                    "{\"reason\": \"Enquête\"}").status());
            assertEquals(200, api.postJson("/admin/partners/demo-partner-b/isolation-end", admin,
                    "{\"reason\": \"Enquête close, gel maintenu\"}").status());
            try {
                Instant fourYearsOn = Instant.now().plus(Duration.ofDays(4 * 366));
                ServerClock clock = ServerClock.of(node);
                JsonObject dryMetadata;
                JsonObject run;
                try (ServerClock later = clock.movedTo(fourYearsOn)) {
                    JsonObject dry = completed(Purges.dryRun(api, fourYearsOn));
                    dryMetadata = step(dry, "purge-expired-deposit-metadata");
                    assertTrue(dryMetadata.getInt("readCount") >= 1, dry.toString());
                    assertEquals(dryMetadata.getInt("readCount"), dryMetadata.getInt("writeCount"));
                    assertEquals(200, api.getAs("/admin/deposits/" + expiring, admin).status(),
                            "a dry run destroys nothing");
                    run = completed(Purges.following(api, dry, fourYearsOn));
                }
                assertEquals(dryMetadata.getInt("readCount"), step(run, "purge-expired-deposit-metadata")
                        .getInt("writeCount"), "the dry run told what would go: " + run);
                assertEquals(404, api.getAs("/admin/deposits/" + expiring, admin).status(),
                        "metadata goes 3 years after the end of its year");
                assertEquals(200, api.getAs("/admin/deposits/" + held, admin).status(), "the legal hold keeps it");

                JsonObject certificate = api.getAs("/admin/partners/demo-partner/destruction-certificate", admin)
                        .json();
                JsonObject metadata = entry(certificate, "DEPOSIT_METADATA");
                assertTrue(metadata.getJsonArray("references").toString().contains(expiring), metadata.toString());
                assertTrue(entry(certificate, "FILE_CONTENT").getInt("count") >= 1, certificate.toString());

                int lastYear = LocalDate.now(PARIS).getYear() - 1;
                long statement = bill(api, finance, lastYear);
                completed(Purges.asOf(api, clock, Instant.now().plus(Duration.ofDays(9 * 366))));
                assertEquals(200, api.getAs("/finance/statements/" + statement, finance).status(), "kept 10 years");
                completed(Purges.asOf(api, clock, Instant.now().plus(Duration.ofDays(11 * 366))));
                assertEquals(404, api.getAs("/finance/statements/" + statement, finance).status(),
                        "gone 10 years after the end of its year");

                String id = terminatedPartner(api, clock, admin);
                JsonObject before = api.getAs("/admin/partners/" + id, admin).json();
                LocalDate keptUntil = LocalDate.parse(before.getJsonObject("termination")
                        .getString("habilitationDataKeptUntil"));
                completed(Purges.asOf(api, clock, keptUntil.minusDays(1).atStartOfDay(PARIS).toInstant()));
                assertEquals(3, api.getAs("/admin/partners/" + id, admin).json().getJsonArray("contacts").size(),
                        "kept until its sixth year");
                assertFalse(api.getAs("/admin/notifications?partner=" + id, admin).jsonArray().isEmpty(),
                        "its contacts were told of the termination");
                completed(Purges.asOf(api, clock, keptUntil.atTime(12, 0).atZone(PARIS).toInstant()));
                JsonObject erased = api.getAs("/admin/partners/" + id, admin).json();
                assertEquals(0, erased.getJsonArray("contacts").size(), erased.toString());
                assertTrue(api.getAs("/admin/notifications?partner=" + id, admin).jsonArray().isEmpty(),
                        "the e-mails to its contacts, with their addresses, go with them");
                assertTrue(erased.getJsonArray("habilitations").getValuesAs(JsonObject.class).stream()
                        .noneMatch(h -> h.containsKey("dataPass")), erased.toString());
                assertEquals("TERMINATED", erased.getString("status"), "the convention itself is kept");
                try (PDDocument pdf = Loader.loadPDF(api.download("/admin/partners/" + id
                        + "/destruction-certificate", admin, "application/pdf").bytes())) {
                    String text = new PDFTextStripper().getText(pdf);
                    assertTrue(text.contains("Certificat de destruction") && text.contains("Données de la"
                            + " souscription DataPass"), text);
                }
            } finally {
                api.send(api.request("/admin/partners/demo-partner-b/legal-hold", admin).DELETE());
            }
        }
    }

    private static String terminatedPartner(ApiClient api, ServerClock clock, String admin) {
        String id = TestPartners.underTerminationNotice(api, admin, "ret");
        assertEquals(200, ConventionReviews.asOf(api, clock, LocalDate.now(PARIS).plusMonths(2)).status());
        return id;
    }

    private static long bill(ApiClient api, String finance, int year) throws InterruptedException {
        JsonObject run = api.awaitJob("/finance/billing-runs", BillingRuns.start(api, finance, year, ""), finance);
        assertEquals("COMPLETED", run.getString("batchStatus"), run.toString());
        return api.getAs("/finance/statements?year=" + year, finance).jsonArray().getValuesAs(JsonObject.class)
                .stream().filter(s -> s.getString("partnerClientId").equals("demo-partner")).findFirst()
                .orElseThrow().getJsonNumber("id").longValue();
    }

    private static JsonObject completed(JsonObject run) {
        assertEquals("COMPLETED", run.getString("batchStatus"), run.toString());
        return run;
    }

    private static JsonObject step(JsonObject run, String name) {
        return run.getJsonArray("steps").getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("name").equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no step " + name + " in " + run));
    }

    private static JsonObject entry(JsonObject certificate, String kind) {
        List<JsonObject> entries = certificate.getJsonArray("entries").getValuesAs(JsonObject.class);
        return entries.stream().filter(e -> e.getString("kind").equals(kind)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " in " + certificate));
    }
}
