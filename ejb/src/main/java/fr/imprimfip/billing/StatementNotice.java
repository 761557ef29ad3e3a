package fr.imprimfip.billing;

import fr.imprimfip.partner.PartnerInformed;

/** What the partner's requester is told, in French, when its statement of a year is issued. */
final class StatementNotice {

    private StatementNotice() {
    }

    static PartnerInformed issued(Statement statement) {
        String number = statement.number().orElseThrow();
        return new PartnerInformed(statement.partner().id(), PartnerInformed.Topic.STATEMENT,
                "Relevé " + statement.year() + " émis (" + number + ")",
                "Le relevé annuel " + statement.year() + " de " + statement.billedName() + " (n° " + number
                + ") a été émis : " + statement.plis() + " plis déposés en production, pour un montant total de "
                + StatementDocuments.euros(statement.totalAmount()) + " (affranchissement "
                + StatementDocuments.euros(statement.postageAmount()) + ", production "
                + StatementDocuments.euros(statement.productionAmount()) + "), conformément à la convention"
                + " financière (CGU, article 7).\n\nIl se télécharge en PDF, en CSV et au format Factur-X par l'API :"
                + " GET /api/v2/statements/" + statement.id() + ".");
    }
}
