package fr.imprimfip.charter;

/** Every rule of the print charter, with its stable code, its severity and its French message. */
public enum CharterRule {
    // The file as a whole: any error refuses the whole file.
    NOT_A_PDF("STR-001", Severity.ERROR, "Le fichier n'est pas un PDF lisible."),
    ENCRYPTED("STR-002", Severity.ERROR, "Le fichier est chiffré ou protégé : les PDF protégés ne sont pas acceptés."),
    JAVASCRIPT("STR-003", Severity.ERROR, "Le fichier contient du JavaScript."),
    EMBEDDED_FILE("STR-004", Severity.ERROR, "Le fichier contient des fichiers joints."),
    LAUNCH_ACTION("STR-005", Severity.ERROR, "Le fichier contient une action de lancement d'application."),
    NO_PAGE("STR-006", Severity.ERROR, "Le fichier ne contient aucune page."),
    TOO_MANY_PAGES("STR-007", Severity.ERROR, "Le fichier dépasse le nombre maximal de pages."),
    TOO_COMPLEX("STR-008", Severity.ERROR, "Le fichier est trop complexe pour être analysé (contenu démesuré ou imbriqué)."),
    PAGES_UNREADABLE("STR-009", Severity.ERROR, "Des pages du fichier ne peuvent pas être lues."),
    ANALYSIS_IMPOSSIBLE("STR-010", Severity.ERROR,
            "L'analyse du fichier est impossible : contactez le support en citant la référence du fichier."),
    ANALYSIS_TOO_LONG("STR-011", Severity.ERROR,
            "L'analyse du fichier dépasse le temps accordé à un fichier : découpez-le ou simplifiez ses pages."),
    HIDDEN_LAYERS("STR-012", Severity.ERROR, "Le fichier contient des calques masqués ou imprimés autrement"
            + " qu'affichés : enregistrez-le avec « Imprimer en PDF » pour n'en garder que ce qui s'affiche, puis"
            + " déposez-le."),
    // One letter: an error refuses that letter only.
    PAGE_NOT_A4("PAG-001", Severity.ERROR, "Une page n'est pas au format A4 (210 x 297 mm)."),
    PAGE_LANDSCAPE("PAG-002", Severity.ERROR, "Une page est en orientation paysage : seul le portrait est accepté."),
    PRINTED_ANNOTATION("PAG-003", Severity.ERROR, "Une page porte des champs de formulaire ou des annotations à"
            + " imprimer (tampon, dessin) hors de son contenu : enregistrez le fichier avec « Imprimer en PDF » pour"
            + " les y intégrer, puis déposez-le."),
    FONT_NOT_EMBEDDED("FNT-001", Severity.ERROR, "Une police n'est pas incorporée au fichier."),
    STANDARD_FONT_NOT_EMBEDDED("FNT-002", Severity.WARNING,
            "Une police standard n'est pas incorporée : son rendu peut varier à l'impression."),
    REFERENCE_MISSING("REF-001", Severity.ERROR, "Le document ne porte pas de référence métier."),
    REFERENCE_DUPLICATE("REF-002", Severity.ERROR, "La référence métier figure sur plusieurs documents du fichier."),
    ADDRESS_MISSING("ADR-001", Severity.ERROR, "Aucune adresse n'est lisible dans la zone de la fenêtre de l'enveloppe."),
    ADDRESS_LINE_COUNT("ADR-002", Severity.ERROR, "L'adresse doit compter de 3 à 6 lignes."),
    ADDRESS_LINE_LENGTH("ADR-003", Severity.ERROR, "Une ligne d'adresse dépasse 38 caractères."),
    ADDRESS_LAST_LINE("ADR-004", Severity.ERROR,
            "La dernière ligne de l'adresse doit être « CODE POSTAL LOCALITÉ » (5 chiffres) ou un pays."),
    ADDRESS_CHARACTERS("ADR-005", Severity.ERROR,
            "L'adresse doit être écrite en majuscules non accentuées."),
    ADDRESS_POSTCODE_UNKNOWN("ADR-006", Severity.ERROR, "Le code postal de l'adresse n'existe pas."),
    ADDRESS_TOWN_MISMATCH("ADR-007", Severity.WARNING,
            "La localité n'est pas un libellé d'acheminement de ce code postal : le pli risque de revenir."),
    ADDRESS_CEDEX_UNVERIFIED("ADR-008", Severity.WARNING,
            "Le code CEDEX ne figure pas dans la base des codes postaux : il n'a pas pu être vérifié."),
    ADDRESS_OVERSEAS_UNVERIFIED("ADR-009", Severity.WARNING,
            "Le code postal (collectivité d'outre-mer ou Monaco) ne figure pas dans la base des codes postaux : "
                    + "il n'a pas pu être vérifié."),
    LETTER_TOO_THICK("ENV-001", Severity.ERROR, "Le document dépasse le nombre maximal de feuilles d'un pli."),
    // A registered letter: with acknowledgement of receipt (LRAR) or electronic (LRE); REC-002 for LRAR only.
    REGISTERED_SEVERAL_LETTERS("REC-001", Severity.ERROR,
            "Un envoi recommandé (LRAR ou LRE) contient un seul courrier : le fichier en contient plusieurs."),
    REGISTERED_ADDRESS_MISMATCH("REC-002", Severity.ERROR,
            "L'adresse lue dans la fenêtre de l'enveloppe n'est pas l'adresse du destinataire déclarée"
                    + " (recipient.address).");

    private final String code;
    private final Severity severity;
    private final String message;

    CharterRule(String code, Severity severity, String message) {
        this.code = code;
        this.severity = severity;
        this.message = message;
    }

    public String code() {
        return code;
    }

    public Severity severity() {
        return severity;
    }

    public String message() {
        return message;
    }
}
