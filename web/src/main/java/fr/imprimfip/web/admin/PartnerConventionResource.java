package fr.imprimfip.web.admin;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import fr.imprimfip.partner.AttestationKind;
import fr.imprimfip.partner.ConventionNotice;
import fr.imprimfip.partner.ConventionNotices;
import fr.imprimfip.partner.Conventions;
import fr.imprimfip.partner.DataPassRequest;
import fr.imprimfip.partner.Habilitation;
import fr.imprimfip.partner.Partner;
import fr.imprimfip.partner.Partners;
import fr.imprimfip.partner.SecurityAttestation;
import fr.imprimfip.shared.ServiceEnvironment;
import fr.imprimfip.web.admin.requests.AcceptanceRequest;
import fr.imprimfip.web.admin.requests.ReasonRequest;
import fr.imprimfip.web.requests.RequestFields;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * What a partner's convention sets for its access, by one of its client ids: its own call quota
 * ({@code {"callsPerMinute": 2000}}, or null for the default), the address ranges it calls from
 * ({@code {"ranges": ["192.0.2.0/24", "2001:db8::/32"]}}), its habilitation for each environment and its
 * security attestation; and its suspension or resumption, with a reason.
 */
@Path("/admin/partners/{clientId}")
@RequestScoped
public class PartnerConventionResource {

    /** A notice the daily review issued to the partner. */
    public record NoticeView(String kind, LocalDate concerningDate, LocalDate issuedOn, String message) {
        static NoticeView of(ConventionNotice notice) {
            return new NoticeView(notice.kind().name(), notice.concerningDate(), notice.issuedOn(), notice.message());
        }
    }

    @Inject
    Partners partners;

    @Inject
    Conventions conventions;

    @Inject
    ConventionNotices notices;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public ConventionView convention(@PathParam("clientId") String clientId) {
        return ConventionView.of(partners.existing(clientId));
    }

    @PUT
    @Path("/call-quota")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public ConventionView callQuota(@PathParam("clientId") String clientId, JsonObject body) {
        if (!RequestFields.present(body, "callsPerMinute")) {
            throw RequestFields.invalid("Le corps doit être {\"callsPerMinute\": n ou null}.");
        }
        JsonValue value = body.get("callsPerMinute");
        Integer calls;
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            calls = null;
        } else if (value instanceof JsonNumber number && number.isIntegral()) {
            calls = number.intValue();
        } else {
            throw RequestFields.invalid("callsPerMinute est un entier ou null.");
        }
        return ConventionView.of(conventions.changeCallQuota(clientId, calls));
    }

    @PUT
    @Path("/ip-ranges")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public ConventionView ipRanges(@PathParam("clientId") String clientId, JsonObject body) {
        if (body == null || !(body.get("ranges") instanceof JsonArray ranges)
                || !ranges.stream().allMatch(JsonString.class::isInstance)) {
            throw RequestFields.invalid("Le corps doit être {\"ranges\": [\"192.0.2.0/24\", ...]}.");
        }
        return ConventionView.of(conventions.declareIpRanges(clientId,
                ranges.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList()));
    }

    /**
     * {@code {"validFrom": "2026-01-01", "validUntil": null, "deposit": true, "read": true, "dataPass": {"number":
     * "12345", "legalBasis": "...", "purpose": "...", "expectedLettersPerYear": 120000, "requestedCallsPerMinute":
     * 500}}}: the habilitation granted on DataPass for one environment. A sandbox habilitation is active at once; a
     * production one once activated.
     */
    @PUT
    @Path("/habilitations/{environment}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public ConventionView habilitation(@PathParam("clientId") String clientId,
                                       @PathParam("environment") String environment, JsonObject body) {
        ServiceEnvironment env = environment(environment);
        RequestFields.required(body, "{\"validFrom\", \"validUntil\", \"deposit\", \"read\", \"dataPass\"}");
        JsonObject dataPass = RequestFields.object(body, "dataPass", false);
        DataPassRequest request = dataPass == null ? null : new DataPassRequest(
                RequestFields.text(dataPass, "number", true), RequestFields.text(dataPass, "legalBasis", true),
                RequestFields.text(dataPass, "purpose", true), RequestFields.integer(dataPass, "expectedLettersPerYear"),
                RequestFields.integer(dataPass, "requestedCallsPerMinute"));
        return ConventionView.of(conventions.grantHabilitation(clientId, new Habilitation(env,
                RequestFields.date(body, "validFrom", true), RequestFields.date(body, "validUntil", false),
                RequestFields.bool(body, "deposit"), RequestFields.bool(body, "read"), request)));
    }

    /**
     * The production habilitation becomes active: refused (409, naming what is missing) without a valid security
     * attestation, a functional acceptance recorded in the sandbox and a validated letter template.
     */
    @POST
    @Path("/habilitations/PRODUCTION/activation")
    @Produces(MediaType.APPLICATION_JSON)
    public ConventionView activateProduction(@PathParam("clientId") String clientId) {
        return ConventionView.of(conventions.activateProduction(clientId));
    }

    /** {@code {"note": "..."}}: the functional acceptance run in the sandbox, recorded today. */
    @POST
    @Path("/acceptance")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public ConventionView acceptance(@PathParam("clientId") String clientId,
                                     @Valid @NotNull(message = AcceptanceRequest.SHAPE) AcceptanceRequest body) {
        return ConventionView.of(conventions.recordAcceptance(clientId, body.note()));
    }

    /**
     * {@code {"contacts": [{"role": "REQUESTER", "name": "...", "email": "...", "phone": "..."}, ...],
     * "recipientServices": ["..."]}}: the convention's contacts, replaced.
     */
    @PUT
    @Path("/contacts")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public ConventionView contacts(@PathParam("clientId") String clientId, JsonObject body) {
        RequestFields.required(body, "{\"contacts\": [...], \"recipientServices\": [...]}");
        return ConventionView.of(conventions.updateContacts(clientId, PartnersResource.contacts(body),
                RequestFields.texts(body, "recipientServices")));
    }

    /** {@code {"reason": "..."}}: notice of termination; the convention ends by itself two months later. */
    @POST
    @Path("/termination-notice")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public ConventionView terminationNotice(@PathParam("clientId") String clientId,
                                   @Valid @NotNull(message = ReasonRequest.SHAPE) ReasonRequest body) {
        return ConventionView.of(conventions.giveTerminationNotice(clientId, body.reason()));
    }

    /** The notices the daily review issued to the partner (attestation renewals, lapse), oldest first. */
    @GET
    @Path("/notices")
    @Produces(MediaType.APPLICATION_JSON)
    public List<NoticeView> notices(@PathParam("clientId") String clientId) {
        return notices.of(partners.existing(clientId).id()).stream().map(NoticeView::of).toList();
    }

    /** {@code {"reason": "..."}}: the partner's access is suspended until it is resumed. */
    @POST
    @Path("/suspension")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public ConventionView suspend(@PathParam("clientId") String clientId,
                                   @Valid @NotNull(message = ReasonRequest.SHAPE) ReasonRequest body) {
        return ConventionView.of(conventions.suspend(clientId, body.reason()));
    }

    /** {@code {"reason": "..."}}: a suspended partner gets its access back. */
    @POST
    @Path("/resumption")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public ConventionView resume(@PathParam("clientId") String clientId,
                                   @Valid @NotNull(message = ReasonRequest.SHAPE) ReasonRequest body) {
        return ConventionView.of(conventions.resume(clientId, body.reason()));
    }

    /** {@code {"reason": "..."}}: cut off at once after a security incident, its logs and data on legal hold. */
    @POST
    @Path("/isolation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public ConventionView isolate(@PathParam("clientId") String clientId,
                                   @Valid @NotNull(message = ReasonRequest.SHAPE) ReasonRequest body) {
        return ConventionView.of(conventions.isolate(clientId, body.reason()));
    }

    /** {@code {"reason": "..."}}: the isolation ends; the legal hold stays until released. */
    @POST
    @Path("/isolation-end")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public ConventionView endIsolation(@PathParam("clientId") String clientId,
                                   @Valid @NotNull(message = ReasonRequest.SHAPE) ReasonRequest body) {
        return ConventionView.of(conventions.endIsolation(clientId, body.reason()));
    }

    /** The partner's logs and data are put on legal hold (a dispute, an investigation), whatever its status. */
    @POST
    @Path("/legal-hold")
    @Produces(MediaType.APPLICATION_JSON)
    public ConventionView placeLegalHold(@PathParam("clientId") String clientId) {
        return ConventionView.of(conventions.placeLegalHold(clientId));
    }

    /** The legal hold on the partner's logs and data is released. */
    @DELETE
    @Path("/legal-hold")
    @Produces(MediaType.APPLICATION_JSON)
    public ConventionView releaseLegalHold(@PathParam("clientId") String clientId) {
        return ConventionView.of(conventions.releaseLegalHold(clientId));
    }

    /**
     * {@code {"kind": "HOMOLOGATION", "receivedOn": "2026-11-27", "validUntil": "2029-11-27"}}: the security
     * attestation received (kind HOMOLOGATION by default; a SECURITY_QUESTIONNAIRE is valid 3 years from receipt).
     */
    @PUT
    @Path("/security-attestation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public ConventionView securityAttestation(@PathParam("clientId") String clientId, JsonObject body) {
        RequestFields.required(body, "{\"kind\": \"...\", \"receivedOn\": \"AAAA-MM-JJ\", \"validUntil\": \"AAAA-MM-JJ\"}");
        AttestationKind kind = body.get("kind") instanceof JsonString named
                ? RequestFields.enumValue(AttestationKind.class, named.getString(), "kind")
                : AttestationKind.HOMOLOGATION;
        return ConventionView.of(conventions.attestSecurity(clientId, SecurityAttestation.of(kind,
                RequestFields.date(body, "receivedOn", false), RequestFields.date(body, "validUntil", false))));
    }

    private static ServiceEnvironment environment(String name) {
        return RequestFields.enumValue(ServiceEnvironment.class, name, "L'environnement");
    }
}
