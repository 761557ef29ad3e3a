package fr.imprimfip.web.admin;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import fr.imprimfip.partner.ConventionNotice;
import fr.imprimfip.partner.ConventionReview;
import fr.imprimfip.partner.Partners;
import fr.imprimfip.shared.BusinessCalendar;
import fr.imprimfip.web.admin.requests.ConventionReviewRequest;
import fr.imprimfip.web.requests.RequestFields;

/**
 * Runs the daily review of conventions now, as of today ({@code {}}) or as of a day already come
 * ({@code {"asOf": "2026-03-30"}}), and answers the notices it issued: what the nightly timer does, on demand. A day
 * to come is refused: its review would end conventions early and send their notices. With {@code "dryRun": true}
 * the review of any day answers what it would issue and which conventions it would end (kind {@code TERMINATION}),
 * doing nothing.
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
    Partners partners;

    @Inject
    Clock clock;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public List<IssuedNotice> review(ConventionReviewRequest body) {
        LocalDate today = LocalDate.now(clock.withZone(BusinessCalendar.PARIS));
        LocalDate asOf = body == null ? null : RequestFields.date(body.asOf(), "asOf");
        LocalDate day = asOf == null ? today : asOf;
        if (body != null && body.dry()) {
            ConventionReview.Preview preview = review.preview(day);
            return Stream.concat(preview.notices().stream().map(this::view),
                    preview.ending().stream().map(partner -> new IssuedNotice(partner.clientId(), "TERMINATION",
                            partner.terminatesOn().orElseThrow(), "Fin de la convention à l'issue du préavis"))).toList();
        }
        if (day.isAfter(today)) {
            throw RequestFields.invalid("La revue des conventions ne peut pas être lancée pour un jour à venir (" + day
                    + ", nous sommes le " + today + ") : elle mettrait fin à des conventions et enverrait leurs avis"
                    + " avant l'heure. Un essai à blanc ({\"dryRun\": true}) peut anticiper.",
                    "The review of conventions cannot run for a day to come (" + day + ", today is " + today
                    + "): it would end conventions and send their notices early. A dry run ({\"dryRun\": true}) can"
                    + " look ahead.");
        }
        return review.review(day).stream().map(this::view).toList();
    }

    private IssuedNotice view(ConventionNotice notice) {
        return new IssuedNotice(partners.byId(notice.partnerId()).clientId(), notice.kind().name(),
                notice.concerningDate(), notice.message());
    }
}
