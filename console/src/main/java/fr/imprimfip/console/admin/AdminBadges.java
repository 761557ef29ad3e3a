package fr.imprimfip.console.admin;

import fr.imprimfip.console.Badge;
import fr.imprimfip.incident.IncidentPhase;
import fr.imprimfip.production.PrintLotStatus;
import fr.imprimfip.template.TemplateStatus;

/** The statuses of the administrators' operational pages as badges: templates, incidents, print lots. */
public final class AdminBadges {

    private AdminBadges() {
    }

    public static Badge of(TemplateStatus status) {
        return switch (status) {
            case SUBMITTED -> new Badge("À examiner", "fr-badge--new");
            case VALIDATED -> new Badge("Validé", "fr-badge--success");
            case REFUSED -> new Badge("Refusé", "fr-badge--error");
        };
    }

    public static Badge of(IncidentPhase phase) {
        return new Badge(label(phase), switch (phase) {
            case IMMEDIATE_RESPONSE -> "fr-badge--error";
            case INVESTIGATION -> "fr-badge--warning";
            case TREATMENT -> "fr-badge--info";
            case CLOSED -> "fr-badge--success";
        });
    }

    public static Badge of(PrintLotStatus status) {
        return switch (status) {
            case COMPOSING -> new Badge("En composition", "fr-badge--info");
            case READY -> new Badge("Prêt à imprimer", "fr-badge--new");
            case PRINTED -> new Badge("Imprimé", "fr-badge--info");
            case ENVELOPED -> new Badge("Mis sous pli", "fr-badge--info");
            case HANDED_OVER -> new Badge("Remis à La Poste", "fr-badge--success");
        };
    }

    /** A phase's name in French, as the incident's page and its list say it. */
    public static String label(IncidentPhase phase) {
        return switch (phase) {
            case IMMEDIATE_RESPONSE -> "Réponse immédiate";
            case INVESTIGATION -> "Investigation";
            case TREATMENT -> "Traitement";
            case CLOSED -> "Clos";
        };
    }
}
