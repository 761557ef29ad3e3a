package fr.imprimfip.it.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import fr.imprimfip.it.ApiClient;
import fr.imprimfip.it.Keycloak;
import fr.imprimfip.it.NodeMetrics;
import fr.imprimfip.it.Platform;
import fr.imprimfip.testing.LetterPdfs;

/**
 * The node's metrics as a monitoring system scrapes them (Prometheus text format, management interface, WildFly's
 * Micrometer): a partner's deposit and status query move the door's request timer, the deposits received and the
 * pages and letters analysed; the platform's gauges (analysis backlog, letters late, print lots, outboxes, batch
 * jobs) are there, beside the server's connection pool and the JVM's figures; the counters an alert watches are
 * there before their first event.
 */
@ExtendWith(ArquillianExtension.class)
class MetricsIT {

    private static final String V1 = "door=\"PARTNER_V1\"";
    private static final String OK = "status=\"2xx\"";

    private final ApiClient api = new ApiClient();
    private final String partner = Keycloak.demoPartnerToken();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Platform.ear();
    }

    @Test
    void aPartnersDepositMovesTheCountersAndEveryGaugeIsScraped() throws Exception {
        NodeMetrics before = NodeMetrics.scrape();
        String filename = "mesures-" + UUID.randomUUID().toString().substring(0, 8) + ".pdf";
        ApiClient.Answer deposited = api.submitPdf(partner, filename, LetterPdfs.conformingLetter(3));
        assertEquals(200, deposited.status(), deposited.body());
        String ref = deposited.json().getString("internalRef");
        api.awaitAnalysed(partner, ref);
        assertEquals(200, api.status(partner, ref).status());
        // an exchange is timed once complete, which may be just after its answer reached the client
        NodeMetrics after = NodeMetrics.scrape();
        for (int tries = 0; tries < 20 && after.sum("imprimfip_requests_seconds_count", V1, OK)
                < before.sum("imprimfip_requests_seconds_count", V1, OK) + 2; tries++) {
            Thread.sleep(250);
            after = NodeMetrics.scrape();
        }

        assertEquals(List.of(), after.malformed(), "every line is a comment or a sample");
        assertTrue(grew(before, after, 2, "imprimfip_requests_seconds_count", V1, OK),
                "the v1 door's timer counts the deposit and the status query");
        assertTrue(after.sum("imprimfip_requests_seconds_sum", V1, OK) > before.sum("imprimfip_requests_seconds_sum",
                V1, OK) && after.has("imprimfip_requests_seconds_max", V1, OK), "and their time");
        assertTrue(grew(before, after, 1, "imprimfip_deposits_received_total", "sendingType=\"STD\""));
        assertTrue(grew(before, after, 1, "imprimfip_analysis_files_total"));
        assertTrue(grew(before, after, 3, "imprimfip_analysis_pages_total"), "the letter's 3 pages");
        assertTrue(grew(before, after, 1, "imprimfip_analysis_letters_total"));

        for (String gauge : List.of("imprimfip_analysis_backlog_files", "imprimfip_analysis_backlog_oldest_seconds",
                "imprimfip_analysis_retried_files", "imprimfip_letters_pending", "imprimfip_letters_in_production",
                "imprimfip_letters_late", "imprimfip_letters_late_oldest_seconds")) {
            assertTrue(after.has(gauge) && after.typed(gauge, "gauge"), gauge + " is scraped as a gauge");
        }
        assertTrue(after.has("imprimfip_print_lots", "status=\"HANDED_OVER\""), "print lots by status");
        for (String outbox : List.of("webhooks", "lre-messages", "notifications")) {
            assertTrue(after.has("imprimfip_outbox_pending", "outbox=\"" + outbox + "\""), outbox);
        }
        for (String job : List.of("annual-billing", "retention-purge")) {
            assertTrue(after.has("imprimfip_batch_running", "job=\"" + job + "\"")
                    && after.has("imprimfip_batch_running_items_written", "job=\"" + job + "\""), job);
        }
        assertTrue(after.names().stream().anyMatch(name -> name.startsWith("jvm_") || name.contains("memory")),
                "the JVM's figures: " + after.names());
        assertTrue(after.names().stream().anyMatch(name -> name.contains("datasources") && name.contains("pool")),
                "the connection pool's figures: " + after.names());
        assertFalse(after.toString().contains(partner), "no token in the metrics");
    }

    /**
     * The counters an alert watches have their series from the node's start, whatever happened on it yet: the quota
     * refusals of each partner door, the requests of each door by the status classes alerts watch, the files received
     * by sending type and analysed by outcome, the pages and letters analysed. Their values belong to whichever test
     * moved them: only their presence is checked.
     */
    @Test
    void theCountersAlertsWatchAreScrapedBeforeTheirFirstEvent() {
        NodeMetrics metrics = NodeMetrics.scrape();
        List<String> missing = new ArrayList<>();
        for (String door : List.of("PARTNER_V1", "PARTNER_NATIVE", "PARTNER_OTHER")) {
            expect(metrics, missing, "imprimfip_quota_refusals_total", "door=\"" + door + "\"");
        }
        for (String type : List.of("STD", "LRE", "LRAR")) {
            expect(metrics, missing, "imprimfip_deposits_received_total", "sendingType=\"" + type + "\"");
        }
        for (String outcome : List.of("SUBMITTED", "SUBMITTED_WITH_WARNINGS", "SUBMITTED_WITH_ERRORS", "ERROR")) {
            expect(metrics, missing, "imprimfip_analysis_files_total", "status=\"" + outcome + "\"");
        }
        for (String door : List.of("PARTNER_V1", "PARTNER_NATIVE", "PARTNER_OTHER", "PRINT_CENTRE", "FINANCE",
                "ADMIN")) {
            for (String statusClass : List.of("2xx", "4xx", "5xx")) {
                expect(metrics, missing, "imprimfip_requests_seconds_count", "door=\"" + door + "\"",
                        "status=\"" + statusClass + "\"");
            }
        }
        expect(metrics, missing, "imprimfip_analysis_pages_total");
        expect(metrics, missing, "imprimfip_analysis_letters_total");
        assertEquals(List.of(), missing, "series missing from the scrape:\n" + metrics);
    }

    private static void expect(NodeMetrics metrics, List<String> missing, String name, String... labels) {
        if (!metrics.has(name, labels)) {
            missing.add(name + List.of(labels));
        }
    }

    private static boolean grew(NodeMetrics before, NodeMetrics after, double by, String name, String... labels) {
        double change = after.sum(name, labels) - before.sum(name, labels);
        if (change < by) {
            throw new AssertionError(name + " " + List.of(labels) + " grew by " + change + ", not " + by
                    + " at least; the scrape:\n" + after);
        }
        return true;
    }
}
