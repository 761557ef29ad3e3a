package fr.imprimfip.web.admin;

import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;

import fr.imprimfip.deposit.StorageSweep;

/**
 * What this node's storage sweeps removed since it started, in the Prometheus text format (with an administrator's
 * token): files and bytes per kind (orphan stored files, partial writes, plaintext copies, PDFBox scratch files,
 * spooled uploads). Plaintext swept at start means a node stopped in the middle of some work.
 */
@Path("/admin/metrics/storage")
@RequestScoped
public class StorageMetricsResource {

    @Inject
    StorageSweep sweep;

    @GET
    @Produces(PrometheusText.MEDIA_TYPE)
    public String scrape() {
        StorageSweep.Totals totals = sweep.totals();
        PrometheusText out = new PrometheusText()
                .family("imprimfip_storage_sweeps_total", "Storage sweeps run by this node since it started.", "counter")
                .sample("imprimfip_storage_sweeps_total", totals.sweeps())
                .gauge("imprimfip_storage_last_sweep_seconds", "When this node last swept (Unix time, 0: never).",
                        totals.lastSweep() == null ? 0 : totals.lastSweep().getEpochSecond());
        byKind(out, "imprimfip_storage_swept_files_total", "Files removed by this node's storage sweeps, by kind.",
                totals.files());
        byKind(out, "imprimfip_storage_swept_bytes_total", "Bytes removed by this node's storage sweeps, by kind.",
                totals.bytes());
        return out.toString();
    }

    private static void byKind(PrometheusText out, String name, String help, Map<StorageSweep.Kind, Long> values) {
        out.family(name, help, "counter");
        for (Map.Entry<StorageSweep.Kind, Long> value : values.entrySet()) {
            out.sample(name, "kind", value.getKey().label(), value.getValue());
        }
    }
}
