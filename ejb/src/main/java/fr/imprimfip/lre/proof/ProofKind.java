package fr.imprimfip.lre.proof;

/**
 * The steps of an electronic registered letter the platform proves, each with what its proof attests, in French as
 * the proof is written.
 */
public enum ProofKind {

    /** The platform received the letter from its sender. */
    DEPOSIT("Preuve de dépôt", "Déposée le",
            "atteste avoir reçu de l'expéditeur désigné ci-dessous la lettre recommandée électronique décrite"
            + " ci-dessous, en vue de sa distribution au destinataire."),
    /** The recipient was told by e-mail that the letter waits for them. */
    NOTIFICATION("Preuve de notification", "Notifiée le",
            "atteste avoir notifié au destinataire, par un courrier électronique envoyé à l'adresse ci-dessous,"
            + " la lettre recommandée électronique décrite ci-dessous, qu'il peut accepter ou refuser jusqu'à la date"
            + " limite indiquée."),
    /** The recipient accepted the letter, which was then made available to them. */
    ACCEPTANCE("Preuve d'acceptation", "Acceptée le",
            "atteste que le destinataire a accepté la lettre recommandée électronique décrite ci-dessous, qui lui a"
            + " été remise."),
    /** The recipient refused the letter. */
    REFUSAL("Preuve de refus", "Refusée le",
            "atteste que le destinataire a refusé la lettre recommandée électronique décrite ci-dessous."),
    /** The recipient neither accepted nor refused the letter within the acceptance period. */
    NEGLECT("Preuve de négligence", "Délai expiré le",
            "atteste que le destinataire n'a ni accepté ni refusé la lettre recommandée électronique décrite"
            + " ci-dessous dans le délai qui lui était imparti."),
    /** The notification e-mail could not be delivered to the recipient. */
    UNDELIVERABLE("Preuve de non-distribution", "Non distribuée le",
            "atteste que le courrier électronique notifiant au destinataire la lettre recommandée électronique"
            + " décrite ci-dessous n'a pas pu lui être remis : la lettre ne lui a pas été distribuée.");

    private final String title;
    private final String eventLabel;
    private final String attestation;

    ProofKind(String title, String eventLabel, String attestation) {
        this.title = title;
        this.eventLabel = eventLabel;
        this.attestation = attestation;
    }

    /** The proof's title, such as "Preuve de dépôt". */
    public String title() {
        return title;
    }

    /** The label of the event's time in the proof, such as "Déposée le". */
    String eventLabel() {
        return eventLabel;
    }

    /** What the platform attests, following "La plateforme Imprim'FIP". */
    String attestation() {
        return attestation;
    }

    /** Whether the recipient has been notified by the time of the event: when, and until when they may answer. */
    boolean notified() {
        return this != DEPOSIT && this != UNDELIVERABLE;
    }
}
