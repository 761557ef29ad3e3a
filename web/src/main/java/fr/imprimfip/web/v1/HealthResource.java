package fr.imprimfip.web.v1;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import fr.imprimfip.availability.ServiceState;
import fr.imprimfip.shared.RefusalText;
import fr.imprimfip.web.audit.AuditNotes;
import fr.imprimfip.web.errors.ApiError;
import fr.imprimfip.web.errors.ErrorRendering;
import fr.imprimfip.web.errors.ProblemLanguage;
import fr.imprimfip.web.security.Door;

/**
 * {@code GET /etatSante}: tells a partner whether the API can serve, from the real state (maintenance, database,
 * content store and its key): the contract's message when it can, the contract's error (503, 920503) when it
 * cannot, with {@code Retry-After} during a maintenance window. The maintenance gate lets this call through so that
 * its credentials are checked like any other call's; it is this resource that says the service is in maintenance.
 */
@Path("/api/v1/etatSante")
@RequestScoped
@V1Contract
public class HealthResource {

    @Inject
    ServiceState state;

    @Inject
    Clock clock;

    @Context
    HttpServletRequest request;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response health() {
        ServiceState.State now = state.check();
        if (now.available()) {
            return Response.ok(new Information("L'API est opérationnelle")).build();
        }
        Instant at = clock.instant();
        if (now.maintenanceUntil().isPresent()) {
            Instant until = now.maintenanceUntil().get();
            return refusal(ApiError.MAINTENANCE, new RefusalText("Le service est en maintenance jusqu'à " + until + ".",
                    "The service is under maintenance until " + until + "."), at)
                    .header(HttpHeaders.RETRY_AFTER, Math.max(1, Duration.between(at, until).toSeconds())).build();
        }
        return refusal(ApiError.SERVICE_UNAVAILABLE, null, at).build();
    }

    private Response.ResponseBuilder refusal(ApiError error, RefusalText detail, Instant at) {
        AuditNotes.reason(request, detail == null ? error.title() : detail.french());
        return Response.fromResponse(ErrorRendering.response(error, detail, Door.PARTNER_V1, "/api/v1/etatSante", at,
                ProblemLanguage.of(null)));
    }
}
