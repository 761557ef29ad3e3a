package fr.imprimfip.web.v2;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import fr.imprimfip.web.audit.AuditNotes;
import fr.imprimfip.web.requests.RequestFields;
import fr.imprimfip.web.security.CallingPartner;
import fr.imprimfip.webhook.WebhookAttempt;
import fr.imprimfip.webhook.WebhookSubscription;
import fr.imprimfip.webhook.Webhooks;

/**
 * The partner's webhooks in the environment of its credential: subscriptions (the secret shown once, when made or
 * rotated), pause and resume, a test ping, the delivery log and replays.
 */
@Path(WebhooksResource.PATH)
@RequestScoped
public class WebhooksResource {

    static final String PATH = "/api/v2/webhooks";
    private static final int DEFAULT_LIMIT = 50;
    private static final int MAX_LIMIT = 200;
    /** The answers that show a secret are kept by no cache. */
    private static final String NO_STORE = "no-store";
    /** Without an overlap asked, the old secret still signs for a day: receivers are not broken by a rotation. */
    private static final int DEFAULT_OVERLAP_HOURS = 24;

    /** {@code {"url": "https://...", "eventTypes": [...], "description": "..."}}. */
    public record WebhookRequest(@NotNull String url, List<String> eventTypes, String description) {
        static final String SHAPE = "\\{\"url\": \"https://...\", \"eventTypes\": [\"...\"], \"description\": \"...\"\\}";
    }

    /** {@code {"overlapHours": 24}}. */
    public record RotationRequest(Integer overlapHours) {
    }

    /** {@code {"eventId": "evt_..."}} or {@code {"from": instant, "to": instant}}. */
    public record ReplayRequest(String eventId, String from, String to) {
    }

    /** A subscription as its partner reads it; the secret only in the answer that made it. */
    public record WebhookView(String id, String url, List<String> eventTypes, String description, String status,
                              String environment, Instant createdAt, Instant failingSince, Instant disabledAt,
                              Instant previousSecretExpiresAt, String secret) {
        static WebhookView of(WebhookSubscription subscription, String secret) {
            return new WebhookView(subscription.publicId(), subscription.url(), subscription.eventTypes().stream()
                    .map(type -> type.wire()).sorted().toList(), subscription.description(),
                    subscription.status().name(), subscription.environment().name(), subscription.createdAt(),
                    subscription.failingSince(), subscription.disabledAt(), subscription.previousSecretExpiresAt(),
                    secret);
        }
    }

    /** One attempt of the delivery log. */
    public record AttemptView(String eventId, String eventType, int attempt, Instant attemptedAt, Integer httpStatus,
                              String error, long latencyMs, boolean succeeded) {
        static AttemptView of(WebhookAttempt attempt) {
            return new AttemptView(attempt.eventId(), attempt.eventType(), attempt.attempt(), attempt.attemptedAt(),
                    attempt.httpStatus(), attempt.error(), attempt.latencyMs(), attempt.succeeded());
        }
    }

    /** A page of the delivery log, most recent first. */
    public record AttemptPage(List<AttemptView> deliveries, String nextCursor) {
    }

    @Inject
    CallingPartner caller;

    @Inject
    Webhooks webhooks;

    @Context
    HttpServletRequest request;

    @Context
    HttpServletResponse response;

    private Webhooks.Owner owner() {
        return new Webhooks.Owner(caller.id(), caller.environment());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response create(@NotNull(message = WebhookRequest.SHAPE) WebhookRequest body) {
        Webhooks.Created created = webhooks.create(owner(), body.url(), body.eventTypes(), body.description());
        String id = created.subscription().publicId();
        AuditNotes.target(request, "webhook " + id);
        return Response.created(URI.create(PATH + "/" + id)).header("Cache-Control", NO_STORE)
                .entity(WebhookView.of(created.subscription(), created.secret())).build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<WebhookView> list() {
        return webhooks.list(owner()).stream().map(subscription -> WebhookView.of(subscription, null)).toList();
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public WebhookView get(@PathParam("id") String id) {
        return WebhookView.of(webhooks.get(owner(), id), null);
    }

    @DELETE
    @Path("/{id}")
    public Response delete(@PathParam("id") String id) {
        webhooks.delete(owner(), id);
        AuditNotes.target(request, "webhook " + id);
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/pause")
    @Produces(MediaType.APPLICATION_JSON)
    public WebhookView pause(@PathParam("id") String id) {
        AuditNotes.target(request, "webhook " + id);
        return WebhookView.of(webhooks.pause(owner(), id), null);
    }

    @POST
    @Path("/{id}/resume")
    @Produces(MediaType.APPLICATION_JSON)
    public WebhookView resume(@PathParam("id") String id) {
        AuditNotes.target(request, "webhook " + id);
        return WebhookView.of(webhooks.resume(owner(), id), null);
    }

    @POST
    @Path("/{id}/secret-rotation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> rotate(@PathParam("id") String id, RotationRequest body) {
        int overlap = body == null || body.overlapHours() == null ? DEFAULT_OVERLAP_HOURS : body.overlapHours();
        Webhooks.Rotated rotated = webhooks.rotate(owner(), id, overlap);
        response.setHeader("Cache-Control", NO_STORE);
        AuditNotes.target(request, "webhook " + id);
        return rotated.previousSecretExpiresAt() == null ? Map.of("secret", rotated.secret())
                : Map.of("secret", rotated.secret(), "previousSecretExpiresAt",
                rotated.previousSecretExpiresAt().toString());
    }

    @POST
    @Path("/{id}/ping")
    @Produces(MediaType.APPLICATION_JSON)
    public Response ping(@PathParam("id") String id) {
        String eventId = webhooks.ping(owner(), id);
        return Response.accepted(Map.of("eventId", eventId)).build();
    }

    @GET
    @Path("/{id}/deliveries")
    @Produces(MediaType.APPLICATION_JSON)
    public AttemptPage deliveries(@PathParam("id") String id, @QueryParam("limit") Integer limit,
                                  @QueryParam("cursor") String cursor) {
        int size = limit == null ? DEFAULT_LIMIT : limit;
        if (size < 1 || size > MAX_LIMIT) {
            throw RequestFields.invalid("« limit » va de 1 à " + MAX_LIMIT + ".", "\"limit\" is from 1 to "
                    + MAX_LIMIT + ".");
        }
        List<WebhookAttempt> attempts = webhooks.attempts(owner(), id, DepositCursor.decode(cursor), size + 1);
        String next = attempts.size() > size ? DepositCursor.encode(attempts.get(size - 1).id()) : null;
        return new AttemptPage(attempts.stream().limit(size).map(AttemptView::of).toList(), next);
    }

    @POST
    @Path("/{id}/replays")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response replay(@PathParam("id") String id, @NotNull(message = "\\{\"eventId\": \"evt_...\"\\}") ReplayRequest body) {
        int replayed;
        if (body.eventId() != null) {
            replayed = webhooks.replay(owner(), id, body.eventId());
        } else {
            Instant from = RequestFields.instant(body.from(), "from");
            Instant to = RequestFields.instant(body.to(), "to");
            if (from == null || to == null) {
                throw RequestFields.invalid("Indiquez « eventId », ou « from » et « to ».",
                        "Give \"eventId\", or \"from\" and \"to\".");
            }
            replayed = webhooks.replay(owner(), id, from, to);
        }
        AuditNotes.target(request, "webhook " + id);
        return Response.accepted(Map.of("replayed", replayed)).build();
    }
}
