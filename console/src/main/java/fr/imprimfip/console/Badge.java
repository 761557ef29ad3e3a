package fr.imprimfip.console;

import fr.imprimfip.billing.StatementStatus;
import fr.imprimfip.partner.PartnerStatus;

/** A status as the console shows it: its French label and the DSFR badge class that colours it. */
public record Badge(String label, String css) {

    public static Badge of(PartnerStatus status) {
        return switch (status) {
            case ACTIVE -> new Badge("Actif", "fr-badge--success");
            case SUSPENDED -> new Badge("Suspendu", "fr-badge--warning");
            case ISOLATED -> new Badge("Isolé", "fr-badge--error");
            case UNDER_TERMINATION_NOTICE -> new Badge("En préavis de résiliation", "fr-badge--new");
            case TERMINATED -> new Badge("Résilié", "fr-badge--info");
        };
    }

    public static Badge of(StatementStatus status) {
        return switch (status) {
            case DRAFT -> new Badge("Brouillon", "fr-badge--info");
            case ISSUED -> new Badge("Émis", "fr-badge--success");
        };
    }

    /** A batch job execution's status ({@code jakarta.batch.runtime.BatchStatus} by name). */
    public static Badge ofRun(String batchStatus) {
        return switch (batchStatus) {
            case "STARTING", "STARTED" -> new Badge("En cours", "fr-badge--info");
            case "STOPPING", "STOPPED" -> new Badge("Arrêtée", "fr-badge--warning");
            case "COMPLETED" -> new Badge("Terminée", "fr-badge--success");
            case "FAILED" -> new Badge("En échec", "fr-badge--error");
            case "ABANDONED" -> new Badge("Abandonnée", "fr-badge--error");
            default -> new Badge(batchStatus, "");
        };
    }
}
