package fr.imprimfip.partner;

import java.time.LocalDate;

/** What the partner's contacts are told, in French, when an administrator's decision changes their access. */
final class PartnerNoticeTexts {

    private PartnerNoticeTexts() {
    }

    static PartnerInformed terminationNoticeGiven(Partner partner, String reason) {
        return new PartnerInformed(partner.id(), PartnerInformed.Topic.TERMINATION, "Résiliation de la convention",
                "La résiliation de l'accès de " + partner.name() + " au service Imprim'FIP a été notifiée ce jour"
                + " (motif : " + reason + "). Conformément aux conditions générales d'utilisation, le service est"
                + " maintenu pendant le préavis de deux mois ; la résiliation prendra effet le "
                + partner.terminatesOn().orElseThrow() + ".");
    }

    static PartnerInformed conventionEnded(Partner partner, LocalDate day) {
        return new PartnerInformed(partner.id(), PartnerInformed.Topic.TERMINATION, "Fin de la convention",
                "Le préavis est écoulé : l'accès de " + partner.name() + " au service Imprim'FIP a pris fin le " + day
                + ". Les données de l'habilitation sont conservées jusqu'au "
                + partner.habilitationDataKeptUntil().orElseThrow() + ".");
    }

    static PartnerInformed suspended(Partner partner, String reason) {
        return new PartnerInformed(partner.id(), PartnerInformed.Topic.ACCESS, "Accès suspendu", "L'accès de "
                + partner.name() + " au service Imprim'FIP est suspendu à compter de ce jour. Motif : " + reason);
    }

    static PartnerInformed resumed(Partner partner) {
        return new PartnerInformed(partner.id(), PartnerInformed.Topic.ACCESS, "Accès rétabli", "L'accès de "
                + partner.name() + " au service Imprim'FIP est rétabli.");
    }

    static PartnerInformed isolated(Partner partner, String reason) {
        return new PartnerInformed(partner.id(), PartnerInformed.Topic.SECURITY_INCIDENT,
                "Accès coupé à la suite d'un incident de sécurité", "L'accès de " + partner.name() + " au service"
                + " Imprim'FIP est coupé à la suite d'un incident de sécurité ; ses traces et données sont conservées"
                + " pour l'enquête. Motif : " + reason);
    }
}
