package fr.imprimfip.web.admin;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import fr.imprimfip.production.LateLetters;
import fr.imprimfip.web.requests.RequestFields;

/**
 * The production letters past the 2-day commitment, and the registered letters La Poste has said nothing of for too
 * long, by due date ({@code asOf}: as seen at that instant).
 */
@Path("/admin/late-letters")
@RequestScoped
public class LateLettersResource {

    private static final int MAX = 1_000;

    @Inject
    LateLetters lateLetters;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<LateLetters.LateLetter> late(@QueryParam("asOf") String asOf) {
        return lateLetters.late(RequestFields.instant(asOf, "asOf"), MAX);
    }
}
