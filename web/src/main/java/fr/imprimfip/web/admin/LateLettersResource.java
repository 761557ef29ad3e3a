package fr.imprimfip.web.admin;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import fr.imprimfip.production.LateLetters;
import fr.imprimfip.web.errors.ApiError;
import fr.imprimfip.web.errors.ApiException;

/** The production letters past the 2-day commitment, oldest first ({@code asOf}: as seen at that instant). */
@Path("/admin/late-letters")
@RequestScoped
public class LateLettersResource {

    private static final int MAX = 1_000;

    @Inject
    LateLetters lateLetters;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<LateLetters.LateLetter> late(@QueryParam("asOf") String asOf) {
        try {
            return lateLetters.late(asOf == null ? null : Instant.parse(asOf), MAX);
        } catch (DateTimeParseException e) {
            throw new ApiException(ApiError.INVALID_REQUEST, "asOf doit être un instant ISO-8601.");
        }
    }
}
