package fr.imprimfip.console.admin;

import java.io.Serializable;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.stream.Collectors;

import fr.imprimfip.console.Badge;
import fr.imprimfip.console.FrenchFormats;
import fr.imprimfip.notification.Notification;
import fr.imprimfip.partner.ApplicationUser;
import fr.imprimfip.partner.AttestationKind;
import fr.imprimfip.partner.CertificateIdentity;
import fr.imprimfip.partner.ConventionNotice;
import fr.imprimfip.partner.DataPassRequest;
import fr.imprimfip.partner.Habilitation;
import fr.imprimfip.partner.PartnerContact;
import fr.imprimfip.partner.PartnerCredential;
import fr.imprimfip.partner.SecurityAttestation;
import fr.imprimfip.partner.Tariff;
import fr.imprimfip.partner.UnitPrice;
import fr.imprimfip.shared.ServiceEnvironment;

/**
 * The lines of a partner's page, each read from what the admin API's services return for the partner: contacts,
 * habilitations, credentials, application users, notices, notifications, tariffs, and the due dates to watch.
 */
public final class PartnerSections {

    /** A due date is "near" this long before it. */
    static final Period NEAR = Period.ofDays(30);

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRANCE);

    private PartnerSections() {
    }

    public static String day(LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }

    public static String environment(ServiceEnvironment environment) {
        return environment == ServiceEnvironment.PRODUCTION ? "Production" : "Bac à sable";
    }

    public static String attestationKind(AttestationKind kind) {
        return switch (kind) {
            case HOMOLOGATION -> "Homologation";
            case PROVISIONAL_AUTHORISATION -> "Autorisation provisoire";
            case SECURITY_QUESTIONNAIRE -> "Questionnaire de sécurité";
        };
    }

    /**
     * A date to watch and how it stands on {@code today}: past ("Dépassée", red), within {@link #NEAR} ("Dans n
     * jours", orange), or further (no badge).
     */
    public static Due due(LocalDate date, LocalDate today) {
        if (date == null) {
            return new Due("", null);
        }
        long days = ChronoUnit.DAYS.between(today, date);
        if (days < 0) {
            return new Due(day(date), new Badge("Dépassée", "fr-badge--error"));
        }
        if (date.isBefore(today.plus(NEAR))) {
            return new Due(day(date), new Badge(days == 0 ? "Aujourd'hui" : days == 1 ? "Demain"
                    : "Dans " + days + " jours", "fr-badge--warning"));
        }
        return new Due(day(date), null);
    }

    /** A date and, when it needs attention, its badge. */
    public record Due(String date, Badge badge) implements Serializable {
        public boolean flagged() {
            return badge != null;
        }
    }

    /** The security attestation in force and where it stands on {@code today}. */
    public record Attestation(String kind, String receivedOn, String validUntil, Due renewalDue, Badge state)
            implements Serializable {
        static Attestation of(SecurityAttestation attestation, LocalDate today) {
            Badge state = !attestation.covers(today) ? new Badge("Échue", "fr-badge--error")
                    : today.isBefore(attestation.renewalDueOn()) ? new Badge("En cours de validité", "fr-badge--success")
                    : new Badge("Renouvellement dû", "fr-badge--warning");
            return new Attestation(attestationKind(attestation.kind()), day(attestation.receivedOn()),
                    day(attestation.validUntil()), due(attestation.renewalDueOn(), today), state);
        }
    }

    /** A contact of the convention in its role. */
    public record Contact(String role, String name, String email, String phone) implements Serializable {
        static Contact of(PartnerContact contact) {
            return new Contact(contact.role().label(), contact.fullName(), contact.email(),
                    contact.phone() == null ? "" : contact.phone());
        }
    }

    /** A habilitation for one environment, with the DataPass request it grants. */
    public record HabilitationLine(String environment, String period, String rights, Badge state, String dataPass,
                                   String legalBasis, String purpose, String volumes) implements Serializable {
        static HabilitationLine of(Habilitation habilitation) {
            String rights = habilitation.mayDeposit() && habilitation.mayRead() ? "Dépôt et lecture"
                    : habilitation.mayDeposit() ? "Dépôt" : "Lecture";
            String period = "du " + day(habilitation.validFrom())
                    + (habilitation.validUntil() == null ? ", sans fin" : " au " + day(habilitation.validUntil()));
            Badge state = habilitation.active()
                    ? new Badge("Active depuis le " + FrenchFormats.instant(habilitation.activatedAt()),
                            "fr-badge--success")
                    : new Badge("En attente d'activation", "fr-badge--warning");
            DataPassRequest request = habilitation.dataPass();
            return new HabilitationLine(PartnerSections.environment(habilitation.environment()), period, rights, state,
                    request == null ? "" : request.number(), request == null ? "" : request.legalBasis(),
                    request == null ? "" : request.purpose(), request == null ? "" : volumes(request));
        }

        private static String volumes(DataPassRequest request) {
            String letters = request.expectedLettersPerYear() == null ? "volume non précisé"
                    : FrenchFormats.count(request.expectedLettersPerYear()) + " plis par an";
            String calls = request.requestedCallsPerMinute() == null ? "quota non demandé"
                    : FrenchFormats.count(request.requestedCallsPerMinute()) + " appels par minute demandés";
            return letters + ", " + calls;
        }
    }

    /** A technical identifier (OAuth client) of the partner's application and its certificate. */
    public record Credential(String clientId, String environment, String subject, String issuer, String thumbprint,
                             Badge state) implements Serializable {
        static Credential of(PartnerCredential credential) {
            Badge state = credential.disabledInIdentityProviderAt().isPresent()
                    ? new Badge("Désactivé", "fr-badge--error")
                    : credential.registeredCertificate().isPresent() ? new Badge("Certificat enregistré", "fr-badge--success")
                    : new Badge("Attend le premier certificat", "fr-badge--info");
            return new Credential(credential.clientId(), PartnerSections.environment(credential.environment()),
                    credential.certificateSubject(),
                    credential.registeredCertificate().map(CertificateIdentity::issuer).orElse(""),
                    credential.registeredCertificate().map(CertificateIdentity::thumbprint).orElse(""), state);
        }
    }

    /** An application user of the v1 contract; its password is never shown. */
    public record AppUser(String username, boolean active, boolean blocked, Badge state, String declaredAt,
                          String passwordChangedAt, int failedSignIns, String blockedUntil) implements Serializable {
        static AppUser of(ApplicationUser user, Instant now) {
            boolean blocked = user.active() && user.blockedAt(now);
            Badge state = !user.active() ? new Badge("Révoqué", "fr-badge--info")
                    : blocked ? new Badge("Bloqué", "fr-badge--error") : new Badge("Actif", "fr-badge--success");
            return new AppUser(user.username(), user.active(), blocked, state, FrenchFormats.instant(user.declaredAt()),
                    FrenchFormats.instant(user.passwordChangedAt()), user.failedSignIns(),
                    FrenchFormats.instant(user.blockedUntil()));
        }
    }

    /** A notice the daily review of conventions issued to the partner. */
    public record Notice(String kind, String concerning, String issuedOn, String message) implements Serializable {
        static Notice of(ConventionNotice notice) {
            String kind = switch (notice.kind()) {
                case RENEWAL_DUE_3_MONTHS -> "Renouvellement dans trois mois";
                case RENEWAL_DUE_1_MONTH -> "Renouvellement dans un mois";
                case RENEWAL_DUE_1_WEEK -> "Renouvellement dans une semaine";
                case ATTESTATION_LAPSED -> "Attestation échue";
            };
            return new Notice(kind, day(notice.concerningDate()), day(notice.issuedOn()), notice.message());
        }
    }

    /** An e-mail notification to the partner's contacts. */
    public record NotificationLine(String subject, String recipients, Badge status, String createdAt, String sentAt,
                                   int attempts, String lastError) implements Serializable {
        static NotificationLine of(Notification notification) {
            Badge status = switch (notification.status()) {
                case PENDING -> new Badge("En attente", "fr-badge--warning");
                case SENT -> new Badge("Envoyée", "fr-badge--success");
                case ABANDONED -> new Badge("Abandonnée", "fr-badge--error");
            };
            return new NotificationLine(notification.subject(), String.join(", ", notification.recipients()), status,
                    FrenchFormats.instant(notification.createdAt()), FrenchFormats.instant(notification.sentAt()),
                    notification.attempts(), notification.lastError() == null ? "" : notification.lastError());
        }
    }

    /** A year's tariff: the unit prices by default and by sending type, who set them and when. */
    public record TariffYear(int year, String postage, String production, String byType, String setAt, String setBy)
            implements Serializable {
        static TariffYear of(Tariff tariff) {
            String byType = tariff.lines().stream().map(line -> line.sendingType().label() + " : "
                    + price(line.postage()) + " + " + price(line.production())).collect(Collectors.joining(" ; "));
            return new TariffYear(tariff.year(), price(tariff.postage()), price(tariff.production()), byType,
                    FrenchFormats.instant(tariff.setAt()), tariff.setBy() == null ? "" : tariff.setBy());
        }

        private static String price(UnitPrice price) {
            if (price == null) {
                return "";
            }
            NumberFormat format = NumberFormat.getNumberInstance(Locale.FRANCE);
            format.setMinimumFractionDigits(2);
            format.setMaximumFractionDigits(UnitPrice.SCALE);
            return format.format(price.euros()) + " €";
        }
    }
}
