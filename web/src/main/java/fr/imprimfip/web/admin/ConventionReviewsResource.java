package fr.imprimfip.web.admin;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import fr.imprimfip.partner.ConventionReview;
import fr.imprimfip.partner.PartnerDirectory;
import fr.imprimfip.shared.BusinessCalendar;
import fr.imprimfip.web.errors.ApiError;
import fr.imprimfip.web.errors.ApiException;

/**
 * Runs the daily review of conventions now, as of today ({@code {}}) or as of another day
 * ({@code {"asOf": "2027-03-30"}}), and answers the notices it issued: what the nightly timer does, on demand.
 */
@Path("/admin/convention-reviews")
@RequestScoped
public class ConventionReviewsResource {

    /** A notice issued by the review, with the partner it went to. */
    public record IssuedNotice(String partner, String kind, LocalDate concerningDate, String message) {
    }

    @Inject
    ConventionReview review;

    @Inject
    PartnerDirectory partners;

    @Inject
    Clock clock;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public List<IssuedNotice> review(JsonObject body) {
        LocalDate day = LocalDate.now(clock.withZone(BusinessCalendar.PARIS));
        if (body != null && body.get("asOf") != null) {
            try {
                day = LocalDate.parse(((JsonString) body.get("asOf")).getString());
            } catch (ClassCastException | DateTimeParseException e) {
                throw new ApiException(ApiError.INVALID_REQUEST, "asOf est une date AAAA-MM-JJ.");
            }
        }
        return review.review(day).stream().map(notice -> new IssuedNotice(
                partners.byId(notice.partnerId()).clientId(), notice.kind().name(), notice.concerningDate(),
                notice.message())).toList();
    }
}
