package fr.imprimfip.web.admin;

import java.time.Clock;
import java.time.YearMonth;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import fr.imprimfip.availability.AvailabilityMeasure;
import fr.imprimfip.availability.AvailabilityProbes;
import fr.imprimfip.availability.AvailabilityReportPdf;
import fr.imprimfip.web.Attachments;
import fr.imprimfip.web.requests.RequestFields;

/**
 * The service's availability of a month (CGU §11), {@code ?month=YYYY-MM} (Paris time, the current month by
 * default): JSON by default, the monthly PDF report with {@code Accept: application/pdf}.
 */
@Path("/admin/availability")
@RequestScoped
public class AvailabilityResource {

    @Inject
    AvailabilityProbes probes;

    @Inject
    Clock clock;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public AvailabilityProbes.AvailabilityReport json(@QueryParam("month") String month) {
        return probes.report(month(month));
    }

    @GET
    @Produces("application/pdf;qs=0.5")
    public Response pdf(@QueryParam("month") String month) {
        YearMonth which = month(month);
        return Attachments.of(AvailabilityReportPdf.render(probes.report(which)), "application/pdf",
                "disponibilite-" + which + ".pdf").build();
    }

    private YearMonth month(String value) {
        if (value == null || value.isBlank()) {
            return YearMonth.now(clock.withZone(AvailabilityMeasure.PARIS));
        }
        return AvailabilityMeasure.month(value).orElseThrow(() -> RequestFields.invalid(
                "Le paramètre month est de la forme AAAA-MM (années 2000 à 2999).", "month reads YYYY-MM (years 2000 to 2999)."));
    }
}
