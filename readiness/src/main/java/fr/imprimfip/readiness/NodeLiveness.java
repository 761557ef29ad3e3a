package fr.imprimfip.readiness;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/** The node's liveness: DOWN while any registered liveness condition refuses, each condition's verdict in the data. */
@Liveness
@ApplicationScoped
public class NodeLiveness implements HealthCheck {

    @Inject
    ReadinessConditions conditions;

    @Override
    public HealthCheckResponse call() {
        return NodeReadiness.responseFor(conditions.evaluateLiveness());
    }
}
