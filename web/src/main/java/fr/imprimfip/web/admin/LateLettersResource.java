package fr.imprimfip.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import fr.imprimfip.partner.Partners;
import fr.imprimfip.production.LateLetters;
import fr.imprimfip.web.requests.RequestFields;

/**
 * The production letters past the 2-day commitment, and the registered letters La Poste has said nothing of for too
 * long, by due date ({@code asOf}: as seen at that instant), of every partner or of one ({@code partner}: its client
 * id). A page holds {@code limit} letters (1,000 at most); when more follow, a {@code Link} header with
 * {@code rel="next"} gives the address of the next page (the same query with {@code after}).
 */
@Path("/admin/late-letters")
@RequestScoped
public class LateLettersResource {

    private static final int MAX_LIMIT = 1_000;

    @Inject
    LateLetters lateLetters;

    @Inject
    Partners partners;

    @Context
    UriInfo uri;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response late(@QueryParam("asOf") String asOf, @QueryParam("partner") String partner,
                         @QueryParam("after") String after, @QueryParam("limit") Integer limit) {
        int max = limit == null ? MAX_LIMIT : limit;
        if (max < 1 || max > MAX_LIMIT) {
            throw RequestFields.invalid("limit va de 1 à " + MAX_LIMIT + ".",
                    "limit goes from 1 to " + MAX_LIMIT + ".");
        }
        Long partnerId = partner == null ? null : partners.existing(partner).id();
        LateLetters.LatePage page = lateLetters.late(RequestFields.instant(asOf, "asOf"), partnerId, position(after),
                max);
        Response.ResponseBuilder answer = Response.ok(page.letters());
        if (page.next() != null) {
            answer.links(Link.fromUriBuilder(uri.getRequestUriBuilder().replaceQueryParam("after",
                    page.next().token())).rel("next").build());
        }
        return answer.build();
    }

    private static LateLetters.Position position(String after) {
        if (after == null) {
            return null;
        }
        try {
            return LateLetters.Position.of(after);
        } catch (IllegalArgumentException e) {
            throw RequestFields.invalid("after doit être la position donnée par le lien « next » d'une page"
                    + " précédente.", "after must be the position given by a previous page's \"next\" link.");
        }
    }
}
