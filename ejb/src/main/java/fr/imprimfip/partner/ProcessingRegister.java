package fr.imprimfip.partner;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import fr.imprimfip.shared.RetentionPolicy;

/**
 * The register of the categories of processing the service carries out on behalf of each partner (annex clause 7):
 * who the controller is and its DPO, the processor and its DPO, the sub-processors, the processing (the annex's
 * clause 3 and each DataPass habilitation's purpose and legal basis), the data and people concerned, the
 * recipients, the retention periods in force, the security measures and the transfers outside the EU. Generated
 * from the data on each request, never kept.
 */
@Stateless
public class ProcessingRegister {

    static final List<String> PROCESSING = List.of(
            "Réception par API des fichiers PDF de courriers et contrôle de leur conformité à la charte d'impression",
            "Mise à disposition des moyens de production éditiques : impression, mise sous pli, affranchissement et"
                    + " remise à La Poste",
            "Gestion et suivi des courriers envoyés (statuts, retours de production)",
            "Suivi statistique et facturation annuelle (nombre de plis, sans donnée personnelle)");
    static final List<String> DATA = List.of(
            "Utilisateurs habilités : nom, prénom, adresse électronique",
            "Destinataires des courriers : nom, prénom et adresse postale",
            "Codification des courriers et toutes données contenues dans les courriers",
            "Traces d'accès à l'API : date, identifiant technique, empreinte du certificat, adresse IP, opération");
    static final List<String> PEOPLE = List.of("Les utilisateurs dûment habilités à IMPRIM'FIP",
            "Les destinataires des courriers");
    static final List<String> SECURITY = List.of(
            "Authentification mutuelle TLS 1.2/1.3 par certificat et jetons OAuth 2.0 liés au certificat (RFC 8705)",
            "Liste des adresses IP autorisées par partenaire, quota d'appels, droits vérifiés à chaque appel",
            "Chiffrement au repos des fichiers déposés (AES-GCM), purge à l'expiration des durées de conservation",
            "Journal d'audit inaltérable (chaînage par empreintes) de chaque appel, action d'administration et"
                    + " traitement par lots, vérifiable à tout moment",
            "Gel des données et traces (conservation légale) et isolement immédiat d'un partenaire en cas d'incident",
            "Suivi des incidents de sécurité et notification des violations de données dans les 48 heures",
            "Attestation de sécurité (homologation ou questionnaire) exigée de chaque partenaire pour la production");

    @Inject
    private Partners partners;

    @Inject
    private RetentionPolicy retention;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "imprimfip.register.processor", defaultValue = "Direction générale des Finances"
            + " publiques, service IMPRIM'FIP — imprimfip@dgfip.finances.gouv.fr")
    String processor;

    @Inject
    @ConfigProperty(name = "imprimfip.register.processor-dpo", defaultValue = "Délégué à la protection des données"
            + " de la DGFiP (coordonnées à renseigner : imprimfip.register.processor-dpo)")
    String processorDpo;

    @Inject
    @ConfigProperty(name = "imprimfip.register.sub-processors", defaultValue = "Centres éditiques industriels de la"
            + " DGFiP (impression, mise sous pli, affranchissement);La Poste (acheminement et distribution)")
    String subProcessors;

    @Inject
    @ConfigProperty(name = "imprimfip.register.transfers", defaultValue = "Aucun transfert hors de l'Union européenne")
    String transfers;

    /** The register as of now, every partner included (a terminated one until its habilitation data is gone). */
    public Register generate() {
        List<ControllerEntry> controllers = partners.all().stream().map(this::entry).toList();
        return new Register(clock.instant(), processor, processorDpo, List.of(subProcessors.split(";")), SECURITY,
                transfers, retentionPeriods(), controllers);
    }

    private ControllerEntry entry(Partner partner) {
        return new ControllerEntry(partner.clientId(), partner.name(), partner.siret(), partner.status().name(),
                contact(partner, ContactRole.DATA_CONTROLLER), contact(partner, ContactRole.DPO),
                partner.recipientServices(),
                partner.habilitations().stream().map(ProcessingRegister::processing).toList(), PROCESSING, DATA,
                PEOPLE);
    }

    private static Processing processing(Habilitation habilitation) {
        Optional<DataPassRequest> dataPass = Optional.ofNullable(habilitation.dataPass());
        return new Processing(habilitation.environment().name(), habilitation.active(),
                dataPass.map(DataPassRequest::number).orElse(null),
                dataPass.map(DataPassRequest::purpose).orElse(null),
                dataPass.map(DataPassRequest::legalBasis).orElse(null),
                dataPass.map(DataPassRequest::expectedLettersPerYear).orElse(null));
    }

    private static String contact(Partner partner, ContactRole role) {
        return partner.contact(role).map(c -> c.fullName() + " <" + c.email() + ">"
                + (c.phone() == null ? "" : ", " + c.phone())).orElse(null);
    }

    private List<String> retentionPeriods() {
        return List.of(
                "Contenu des fichiers et adresses extraites : " + retention.finalContentDays()
                        + " jours après le statut final de chaque document",
                "Contenu des fichiers rejetés ou supprimés : " + retention.rejectedContentDays() + " jours",
                "Métadonnées des dépôts (sans donnée personnelle) : 3 ans après la fin de l'année facturée",
                "Traces d'accès (journal d'audit) : 1 an",
                "Données de la souscription DataPass : " + Partner.HABILITATION_DATA_RETENTION.getYears()
                        + " ans après l'arrêt de la délivrance des données au partenaire",
                "Sauf conservation légale décidée à la suite d'un incident ou d'un litige");
    }

    /** The whole register. */
    public record Register(Instant generatedAt, String processor, String processorDpo, List<String> subProcessors,
                           List<String> securityMeasures, String transfersOutsideEu, List<String> retentionPeriods,
                           List<ControllerEntry> controllers) {
    }

    /** What is processed on behalf of one partner (the controller). */
    public record ControllerEntry(String partner, String name, String siret, String status, String dataController,
                                  String dpo, List<String> recipientServices, List<Processing> habilitations,
                                  List<String> processing, List<String> personalData, List<String> peopleConcerned) {
    }

    /** One habilitation's processing: its environment, purpose and legal basis. */
    public record Processing(String environment, boolean active, String dataPassNumber, String purpose,
                             String legalBasis, Integer expectedLettersPerYear) {
    }
}
