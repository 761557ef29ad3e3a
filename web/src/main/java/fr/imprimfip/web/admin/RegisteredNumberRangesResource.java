package fr.imprimfip.web.admin;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import fr.imprimfip.registered.RegisteredNumberRange;
import fr.imprimfip.registered.RegisteredNumbers;
import fr.imprimfip.web.admin.requests.RegisteredNumberRangeRequest;
import fr.imprimfip.web.security.StaffMember;

/**
 * Administrators record the ranges of registered numbers La Poste grants each print centre, and list them with the
 * numbers they have left. A range sharing a number with one already recorded is refused (409).
 */
@Path("/admin/registered-number-ranges")
@RequestScoped
public class RegisteredNumberRangesResource {

    /** A range as administrators read it: its first, next and last numbers, how many are left, and when it was
     * reported running low. */
    public record RangeView(long id, String printCentre, String serviceIndicator, String country, int firstSerial,
                            int lastSerial, int nextSerial, String firstNumber, String lastNumber, long remaining,
                            Instant lowAlertAt, String recordedBy, Instant recordedAt) {
        static RangeView of(RegisteredNumberRange range) {
            return new RangeView(range.id(), range.printCentre(), range.serviceIndicator(), range.country(),
                    range.firstSerial(), range.lastSerial(), range.nextSerial(), range.firstNumber().format(),
                    range.lastNumber().format(), range.remaining(), range.lowAlertAt(),
                    range.recordedBy(), range.recordedAt());
        }
    }

    @Inject
    RegisteredNumbers numbers;

    @Inject
    StaffMember staff;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<RangeView> list() {
        return numbers.ranges().stream().map(RangeView::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response record(@Valid @NotNull(message = RegisteredNumberRangeRequest.SHAPE)
                           RegisteredNumberRangeRequest body) {
        RegisteredNumberRange range = numbers.record(body.printCentre(), body.serviceIndicator(), body.firstSerial(),
                body.lastSerial(), body.countryOrFrance(), staff.name());
        return Response.created(URI.create("/admin/registered-number-ranges/" + range.id()))
                .entity(RangeView.of(range)).build();
    }
}
