package fr.imprimfip.access;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import fr.imprimfip.partner.CertificateIdentity;
import fr.imprimfip.partner.Habilitation;
import fr.imprimfip.partner.Partner;
import fr.imprimfip.partner.PartnerCredential;
import fr.imprimfip.partner.PartnerCredentials;
import fr.imprimfip.partner.Partners;
import fr.imprimfip.shared.BusinessCalendar;
import fr.imprimfip.shared.ServiceEnvironment;

/**
 * Resolves the partner behind a verified token's client id, and the environment that client is for; refuses the
 * call if the client is unknown, the address undeclared, the partner suspended, or its rights for the period (a
 * habilitation for that environment allowing the operation, and for production a valid security attestation)
 * missing.
 */
@ApplicationScoped
public class PartnerAccess {

    /** A partner admitted to call, and the environment (production or sandbox) of the credential it used. */
    public record Admission(Partner partner, ServiceEnvironment environment) {
    }

    @Inject
    private Partners partners;

    @Inject
    private PartnerCredentials partnerCredentials;

    @Inject
    private Clock clock;

    @Inject
    private RecentAdmissions recent;

    /**
     * Admits a call of {@code clientId} presenting {@code certificate} (null: none) from {@code callerIp}, in the
     * order of the terms of use: the technical identifier registered with that certificate (its issuer, subject and
     * thumbprint), the address declared by its partner, the partner allowed to use the service, its rights for the
     * period.
     */
    public Admission admit(String clientId, CertificateIdentity certificate, String callerIp,
                           Habilitation.Operation operation) {
        RecentAdmissions.Caller caller = new RecentAdmissions.Caller(clientId,
                certificate == null ? null : certificate.thumbprint(), callerIp, operation.name());
        Optional<Admission> recalled = recent.recall(caller);
        if (recalled.isPresent()) {
            return recalled.get();
        }
        Admission admission = decide(clientId, certificate, callerIp, operation);
        recent.remember(caller, admission);
        return admission;
    }

    private Admission decide(String clientId, CertificateIdentity certificate, String callerIp,
                             Habilitation.Operation operation) {
        if (clientId == null || clientId.isBlank()) {
            throw new UnknownPartnerException("Identifiant technique absent du jeton",
                    "No client id in the token");
        }
        PartnerCredential credential = partners.credential(clientId)
                .orElseThrow(() -> new UnknownPartnerException("Identifiant technique non enregistré",
                        "Client id not registered"));
        PartnerCredential.Recognition recognition = credential.recognize(certificate);
        if (recognition == PartnerCredential.Recognition.FIRST_PRESENTATION
                && !partnerCredentials.keepFirstCertificate(credential.id(), certificate)) {
            recognition = PartnerCredential.Recognition.OTHER_CERTIFICATE;
        }
        if (recognition == PartnerCredential.Recognition.OTHER_SUBJECT) {
            throw new UnknownPartnerException("Certificat non enregistré pour cet identifiant technique",
                    "Certificate not registered for this client id");
        }
        if (recognition == PartnerCredential.Recognition.OTHER_CERTIFICATE) {
            throw new UnknownPartnerException("Certificat non enregistré pour cet identifiant technique : même sujet"
                    + " que le certificat enregistré, mais autre émetteur ou autre clé",
                    "Certificate not registered for this client id: same subject as the registered certificate, but"
                    + " another issuer or another key");
        }
        if (!credential.partner().acceptsCallsFrom(callerIp)) {
            throw new CallerAddressRefusedException();
        }
        Partner partner = credential.partner();
        LocalDate today = LocalDate.now(clock.withZone(BusinessCalendar.PARIS));
        if (!partner.mayUseServiceOn(today)) {
            throw switch (partner.status()) {
                case SUSPENDED -> new RightsRefusedException("L'accès du partenaire est suspendu.",
                        "The partner's access is suspended.");
                case ISOLATED -> new RightsRefusedException("L'accès du partenaire est coupé à la suite d'un incident"
                        + " de sécurité.", "The partner's access is cut off following a security incident.");
                default -> new RightsRefusedException("La convention du partenaire a pris fin.",
                        "The partner's convention has ended.");
            };
        }
        ServiceEnvironment environment = credential.environment();
        Habilitation habilitation = partner.habilitation(environment, today)
                .orElseThrow(() -> partner.grantedHabilitation(environment)
                        .filter(granted -> !granted.active()).isPresent()
                        ? new RightsRefusedException("L'habilitation de l'environnement " + environment
                                + " n'est pas encore activée.",
                                "The habilitation for the " + environment + " environment is not active yet.")
                        : new RightsRefusedException("Aucune habilitation en cours de validité pour l'environnement "
                                + environment + ".", "No valid habilitation for the " + environment + " environment."));
        if (environment == ServiceEnvironment.PRODUCTION && !partner.attestedOn(today)) {
            throw new RightsRefusedException("L'attestation de sécurité du partenaire n'est plus valide : l'accès de"
                    + " production est suspendu jusqu'à la réception d'une nouvelle.",
                    "The partner's security attestation is no longer valid: production access is suspended until a new"
                    + " one is received.");
        }
        if (!habilitation.allows(operation)) {
            throw operation == Habilitation.Operation.DEPOSIT
                    ? new RightsRefusedException("L'habilitation ne permet pas le dépôt.",
                            "The habilitation does not allow deposits.")
                    : new RightsRefusedException("L'habilitation ne permet pas la lecture.",
                            "The habilitation does not allow reading.");
        }
        return new Admission(partner, environment);
    }
}
