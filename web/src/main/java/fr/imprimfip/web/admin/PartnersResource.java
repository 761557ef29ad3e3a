package fr.imprimfip.web.admin;

import java.net.URI;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import fr.imprimfip.partner.ContactRole;
import fr.imprimfip.partner.Conventions;
import fr.imprimfip.partner.Partner;
import fr.imprimfip.partner.PartnerContact;
import fr.imprimfip.partner.Partners;
import fr.imprimfip.web.requests.RequestFields;

/**
 * The partners of the service. A partner is created from its DataPass subscription:
 * {@code {"identifier": "ddfip-gironde", "name": "...", "siret": "...", "contacts": [{"role": "REQUESTER", "name":
 * "...", "email": "...", "phone": "..."}, ...], "recipientServices": ["..."]}}; its habilitations, credentials and
 * convention are then set under {@code /admin/partners/{identifier}}.
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
    public Response create(JsonObject body) {
        RequestFields.required(body, "{\"identifier\", \"name\", \"siret\", \"contacts\", \"recipientServices\"}");
        Partner partner = conventions.register(RequestFields.text(body, "identifier", true),
                RequestFields.text(body, "name", true), RequestFields.text(body, "siret", true), contacts(body),
                RequestFields.texts(body, "recipientServices"));
        return Response.created(URI.create("admin/partners/" + partner.clientId()))
                .entity(ConventionView.of(partner)).build();
    }

    /** The {@code contacts} of a body: a list of {@code {"role", "name", "email", "phone"}}. */
    static List<PartnerContact> contacts(JsonObject body) {
        JsonValue value = body.get("contacts");
        if (!(value instanceof JsonArray array) || !array.stream().allMatch(JsonObject.class::isInstance)) {
            throw RequestFields.invalid("Le champ contacts est une liste de {\"role\", \"name\", \"email\", \"phone\"}.");
        }
        return array.getValuesAs(JsonObject.class).stream().map(contact -> new PartnerContact(
                role(RequestFields.text(contact, "role", true)), RequestFields.text(contact, "name", true),
                RequestFields.text(contact, "email", true), RequestFields.text(contact, "phone", false))).toList();
    }

    private static ContactRole role(String name) {
        return RequestFields.enumValue(ContactRole.class, name, "role");
    }
}
