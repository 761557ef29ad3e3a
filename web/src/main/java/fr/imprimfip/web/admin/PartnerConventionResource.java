package fr.imprimfip.web.admin;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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
import fr.imprimfip.web.admin.requests.CallQuotaRequest;
import fr.imprimfip.web.admin.requests.ContactsRequest;
import fr.imprimfip.web.admin.requests.HabilitationRequest;
import fr.imprimfip.web.admin.requests.IpRangesRequest;
import fr.imprimfip.web.admin.requests.ReasonRequest;
import fr.imprimfip.web.admin.requests.SecurityAttestationRequest;
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
    public ConventionView callQuota(@PathParam("clientId") String clientId,
                                    @Valid @NotNull(message = CallQuotaRequest.SHAPE) CallQuotaRequest body) {
        return ConventionView.of(conventions.changeCallQuota(clientId, body.callsPerMinute()));
    }

    @PUT
    @Path("/ip-ranges")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public ConventionView ipRanges(@PathParam("clientId") String clientId,
                                   @Valid @NotNull(message = IpRangesRequest.SHAPE) IpRangesRequest body) {
        return ConventionView.of(conventions.declareIpRanges(clientId, body.ranges()));
    }

    /**
     * The habilitation granted on DataPass for one environment: a sandbox habilitation is active at once, a
     * production one once activated.
     */
    @PUT
    @Path("/habilitations/{environment}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public ConventionView habilitation(@PathParam("clientId") String clientId,
                                       @PathParam("environment") String environment,
                                       @Valid @NotNull(message = HabilitationRequest.SHAPE) HabilitationRequest body) {
        ServiceEnvironment env = RequestFields.enumValue(ServiceEnvironment.class, environment, "environment");
        HabilitationRequest.DataPass dataPass = body.dataPass();
        DataPassRequest request = dataPass == null ? null : new DataPassRequest(dataPass.number(),
                dataPass.legalBasis(), dataPass.purpose(), dataPass.expectedLettersPerYear(),
                dataPass.requestedCallsPerMinute());
        return ConventionView.of(conventions.grantHabilitation(clientId, new Habilitation(env,
                RequestFields.date(body.validFrom(), "validFrom"), RequestFields.date(body.validUntil(), "validUntil"),
                body.deposit(), body.read(), request)));
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

    /** The convention's contacts and recipient services, replaced. */
    @PUT
    @Path("/contacts")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public ConventionView contacts(@PathParam("clientId") String clientId,
                                   @Valid @NotNull(message = ContactsRequest.SHAPE) ContactsRequest body) {
        return ConventionView.of(conventions.updateContacts(clientId, PartnersResource.contacts(body.contacts()),
                body.services()));
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

    /** The security attestation received (a SECURITY_QUESTIONNAIRE is valid 3 years from receipt). */
    @PUT
    @Path("/security-attestation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public ConventionView securityAttestation(@PathParam("clientId") String clientId, @Valid
            @NotNull(message = SecurityAttestationRequest.SHAPE) SecurityAttestationRequest body) {
        AttestationKind kind = body.kind() == null ? AttestationKind.HOMOLOGATION
                : RequestFields.enumValue(AttestationKind.class, body.kind(), "kind");
        return ConventionView.of(conventions.attestSecurity(clientId, SecurityAttestation.of(kind,
                RequestFields.date(body.receivedOn(), "receivedOn"),
                RequestFields.date(body.validUntil(), "validUntil"))));
    }
}
