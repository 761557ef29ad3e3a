package fr.imprimfip.web.admin;

import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeParseException;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import fr.imprimfip.batch.JobRunView;
import fr.imprimfip.batch.JobRuns;
import fr.imprimfip.web.security.StaffMember;
import fr.imprimfip.web.requests.RequestFields;

/**
 * Administrators start the retention purge and follow it. {@code asOf} (ISO-8601 instant) purges what has expired
 * at that instant; without it, what has expired now. With {@code "dryRun": true} nothing is destroyed: each step's
 * counts tell what would be, as of any instant. A real run names the dry run it follows ({@code "followsDryRun"}:
 * its execution id; same {@code asOf}, less than 24 h old) and never looks ahead of now.
 */
@Path("/admin/retention-runs")
@RequestScoped
public class RetentionRunResource {

    @Inject
    JobRuns jobs;

    @Inject
    StaffMember staff;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response start(JsonObject body) {
        boolean dryRun = body != null && body.get("dryRun") == JsonValue.TRUE;
        long executionId = jobs.startRequestedRetentionPurge(asOf(body), dryRun, followsDryRun(body), staff.name());
        return Response.accepted(jobs.describe(executionId, JobRuns.RETENTION_PURGE))
                .location(URI.create("/admin/retention-runs/" + executionId)).build();
    }

    @GET
    @Path("/{executionId}")
    @Produces(MediaType.APPLICATION_JSON)
    public JobRunView run(@PathParam("executionId") long executionId) {
        return jobs.describe(executionId, JobRuns.RETENTION_PURGE);
    }

    private static Long followsDryRun(JsonObject body) {
        JsonValue value = body == null ? null : body.get("followsDryRun");
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonNumber number && number.isIntegral()) {
            return number.longValue();
        }
        throw RequestFields.invalid("followsDryRun est l'identifiant (entier) d'un essai à blanc.");
    }

    private static Instant asOf(JsonObject body) {
        JsonValue value = body == null ? null : body.get("asOf");
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        try {
            return Instant.parse(((JsonString) value).getString());
        } catch (ClassCastException | DateTimeParseException e) {
            throw RequestFields.invalid(
                    "asOf doit être un instant ISO-8601, par exemple 2026-01-31T23:00:00Z.");
        }
    }
}
