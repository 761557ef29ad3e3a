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
    @Produces("text/plain; version=0.0.4; charset=utf-8")
    public String scrape() {
        ProductionMetrics.Reading reading = metrics.read();
        StringBuilder out = new StringBuilder();
        gauge(out, "imprimfip_letters_late", "Production letters not handed to La Poste within the commitment.",
                reading.late());
        gauge(out, "imprimfip_letters_late_oldest_seconds",
                "How long the oldest late letter has been overdue (0 when none is late).", reading.oldestLateSeconds());
        gauge(out, "imprimfip_letters_pending", "Production letters waiting for the next cut-off.", reading.pending());
        gauge(out, "imprimfip_letters_in_production", "Production letters in a print lot, not yet handed over.",
                reading.inProduction());
        out.append("# HELP imprimfip_print_lots Print lots by status.\n# TYPE imprimfip_print_lots gauge\n");
        for (Map.Entry<PrintLotStatus, Long> lots : reading.lots().entrySet()) {
            out.append("imprimfip_print_lots{status=\"").append(lots.getKey().name()).append("\"} ")
                    .append(lots.getValue()).append('\n');
        }
        return out.toString();
    }

    private static void gauge(StringBuilder out, String name, String help, long value) {
        out.append("# HELP ").append(name).append(' ').append(help).append('\n')
                .append("# TYPE ").append(name).append(" gauge\n")
                .append(name).append(' ').append(value).append('\n');
    }
}
