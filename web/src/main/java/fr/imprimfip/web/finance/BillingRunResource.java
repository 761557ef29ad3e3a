package fr.imprimfip.web.finance;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import fr.imprimfip.batch.JobRunView;
import fr.imprimfip.batch.FaultInjection;
import fr.imprimfip.batch.JobRuns;
import fr.imprimfip.billing.BillingService;
import fr.imprimfip.shared.BusinessCalendar;
import fr.imprimfip.web.security.StaffMember;
import fr.imprimfip.web.finance.requests.BillingRunRequest;
import fr.imprimfip.web.requests.RequestFields;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/** Finance staff start the annual billing of a year, follow the run, and read the resulting statements. */
@Path("/finance")
@RequestScoped
public class BillingRunResource {

    @Inject
    JobRuns jobs;

    @Inject
    BillingService billing;

    @Inject
    StaffMember staff;

    /** Starts the billing of {@code {"year": 2026}}; answers 202 with the run and where to follow it. */
    @POST
    @Path("/billing-runs")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response start(@Valid @NotNull(message = BillingRunRequest.SHAPE) BillingRunRequest body) {
        long executionId = jobs.startAnnualBilling(year(body.year()), staff.name(), body.faults());
        return Response.accepted(jobs.describe(executionId, JobRuns.ANNUAL_BILLING))
                .location(URI.create("/finance/billing-runs/" + executionId)).build();
    }

    /**
     * Restarts a failed or interrupted run (the node stopped in the middle) from its last committed chunk: drafts
     * already written are written again identically, issued statements stay as they are.
     */
    @POST
    @Path("/billing-runs/{executionId}/restart")
    @Produces(MediaType.APPLICATION_JSON)
    public Response restart(@PathParam("executionId") long executionId) {
        long restarted = jobs.restart(executionId, JobRuns.ANNUAL_BILLING, staff.name());
        return Response.accepted(jobs.describe(restarted, JobRuns.ANNUAL_BILLING))
                .location(URI.create("/finance/billing-runs/" + restarted)).build();
    }

    @GET
    @Path("/billing-runs/{executionId}")
    @Produces(MediaType.APPLICATION_JSON)
    public JobRunView run(@PathParam("executionId") long executionId) {
        return jobs.describe(executionId, JobRuns.ANNUAL_BILLING);
    }

    @GET
    @Path("/statements")
    @Produces(MediaType.APPLICATION_JSON)
    public List<StatementView> statements(@QueryParam("year") Integer year) {
        if (year == null) {
            throw RequestFields.missingParameter("year");
        }
        return billing.statements(year).stream().map(StatementView::of).toList();
    }

    private static int year(int year) {
        int current = LocalDate.now(BusinessCalendar.PARIS).getYear();
        if (year < 2000 || year > current) {
            throw RequestFields.invalid("L'année facturée doit être comprise entre 2000 et l'année en cours.",
                    "The year billed must be between 2000 and the current year.");
        }
        return year;
    }
}
