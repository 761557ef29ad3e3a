package fr.imprimfip.availability;

import java.util.List;
import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

import fr.imprimfip.access.MaintenanceSchedule;
import fr.imprimfip.deposit.AnalysisWatch;
import fr.imprimfip.readiness.ReadinessCondition;
import fr.imprimfip.readiness.ReadinessConditions;
import fr.imprimfip.shared.NodeDrain;

/**
 * Registers the node's readiness on what every request needs, with {@code /health/ready} reporting each: the
 * database gives a valid connection, the content store takes files (the content key is the content-key
 * condition's), and the node is not being drained before a stop. Told beside them: the maintenance the doors are
 * in and the analysis backlog. A maintenance window is deliberately not a condition: during one the doors answer
 * the contract's 503 with its end, which a load balancer with no node left to send to could not; nor is the
 * backlog, which every node shares.
 */
@Singleton
@Startup
public class NodeHealth {

    static final String MAINTENANCE = "maintenance";
    static final String BACKLOG = "analysis-backlog";

    @Inject
    ReadinessConditions readiness;

    @Inject
    ServiceState state;

    @Inject
    MaintenanceSchedule maintenance;

    @EJB
    AnalysisWatch analysis;

    private final List<ReadinessCondition> conditions = List.of(
            ReadinessCondition.of("database", () -> state.databaseFailure()),
            ReadinessCondition.of("content-store", () -> state.contentStoreFailure()),
            ReadinessCondition.of("accepting", () -> NodeDrain.requested() ? Optional.of("the node is being stopped")
                    : Optional.empty()));

    @PostConstruct
    void report() {
        conditions.forEach(readiness::require);
        readiness.tell(MAINTENANCE, () -> maintenance.untilNow().map(until -> "until " + until).orElse("none"));
        readiness.tell(BACKLOG, () -> {
            AnalysisWatch.Reading reading = analysis.read();
            return reading.waiting() + " files waiting, the oldest for " + reading.oldestSeconds() + " s, "
                    + reading.retried() + " tried again";
        });
    }

    @PreDestroy
    void stopReporting() {
        conditions.forEach(condition -> readiness.forget(condition.name()));
        readiness.forget(MAINTENANCE);
        readiness.forget(BACKLOG);
    }
}
