package fr.imprimfip.web;

import jakarta.ws.rs.core.Response;

/** Answers that download as a file: the content, its media type, and the name the browser saves it under. */
public final class Attachments {

    private Attachments() {
    }

    /** An answer to complete with other headers, if any, then to build. */
    public static Response.ResponseBuilder of(Object content, String type, String filename) {
        return Response.ok(content, type).header("Content-Disposition", "attachment; filename=\"" + filename + "\"");
    }
}
