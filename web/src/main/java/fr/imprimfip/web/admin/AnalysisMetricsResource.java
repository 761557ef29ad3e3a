package fr.imprimfip.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;

import fr.imprimfip.deposit.AnalysisWatch;

/**
 * The analysis queue's watchdog in the Prometheus text format (with an administrator's token): files not yet in a
 * final analysis state ("En cours de soumission") and how long the oldest has waited. Alert when the oldest waits
 * longer than the largest file takes (docs/operations.md).
 */
@Path("/admin/metrics/analysis")
@RequestScoped
public class AnalysisMetricsResource {

    @Inject
    AnalysisWatch watch;

    @GET
    @Produces(PrometheusText.MEDIA_TYPE)
    public String scrape() {
        AnalysisWatch.Reading reading = watch.read();
        return new PrometheusText()
                .gauge("imprimfip_files_in_analysis", "Files received and not yet in a final analysis state.",
                        reading.waiting())
                .gauge("imprimfip_files_in_analysis_oldest_seconds",
                        "How long the oldest file not yet analysed has waited since it was received (0 when none).",
                        reading.oldestSeconds())
                .gauge("imprimfip_files_in_analysis_retried",
                        "Files not yet analysed whose analysis already failed or was interrupted at least once.",
                        reading.retried())
                .toString();
    }
}
