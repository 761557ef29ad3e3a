package fr.imprimfip.web.finance;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
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
import fr.imprimfip.web.errors.ApiError;
import fr.imprimfip.web.errors.ApiException;
import fr.imprimfip.web.security.StaffMember;
import fr.imprimfip.shared.InvalidInputException;
import fr.imprimfip.web.requests.RequestFields;

/**
 * A partner's tariffs, one version per calendar year, for finance staff and administrators:
 * {@code PUT /{year} {"postagePerPli": "1.3900", "productionPerPli": "0.1925", "bySendingType": {"LRAR":
 * {"postagePerPli": "5.3600", "productionPerPli": "0.2500"}}}} sets the year's prices (4 decimals; refused once the
 * year's statement is issued); {@code GET} lists every year's version.
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
    public TariffView set(@PathParam("clientId") String clientId, @PathParam("year") int year, JsonObject body) {
        if (body == null) {
            throw invalid("Le corps doit être {\"postagePerPli\": \"1.3900\", \"productionPerPli\": \"0.1925\"}.");
        }
        List<TariffLine> lines = new ArrayList<>();
        JsonValue byType = body.get("bySendingType");
        if (byType != null && byType.getValueType() != JsonValue.ValueType.NULL) {
            if (!(byType instanceof JsonObject types)) {
                throw invalid("bySendingType est un objet {\"LRAR\": {...}}.");
            }
            for (String type : types.keySet()) {
                if (!(types.get(type) instanceof JsonObject prices)) {
                    throw invalid("bySendingType." + type + " est un objet.");
                }
                lines.add(new TariffLine(sendingType(type), price(prices, "postagePerPli"),
                        price(prices, "productionPerPli")));
            }
        }
        return TariffView.of(partnerTariffs.set(clientId, year, price(body, "postagePerPli"),
                price(body, "productionPerPli"), lines, staff.name()));
    }

    private static SendingType sendingType(String name) {
        try {
            return SendingType.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw invalid("Type d'envoi inconnu : " + name + " (" + RequestFields.oneOf(SendingType.class) + ").");
        }
    }

    /** A price given as a string ("1.3900") or a number, 4 decimals at most, not negative. */
    private static UnitPrice price(JsonObject body, String name) {
        JsonValue value = body.get(name);
        try {
            if (value instanceof JsonNumber number) {
                return new UnitPrice(number.bigDecimalValue());
            }
            if (value != null && value.getValueType() == JsonValue.ValueType.STRING) {
                return UnitPrice.of(((jakarta.json.JsonString) value).getString());
            }
        } catch (IllegalArgumentException wrong) {
            throw invalid(name + " : " + wrong.getMessage());
        }
        throw invalid(name + " est obligatoire (euros par pli, 4 décimales au plus).");
    }

    private static InvalidInputException invalid(String detail) {
        return RequestFields.invalid(detail);
    }
}
