package fr.imprimfip.web.admin;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import fr.imprimfip.audit.AuditEvent;
import fr.imprimfip.audit.AuditExport;
import fr.imprimfip.audit.AuditJsonLines;
import fr.imprimfip.audit.AuditTrail;
import fr.imprimfip.audit.AuditTrailVerifier;
import fr.imprimfip.web.Attachments;
import fr.imprimfip.web.requests.RequestFields;

/**
 * The audit trail for administrators: its verification (every chain walked, every modified, inserted or deleted
 * event reported) and its export for an investigation period, as JSON Lines.
 */
@Path("/admin/audit")
@RequestScoped
public class AuditTrailResource {

    private static final int PAGE = 1_000;
    private static final Duration MAX_PERIOD = Duration.ofDays(366);

    @Inject
    AuditTrailVerifier verifier;

    @Inject
    AuditExport export;

    @Inject
    AuditTrail trail;

    @POST
    @Path("/verification")
    @Produces(MediaType.APPLICATION_JSON)
    public AuditTrailVerifier.Report verify() {
        trail.flush();
        return verifier.verify();
    }

    /** {@code from} and {@code to}: ISO-8601 instants, at most a year apart. */
    @GET
    @Path("/events")
    @Produces("application/jsonl")
    public Response events(@QueryParam("from") String from, @QueryParam("to") String to) {
        Instant start = instant(from, "from");
        Instant end = instant(to, "to");
        if (!end.isAfter(start) || Duration.between(start, end).compareTo(MAX_PERIOD) > 0) {
            throw RequestFields.invalid("La période va de from à to, un an au plus.",
                    "The period goes from from to to, a year at most.");
        }
        trail.flush();
        StreamingOutput lines = out -> {
            BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            long after = 0;
            List<AuditEvent> page;
            do {
                page = export.page(start, end, after, PAGE);
                for (AuditEvent event : page) {
                    writer.write(AuditJsonLines.line(event));
                    writer.write('\n');
                    after = event.id();
                }
                writer.flush();
            } while (page.size() == PAGE);
        };
        return Attachments.of(lines, "application/jsonl", "audit-" + start + "-" + end + ".jsonl").build();
    }

    private static Instant instant(String value, String name) {
        if (value == null) {
            throw RequestFields.missingParameter(name);
        }
        return RequestFields.instant(value, name);
    }
}
