package fr.imprimfip.web.finance;

import java.util.List;

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

import fr.imprimfip.partner.BillingAddress;
import fr.imprimfip.partner.Partner;
import fr.imprimfip.partner.Partners;
import fr.imprimfip.web.errors.ApiError;
import fr.imprimfip.web.errors.ApiException;
import fr.imprimfip.web.finance.requests.BillingAddressRequest;

/**
 * Where a partner's statements are addressed, for finance staff: {@code PUT} sets it (the statements issued from
 * then on carry it), {@code GET} reads it (404 when none was given).
 */
@Path("/finance/partners/{clientId}/billing-address")
@RequestScoped
public class BillingAddressResource {

    /** The address as given. */
    public record AddressView(List<String> lines, String postcode, String city) {
        static AddressView of(BillingAddress address) {
            return new AddressView(address.lines(), address.postcode(), address.city());
        }
    }

    @Inject
    Partners partners;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public AddressView address(@PathParam("clientId") String clientId) {
        Partner partner = partners.existing(clientId);
        return partner.billingAddress().map(AddressView::of).orElseThrow(() -> new ApiException(ApiError.NOT_FOUND,
                "Aucune adresse de facturation pour ce partenaire.", "No billing address for this partner."));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public AddressView set(@PathParam("clientId") String clientId,
                           @Valid @NotNull(message = BillingAddressRequest.SHAPE) BillingAddressRequest body) {
        return AddressView.of(partners.addressBillsTo(clientId,
                new BillingAddress(body.lines(), body.postcode(), body.city())).billingAddress().orElseThrow());
    }
}
