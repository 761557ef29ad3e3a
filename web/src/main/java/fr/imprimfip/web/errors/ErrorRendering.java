package fr.imprimfip.web.errors;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Response;

import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;

import fr.imprimfip.shared.BusinessCalendar;
import fr.imprimfip.shared.RefusalText;
import fr.imprimfip.web.audit.AuditedExchange;
import fr.imprimfip.web.security.Door;

/**
 * Renders a refusal in the format of the door that was called: the v1 contract's {@code {"erreur":{...}}}, or an
 * RFC 9457 problem document elsewhere. Never includes an exception's text unless it was written for the caller.
 */
public final class ErrorRendering {

    private ErrorRendering() {
    }

    public static String v1Body(ApiError error, String detail, Instant now) {
        String message = detail == null ? error.v1Message() : detail;
        return Json.createObjectBuilder()
                .add("erreur", Json.createObjectBuilder()
                        .add("code", error.v1Code())
                        .add("message", message)
                        .add("horodatage", BusinessCalendar.v1Format(now)))
                .build().toString();
    }

    /** A problem document in {@code language}: English when the caller prefers it and the text exists, else French. */
    public static String problemBody(ApiError error, RefusalText detail, String instance, Locale language) {
        JsonObjectBuilder problem = Json.createObjectBuilder()
                .add("type", error.problemType())
                .add("title", error.title(language))
                .add("status", error.status());
        if (detail != null) {
            problem.add("detail", detail.in(language));
        }
        if (instance != null) {
            problem.add("instance", instance);
        }
        return problem.build().toString();
    }

    /** The refusal as a JAX-RS answer, for the request on {@code path} through {@code door}, in {@code language}. */
    public static Response response(ApiError error, RefusalText detail, Door door, String path, Instant now,
                                    Locale language) {
        return Response.status(error.status()).type(contentType(door))
                .entity(body(error, detail, door, path, now, language)).build();
    }

    /** The refusal sent straight on the exchange, by the handlers that answer ahead of the servlet layer. */
    public static void send(HttpServerExchange exchange, ApiError error, RefusalText detail, Instant now) {
        Door door = Door.of(exchange);
        exchange.putAttachment(AuditedExchange.REASON, detail == null ? error.title() : detail.french());
        exchange.setStatusCode(error.status());
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, contentType(door));
        Locale language = ProblemLanguage.of(exchange.getRequestHeaders().getFirst(Headers.ACCEPT_LANGUAGE));
        exchange.getResponseSender().send(body(error, detail, door, exchange.getRelativePath(), now, language),
                StandardCharsets.UTF_8);
    }

    /** The body of a refusal in the format of {@code door}; the v1 contract's is always French. */
    public static String body(ApiError error, RefusalText detail, Door door, String path, Instant now,
                              Locale language) {
        return door.errorFormat() == Door.ErrorFormat.V1_CONTRACT
                ? v1Body(error, detail == null ? null : detail.french(), now)
                : problemBody(error, detail, path.startsWith("/") ? path : "/" + path, language);
    }

    public static String contentType(Door door) {
        return door.errorFormat() == Door.ErrorFormat.V1_CONTRACT ? "application/json;charset=UTF-8"
                : "application/problem+json;charset=UTF-8";
    }
}
