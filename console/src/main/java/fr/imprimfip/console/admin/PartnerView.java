package fr.imprimfip.console.admin;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import fr.imprimfip.console.Badge;
import fr.imprimfip.console.FrenchFormats;
import fr.imprimfip.notification.Notification;
import fr.imprimfip.partner.ApplicationUser;
import fr.imprimfip.partner.ConventionNotice;
import fr.imprimfip.partner.Partner;
import fr.imprimfip.partner.PartnerCredential;
import fr.imprimfip.partner.Tariff;

/**
 * A partner's convention as its page shows it, read after each action from the services the admin API calls.
 */
public record PartnerView(String identifier, String name, String siret, Badge status,
                          String statusReason, String statusChangedAt, String legalHoldSince, String quota,
                          List<String> ipRanges, List<PartnerSections.Contact> contacts, List<String> recipientServices,
                          List<PartnerSections.HabilitationLine> habilitations, PartnerSections.Attestation attestation,
                          String acceptance, Termination termination, List<PartnerSections.Credential> credentials,
                          List<PartnerSections.AppUser> users, List<PartnerSections.Notice> notices,
                          List<PartnerSections.NotificationLine> notifications,
                          List<PartnerSections.TariffYear> tariffs) implements Serializable {

    /** The termination notice: given on, ends on (watched), and the habilitation data's retention once ended. */
    public record Termination(String givenOn, PartnerSections.Due endsOn, String dataKeptUntil) implements Serializable {
    }

    static PartnerView of(Partner partner, List<PartnerCredential> credentials, List<ApplicationUser> users,
                          List<ConventionNotice> notices, List<Notification> notifications, List<Tariff> tariffs,
                          Clock clock) {
        LocalDate today = PartnerPage.today(clock);
        String quota = partner.callsPerMinute().isPresent()
                ? FrenchFormats.count(partner.callsPerMinute().getAsInt()) + " appels par minute" : "";
        String acceptance = partner.acceptanceRecordedOn().map(on -> "Constatée le " + PartnerSections.day(on)
                + (partner.acceptanceNote() == null ? "" : " : " + partner.acceptanceNote())).orElse("");
        Termination termination = partner.terminationNoticeGivenOn().map(given -> new Termination(
                PartnerSections.day(given), PartnerSections.due(partner.terminatesOn().orElseThrow(), today),
                partner.habilitationDataKeptUntil().map(PartnerSections::day).orElse(""))).orElse(null);
        return new PartnerView(partner.clientId(), partner.name(), partner.siret(), Badge.of(partner.status()),
                partner.statusReason() == null ? "" : partner.statusReason(),
                FrenchFormats.instant(partner.statusChangedAt()),
                partner.legalHoldSince().map(FrenchFormats::instant).orElse(""), quota, partner.ipRanges(),
                partner.contacts().stream().map(PartnerSections.Contact::of).toList(), partner.recipientServices(),
                partner.habilitations().stream().map(PartnerSections.HabilitationLine::of)
                        .sorted((a, b) -> b.environment().compareTo(a.environment())).toList(),
                partner.attestation().map(a -> PartnerSections.Attestation.of(a, today)).orElse(null), acceptance,
                termination, credentials.stream().map(PartnerSections.Credential::of).toList(),
                users.stream().map(user -> PartnerSections.AppUser.of(user, clock.instant())).toList(),
                notices.stream().map(PartnerSections.Notice::of).toList(),
                notifications.stream().map(PartnerSections.NotificationLine::of).toList(),
                tariffs.stream().map(PartnerSections.TariffYear::of).toList());
    }

    public String ipRangesText() {
        return String.join(", ", ipRanges);
    }

    public String recipientServicesText() {
        return String.join(", ", recipientServices);
    }

    public boolean onLegalHold() {
        return !legalHoldSince.isEmpty();
    }
}
