package fr.imprimfip.web.admin;

import java.net.URI;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import fr.imprimfip.partner.ContactRole;
import fr.imprimfip.partner.Conventions;
import fr.imprimfip.partner.Partner;
import fr.imprimfip.partner.PartnerContact;
import fr.imprimfip.partner.Partners;
import fr.imprimfip.web.admin.requests.ContactRequest;
import fr.imprimfip.web.admin.requests.PartnerRequest;
import fr.imprimfip.web.requests.RequestFields;

/**
 * The partners of the service. A partner is created from its DataPass subscription ({@link PartnerRequest}); its
 * habilitations, credentials and convention are then set under {@code /admin/partners/{identifier}}.
 */
@Path("/admin/partners")
@RequestScoped
public class PartnersResource {

    @Inject
    Partners partners;

    @Inject
    Conventions conventions;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<ConventionView> list() {
        return partners.all().stream().map(ConventionView::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response create(@Valid @NotNull(message = PartnerRequest.SHAPE) PartnerRequest body) {
        Partner partner = conventions.register(body.identifier(), body.name(), body.siret(), contacts(body.contacts()),
                body.services());
        return Response.created(URI.create("admin/partners/" + partner.clientId()))
                .entity(ConventionView.of(partner)).build();
    }

    static List<PartnerContact> contacts(List<ContactRequest> contacts) {
        return contacts.stream().map(contact -> new PartnerContact(
                RequestFields.enumValue(ContactRole.class, contact.role(), "role"), contact.name(), contact.email(),
                contact.phone())).toList();
    }
}
