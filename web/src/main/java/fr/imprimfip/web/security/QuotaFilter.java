package fr.imprimfip.web.security;

import java.time.Instant;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import fr.imprimfip.access.CallQuota;
import fr.imprimfip.shared.RefusalText;
import fr.imprimfip.web.audit.AuditNotes;
import fr.imprimfip.web.errors.ApiError;
import fr.imprimfip.web.errors.ErrorRendering;
import fr.imprimfip.web.errors.ProblemLanguage;

/**
 * The call quota of the partner doors: every partner call is counted; over the quota it is answered 429 with
 * {@code Retry-After}. Every answer to a partner tells where it stands with the {@code RateLimit-Policy} and
 * {@code RateLimit} headers of the IETF draft.
 */
@Provider
@Priority(Priorities.AUTHORIZATION + 100)
public class QuotaFilter implements ContainerRequestFilter, ContainerResponseFilter {

    private static final String VERDICT = QuotaFilter.class.getName() + ".verdict";

    @Inject
    CallingPartner caller;

    @Inject
    CallQuota quota;

    @Inject
    QuotaRefusals refusals;

    @Context
    HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request) {
        Door door = Door.of(servletRequest);
        if (!door.quotaApplies()) {
            return;
        }
        CallQuota.Verdict verdict = quota.count(caller.partner());
        request.setProperty(VERDICT, verdict);
        if (!verdict.allowed()) {
            refusals.count(door);
            AuditNotes.reason(servletRequest, ApiError.QUOTA_EXCEEDED.title());
            RefusalText detail = new RefusalText(verdict.limit() + " appels au plus par fenêtre de "
                    + verdict.windowSeconds() + " s ; réessayez dans " + verdict.resetSeconds() + " s.",
                    "At most " + verdict.limit() + " calls per " + verdict.windowSeconds() + " s window; retry in "
                    + verdict.resetSeconds() + " s.");
            Response refusal = ErrorRendering.response(ApiError.QUOTA_EXCEEDED, detail, door,
                    request.getUriInfo().getPath(), Instant.now(), ProblemLanguage.of(request.getHeaderString(
                            HttpHeaders.ACCEPT_LANGUAGE)));
            request.abortWith(Response.fromResponse(refusal)
                    .header("Retry-After", verdict.resetSeconds())
                    .header("RateLimit-Policy", policy(verdict))
                    .header("RateLimit", state(verdict)).build());
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(VERDICT) instanceof CallQuota.Verdict verdict
                && !response.getHeaders().containsKey("RateLimit")) {
            response.getHeaders().putSingle("RateLimit-Policy", policy(verdict));
            response.getHeaders().putSingle("RateLimit", state(verdict));
        }
    }

    private static String policy(CallQuota.Verdict verdict) {
        return "\"partner\";q=" + verdict.limit() + ";w=" + verdict.windowSeconds();
    }

    private static String state(CallQuota.Verdict verdict) {
        return "\"partner\";r=" + verdict.remaining() + ";t=" + verdict.resetSeconds();
    }
}
