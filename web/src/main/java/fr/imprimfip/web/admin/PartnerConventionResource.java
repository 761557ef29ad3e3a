package fr.imprimfip.web.admin;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
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
import fr.imprimfip.partner.Habilitation;
import fr.imprimfip.partner.Partner;
import fr.imprimfip.partner.PartnerDirectory;
import fr.imprimfip.partner.SecurityAttestation;
import fr.imprimfip.shared.ServiceEnvironment;
import fr.imprimfip.web.errors.ApiError;
import fr.imprimfip.web.errors.ApiException;

/**
 * What a partner's convention sets for its access, by one of its client ids: its own call quota
 * ({@code {"callsPerMinute": 2000}}, or null for the default), the address ranges it calls from
 * ({@code {"ranges": ["192.0.2.0/24", "2001:db8::/32"]}}), its habilitation for each environment and its
 * security attestation; and its suspension or resumption, with a reason.
 */
@Path("/admin/partners/{clientId}")
@RequestScoped
public class PartnerConventionResource {

    /** A partner's access settings. */
    public record ConventionView(String partner, String name, String status, String statusReason,
                                 Instant statusChangedAt, Instant legalHoldSince, Integer callsPerMinute,
                                 List<String> ipRanges, List<HabilitationView> habilitations,
                                 AttestationView attestation) {
        static ConventionView of(Partner partner) {
            return new ConventionView(partner.clientId(), partner.name(), partner.status().name(),
                    partner.statusReason(), partner.statusChangedAt(), partner.legalHoldSince().orElse(null),
                    partner.callsPerMinute().isPresent() ? partner.callsPerMinute().getAsInt() : null,
                    partner.ipRanges(), partner.habilitations().stream().map(HabilitationView::of).toList(),
                    partner.attestation().map(AttestationView::of).orElse(null));
        }
    }

    /** The security attestation in force, and when its renewal is due. */
    public record AttestationView(String kind, LocalDate receivedOn, LocalDate validUntil, LocalDate renewalDueOn) {
        static AttestationView of(SecurityAttestation attestation) {
            return new AttestationView(attestation.kind().name(), attestation.receivedOn(), attestation.validUntil(),
                    attestation.renewalDueOn());
        }
    }

    /** A habilitation for one environment. */
    public record HabilitationView(String environment, LocalDate validFrom, LocalDate validUntil, boolean deposit,
                                   boolean read) {
        static HabilitationView of(Habilitation h) {
            return new HabilitationView(h.environment().name(), h.validFrom(), h.validUntil(), h.mayDeposit(),
                    h.mayRead());
        }
    }

    /** A notice the daily review issued to the partner. */
    public record NoticeView(String kind, LocalDate concerningDate, LocalDate issuedOn, String message) {
        static NoticeView of(ConventionNotice notice) {
            return new NoticeView(notice.kind().name(), notice.concerningDate(), notice.issuedOn(), notice.message());
        }
    }

    @Inject
    PartnerDirectory partners;

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

    /** {@code {"validFrom": "2026-01-01", "validUntil": null, "deposit": true, "read": true}}. */
    @PUT
    @Path("/habilitations/{environment}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public ConventionView habilitation(@PathParam("clientId") String clientId,
                                       @PathParam("environment") String environment, JsonObject body) {
        ServiceEnvironment env;
        try {
            env = ServiceEnvironment.valueOf(environment);
        } catch (IllegalArgumentException e) {
            throw invalid("L'environnement vaut PRODUCTION ou SANDBOX.");
        }
        if (body == null || !isBoolean(body.get("deposit")) || !isBoolean(body.get("read"))) {
            throw invalid("Le corps doit indiquer validFrom, validUntil (ou null), deposit et read.");
        }
        return ConventionView.of(partners.grantHabilitation(clientId, new Habilitation(env,
                date(body, "validFrom", true), date(body, "validUntil", false),
                body.get("deposit").getValueType() == JsonValue.ValueType.TRUE,
                body.get("read").getValueType() == JsonValue.ValueType.TRUE)));
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
    public ConventionView suspend(@PathParam("clientId") String clientId, JsonObject body) {
        return ConventionView.of(partners.suspend(clientId, reason(body)));
    }

    /** {@code {"reason": "..."}}: a suspended partner gets its access back. */
    @POST
    @Path("/resumption")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public ConventionView resume(@PathParam("clientId") String clientId, JsonObject body) {
        return ConventionView.of(partners.resume(clientId, reason(body)));
    }

    /** {@code {"reason": "..."}}: cut off at once after a security incident, its logs and data on legal hold. */
    @POST
    @Path("/isolation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public ConventionView isolate(@PathParam("clientId") String clientId, JsonObject body) {
        return ConventionView.of(partners.isolate(clientId, reason(body)));
    }

    /** {@code {"reason": "..."}}: the isolation ends; the legal hold stays until released. */
    @POST
    @Path("/isolation-end")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public ConventionView endIsolation(@PathParam("clientId") String clientId, JsonObject body) {
        return ConventionView.of(partners.endIsolation(clientId, reason(body)));
    }

    /** The legal hold on the partner's logs and data is released. */
    @DELETE
    @Path("/legal-hold")
    @Produces(MediaType.APPLICATION_JSON)
    public ConventionView releaseLegalHold(@PathParam("clientId") String clientId) {
        return ConventionView.of(partners.releaseLegalHold(clientId));
    }

    private static String reason(JsonObject body) {
        if (body == null || !(body.get("reason") instanceof JsonString reason)) {
            throw invalid("Le corps doit être {\"reason\": \"...\"}.");
        }
        return reason.getString();
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
        if (body == null) {
            throw invalid("Le corps doit être {\"kind\": \"...\", \"receivedOn\": \"AAAA-MM-JJ\","
                    + " \"validUntil\": \"AAAA-MM-JJ\"}.");
        }
        AttestationKind kind;
        try {
            kind = AttestationKind.valueOf(body.getString("kind", AttestationKind.HOMOLOGATION.name()));
        } catch (IllegalArgumentException | ClassCastException unknown) {
            throw invalid("kind vaut HOMOLOGATION, PROVISIONAL_AUTHORISATION ou SECURITY_QUESTIONNAIRE.");
        }
        return ConventionView.of(partners.attestSecurity(clientId, SecurityAttestation.of(kind,
                date(body, "receivedOn", false), date(body, "validUntil", false))));
    }

    private static boolean isBoolean(JsonValue value) {
        return value != null && (value.getValueType() == JsonValue.ValueType.TRUE
                || value.getValueType() == JsonValue.ValueType.FALSE);
    }

    private static LocalDate date(JsonObject body, String name, boolean required) {
        JsonValue value = body.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            if (required) {
                throw invalid("Le champ " + name + " est obligatoire (AAAA-MM-JJ).");
            }
            return null;
        }
        try {
            return LocalDate.parse(((JsonString) value).getString());
        } catch (ClassCastException | DateTimeParseException e) {
            throw invalid(name + " est une date AAAA-MM-JJ.");
        }
    }

    private static ApiException invalid(String detail) {
        return new ApiException(ApiError.INVALID_REQUEST, detail);
    }
}
