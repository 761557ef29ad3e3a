package fr.imprimfip.web.admin;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import fr.imprimfip.partner.DataPassRequest;
import fr.imprimfip.partner.Habilitation;
import fr.imprimfip.partner.Partner;
import fr.imprimfip.partner.PartnerContact;
import fr.imprimfip.partner.SecurityAttestation;

/** A partner's convention as administrators read it. */
public record ConventionView(String partner, String name, String siret, String status, String statusReason,
                             Instant statusChangedAt, Instant legalHoldSince, Integer callsPerMinute,
                             List<String> ipRanges, List<ContactView> contacts, List<String> recipientServices,
                             List<HabilitationView> habilitations, AttestationView attestation,
                             AcceptanceView acceptance, TerminationView termination) {

    static ConventionView of(Partner partner) {
        return new ConventionView(partner.clientId(), partner.name(), partner.siret(), partner.status().name(),
                partner.statusReason(), partner.statusChangedAt(), partner.legalHoldSince().orElse(null),
                partner.callsPerMinute().isPresent() ? partner.callsPerMinute().getAsInt() : null,
                partner.ipRanges(), partner.contacts().stream().map(ContactView::of).toList(),
                partner.recipientServices(), partner.habilitations().stream().map(HabilitationView::of).toList(),
                partner.attestation().map(AttestationView::of).orElse(null),
                partner.acceptanceRecordedOn().map(on -> new AcceptanceView(on, partner.acceptanceNote()))
                        .orElse(null),
                partner.terminationNoticeGivenOn().map(given -> new TerminationView(given,
                        partner.terminatesOn().orElseThrow(), partner.dataDeliveryEndedOn().orElse(null),
                        partner.habilitationDataKeptUntil().orElse(null))).orElse(null));
    }

    /** A contact of the convention in its role. */
    public record ContactView(String role, String name, String email, String phone) {
        static ContactView of(PartnerContact contact) {
            return new ContactView(contact.role().name(), contact.fullName(), contact.email(), contact.phone());
        }
    }

    /** The security attestation in force, and when its renewal is due. */
    public record AttestationView(String kind, LocalDate receivedOn, LocalDate validUntil, LocalDate renewalDueOn) {
        static AttestationView of(SecurityAttestation attestation) {
            return new AttestationView(attestation.kind().name(), attestation.receivedOn(), attestation.validUntil(),
                    attestation.renewalDueOn());
        }
    }

    /** A habilitation for one environment, its DataPass request, and since when it is active (null: not yet). */
    public record HabilitationView(String environment, LocalDate validFrom, LocalDate validUntil, boolean deposit,
                                   boolean read, boolean active, Instant activatedAt, DataPassView dataPass) {
        static HabilitationView of(Habilitation h) {
            return new HabilitationView(h.environment().name(), h.validFrom(), h.validUntil(), h.mayDeposit(),
                    h.mayRead(), h.active(), h.activatedAt(),
                    h.dataPass() == null ? null : DataPassView.of(h.dataPass()));
        }
    }

    /** What the partner asked for on DataPass. */
    public record DataPassView(String number, String legalBasis, String purpose, Integer expectedLettersPerYear,
                               Integer requestedCallsPerMinute) {
        static DataPassView of(DataPassRequest request) {
            return new DataPassView(request.number(), request.legalBasis(), request.purpose(),
                    request.expectedLettersPerYear(), request.requestedCallsPerMinute());
        }
    }

    /** The functional acceptance recorded in the sandbox. */
    public record AcceptanceView(LocalDate recordedOn, String note) {
    }

    /** A termination notice: given on, effective on, and once effective the retention of habilitation data. */
    public record TerminationView(LocalDate noticeGivenOn, LocalDate terminatesOn, LocalDate dataDeliveryEndedOn,
                                  LocalDate habilitationDataKeptUntil) {
    }
}
