package fr.imprimfip.web.admin;

import java.net.URI;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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
import fr.imprimfip.web.admin.requests.RetentionRunRequest;
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
    public Response start(RetentionRunRequest body) {
        RetentionRunRequest run = body == null ? new RetentionRunRequest(null, null, null) : body;
        long executionId = jobs.startRequestedRetentionPurge(RequestFields.instant(run.asOf(), "asOf"), run.dry(),
                run.followsDryRun(), staff.name());
        return Response.accepted(jobs.describe(executionId, JobRuns.RETENTION_PURGE))
                .location(URI.create("/admin/retention-runs/" + executionId)).build();
    }

    @GET
    @Path("/{executionId}")
    @Produces(MediaType.APPLICATION_JSON)
    public JobRunView run(@PathParam("executionId") long executionId) {
        return jobs.describe(executionId, JobRuns.RETENTION_PURGE);
    }
}
