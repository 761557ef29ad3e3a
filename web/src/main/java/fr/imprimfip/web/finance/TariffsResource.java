package fr.imprimfip.web.finance;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import fr.imprimfip.partner.Partners;
import fr.imprimfip.partner.Tariff;
import fr.imprimfip.partner.TariffLine;
import fr.imprimfip.partner.Tariffs;
import fr.imprimfip.partner.UnitPrice;
import fr.imprimfip.shared.SendingType;
import fr.imprimfip.shared.InvalidInputException;
import fr.imprimfip.web.finance.requests.TariffRequest;
import fr.imprimfip.web.requests.RequestFields;
import fr.imprimfip.web.security.StaffMember;

/**
 * A partner's tariffs, one version per calendar year, for finance staff and administrators: {@code PUT /{year}}
 * sets the year's prices ({@link TariffRequest}, 4 decimals; refused once the year's statement is issued);
 * {@code GET} lists every year's version.
 */
@Path("/finance/partners/{clientId}/tariffs")
@RequestScoped
public class TariffsResource {

    /** A year's tariff. */
    public record TariffView(int year, BigDecimal postagePerPli, BigDecimal productionPerPli,
                             List<LineView> bySendingType, Instant setAt, String setBy) {
        static TariffView of(Tariff tariff) {
            return new TariffView(tariff.year(), tariff.postage().euros(), tariff.production().euros(),
                    tariff.lines().stream().map(line -> new LineView(line.sendingType().name(),
                            line.postage().euros(), line.production().euros())).toList(),
                    tariff.setAt(), tariff.setBy());
        }
    }

    /** The prices of one sending type. */
    public record LineView(String sendingType, BigDecimal postagePerPli, BigDecimal productionPerPli) {
    }

    @Inject
    Partners partners;

    @Inject
    Tariffs partnerTariffs;

    @Inject
    StaffMember staff;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<TariffView> history(@PathParam("clientId") String clientId) {
        return partnerTariffs.history(partners.existing(clientId).id()).stream().map(TariffView::of).toList();
    }

    @PUT
    @Path("/{year:\\d{4}}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public TariffView set(@PathParam("clientId") String clientId, @PathParam("year") int year,
                          @Valid @NotNull(message = TariffRequest.SHAPE) TariffRequest body) {
        List<TariffLine> lines = body.lines().entrySet().stream().map(line -> new TariffLine(
                RequestFields.enumValue(SendingType.class, line.getKey(), "bySendingType"),
                price(line.getValue().postagePerPli(), "bySendingType." + line.getKey() + ".postagePerPli"),
                price(line.getValue().productionPerPli(), "bySendingType." + line.getKey() + ".productionPerPli")))
                .toList();
        return TariffView.of(partnerTariffs.set(clientId, year, price(body.postagePerPli(), "postagePerPli"),
                price(body.productionPerPli(), "productionPerPli"), lines, staff.name()));
    }

    /** A price of 4 decimals at most, not negative, refused by the name of its field. */
    private static UnitPrice price(BigDecimal euros, String name) {
        try {
            return new UnitPrice(euros);
        } catch (InvalidInputException wrong) {
            throw RequestFields.invalid(name + " : " + wrong.text().french(), name + ": "
                    + wrong.text().in(Locale.ENGLISH));
        }
    }
}
