package fr.imprimfip.web.errors;

import java.time.Instant;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import fr.imprimfip.shared.BusinessCalendar;

/**
 * Renders a refusal in the format of the door that was called: the v1 contract's {@code {"erreur":{...}}}, or an
 * RFC 9457 problem document elsewhere. Never includes an exception's text unless it was written for the caller.
 */
public final class ErrorRendering {

    public static final MediaType PROBLEM_JSON = MediaType.valueOf("application/problem+json");

    private ErrorRendering() {
    }

    /** Whether a request path (without the context root) belongs to the v1 contract. */
    public static boolean isV1(String path) {
        String p = path.startsWith("/") ? path.substring(1) : path;
        return p.startsWith("api/v1/") || p.equals("api/v1");
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

    public static String problemBody(ApiError error, String detail, String instance) {
        JsonObjectBuilder problem = Json.createObjectBuilder()
                .add("type", error.problemType())
                .add("title", error.title())
                .add("status", error.status());
        if (detail != null) {
            problem.add("detail", detail);
        }
        if (instance != null) {
            problem.add("instance", instance);
        }
        return problem.build().toString();
    }

    public static Response response(ApiError error, String detail, String path, Instant now) {
        if (isV1(path)) {
            return Response.status(error.status()).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                    .entity(v1Body(error, detail, now)).build();
        }
        return Response.status(error.status()).type(PROBLEM_JSON.withCharset("UTF-8"))
                .entity(problemBody(error, detail, "/" + (path.startsWith("/") ? path.substring(1) : path))).build();
    }
}
