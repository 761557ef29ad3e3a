package fr.imprimfip.web.admin;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import fr.imprimfip.partner.Partner;
import fr.imprimfip.partner.PartnerDirectory;
import fr.imprimfip.partner.PartnerNotFoundException;
import fr.imprimfip.web.errors.ApiError;
import fr.imprimfip.web.errors.ApiException;

/**
 * What a partner's convention sets for its access, by one of its client ids: its own call quota
 * ({@code {"callsPerMinute": 2000}}, or null for the default) and the address ranges it calls from
 * ({@code {"ranges": ["192.0.2.0/24", "2001:db8::/32"]}}).
 */
@Path("/admin/partners/{clientId}")
@RequestScoped
public class PartnerConventionResource {

    /** A partner's access settings. */
    public record ConventionView(String partner, String name, String status, Integer callsPerMinute,
                                 List<String> ipRanges) {
        static ConventionView of(Partner partner) {
            return new ConventionView(partner.clientId(), partner.name(), partner.status().name(),
                    partner.callsPerMinute().isPresent() ? partner.callsPerMinute().getAsInt() : null,
                    partner.ipRanges());
        }
    }

    @Inject
    PartnerDirectory partners;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public ConventionView convention(@PathParam("clientId") String clientId) {
        return ConventionView.of(partners.byClientId(clientId)
                .orElseThrow(() -> new PartnerNotFoundException(clientId)));
    }

    @PUT
    @Path("/call-quota")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public ConventionView callQuota(@PathParam("clientId") String clientId, JsonObject body) {
        if (body == null || !body.containsKey("callsPerMinute")) {
            throw invalid("Le corps doit être {\"callsPerMinute\": n ou null}.");
        }
        JsonValue value = body.get("callsPerMinute");
        Integer calls;
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            calls = null;
        } else if (value instanceof JsonNumber number && number.isIntegral()) {
            calls = number.intValue();
        } else {
            throw invalid("callsPerMinute est un entier ou null.");
        }
        return ConventionView.of(partners.changeCallQuota(clientId, calls));
    }

    @PUT
    @Path("/ip-ranges")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public ConventionView ipRanges(@PathParam("clientId") String clientId, JsonObject body) {
        if (body == null || !(body.get("ranges") instanceof JsonArray ranges)
                || !ranges.stream().allMatch(JsonString.class::isInstance)) {
            throw invalid("Le corps doit être {\"ranges\": [\"192.0.2.0/24\", ...]}.");
        }
        return ConventionView.of(partners.declareIpRanges(clientId,
                ranges.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList()));
    }

    private static ApiException invalid(String detail) {
        return new ApiException(ApiError.INVALID_REQUEST, detail);
    }
}
