package fr.imprimfip.recipient;

import fr.imprimfip.lre.DecisionRefusedException;
import fr.imprimfip.lre.RecipientLetterView;

/** The letter's state and the refusals of a decision, as the recipient reads them. */
final class LetterTexts {

    private LetterTexts() {
    }

    static String state(RecipientLetterView.State state) {
        return switch (state) {
            case AWAITING_DECISION -> "En attente de votre décision";
            case ACCEPTED -> "Acceptée";
            case REFUSED -> "Refusée";
            case NEGLECTED -> "Négligée";
        };
    }

    /** The DSFR badge of the state. */
    static String badge(RecipientLetterView.State state) {
        return switch (state) {
            case AWAITING_DECISION -> "fr-badge--new";
            case ACCEPTED -> "fr-badge--success";
            case REFUSED -> "fr-badge--error";
            case NEGLECTED -> "fr-badge--warning";
        };
    }

    static String decisionRefused(DecisionRefusedException.Reason reason) {
        return switch (reason) {
            case ALREADY_DECIDED -> "Votre décision sur cette lettre est déjà enregistrée : elle est définitive.";
            case DEADLINE_PASSED -> "Le délai pour accepter ou refuser cette lettre est dépassé.";
            case NOT_ACCEPTED -> "La lettre ne peut être téléchargée qu'après l'avoir acceptée.";
            case CONTENT_GONE -> "La lettre n'est plus conservée : sa durée de conservation est écoulée.";
        };
    }
}
