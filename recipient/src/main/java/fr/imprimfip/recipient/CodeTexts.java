package fr.imprimfip.recipient;

import fr.imprimfip.lre.CodeRefusedException;

/** What the pages tell of a refused code, in the recipient's words. */
final class CodeTexts {

    static final String SENT = "Un code à 6 chiffres vient de vous être envoyé par courriel. Il est valable 10 minutes.";
    static final String FORMAT = "Le code compte 6 chiffres, sans lettre ni autre signe.";

    private CodeTexts() {
    }

    static String refused(CodeRefusedException refusal) {
        if (refusal.isLimitReached()) {
            return "Vous avez demandé le nombre maximal de codes pour aujourd'hui. Réessayez demain.";
        }
        int left = refusal.attemptsLeft();
        if (left <= 0) {
            return "Ce code n'est plus valable : il a expiré ou trop d'essais ont échoué. Demandez un nouveau code.";
        }
        return "Code incorrect. Il vous reste " + left + (left == 1 ? " essai." : " essais.");
    }

    /** True when the code typed can no longer be used: only a new one helps. */
    static boolean spent(CodeRefusedException refusal) {
        return refusal.isLimitReached() || refusal.attemptsLeft() <= 0;
    }
}
