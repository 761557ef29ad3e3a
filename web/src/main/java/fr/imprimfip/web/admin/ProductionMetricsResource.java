package fr.imprimfip.web.admin;

import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;

import fr.imprimfip.production.PrintLotStatus;
import fr.imprimfip.production.ProductionMetrics;

/**
 * The production figures in the Prometheus text format, for the monitoring system (with an administrator's token):
 * above all {@code imprimfip_letters_late}, the production letters past the 2-day commitment.
 */
@Path("/admin/metrics/production")
@RequestScoped
public class ProductionMetricsResource {

    @Inject
    ProductionMetrics metrics;

    @GET
    @Produces(PrometheusText.MEDIA_TYPE)
    public String scrape() {
        ProductionMetrics.Reading reading = metrics.read();
        PrometheusText out = new PrometheusText()
                .gauge("imprimfip_letters_late", "Production letters not handed to La Poste within the commitment.",
                        reading.late())
                .gauge("imprimfip_letters_late_oldest_seconds",
                        "How long the oldest late letter has been overdue (0 when none is late).",
                        reading.oldestLateSeconds())
                .gauge("imprimfip_letters_pending", "Production letters waiting for the next cut-off.",
                        reading.pending())
                .gauge("imprimfip_letters_in_production", "Production letters in a print lot, not yet handed over.",
                        reading.inProduction())
                .family("imprimfip_print_lots", "Print lots by status.", "gauge");
        for (Map.Entry<PrintLotStatus, Long> lots : reading.lots().entrySet()) {
            out.sample("imprimfip_print_lots", "status", lots.getKey().name(), lots.getValue());
        }
        return out.toString();
    }
}
