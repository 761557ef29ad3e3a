package fr.imprimfip.console.admin;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

import fr.imprimfip.batch.JobRunView;
import fr.imprimfip.console.Badge;
import fr.imprimfip.console.FrenchFormats;

/** A retention purge's execution as the retention page shows it: its status and what each step found or destroyed. */
public record RunRow(long executionId, Badge status, boolean finished, boolean completed, String startedAt,
                     String endedAt, List<StepRow> steps) implements Serializable {

    /** One step: what it looks at and how many items it read (found expired) and wrote (destroyed, or would). */
    public record StepRow(String what, String read, String written, Badge status) implements Serializable {
    }

    private static final Map<String, String> STEPS = Map.of(
            "purge-expired-content", "Contenu des dépôts",
            "purge-expired-print-files", "Fichiers d'impression des lots",
            "purge-expired-deposit-metadata", "Métadonnées des dépôts et courriers",
            "purge-expired-statements", "Relevés annuels",
            "erase-expired-habilitation-data", "Données d'habilitation des partenaires résiliés",
            "purge-expired-audit-events", "Événements du journal d'audit");

    static RunRow of(JobRunView run) {
        return new RunRow(run.executionId(), Badge.ofRun(run.batchStatus()), run.finished(),
                "COMPLETED".equals(run.batchStatus()), FrenchFormats.instant(run.startedAt()),
                FrenchFormats.instant(run.endedAt()), run.steps().stream().map(step -> new StepRow(
                        STEPS.getOrDefault(step.name(), step.name()), FrenchFormats.count(step.readCount()),
                        FrenchFormats.count(step.writeCount()), Badge.ofRun(step.batchStatus()))).toList());
    }
}
