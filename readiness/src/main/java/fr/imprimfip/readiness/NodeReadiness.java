package fr.imprimfip.readiness;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * The node's readiness: DOWN while any registered condition refuses, each condition's verdict in the data, and
 * the facts told beside them (maintenance, analysis backlog).
 */
@Readiness
@ApplicationScoped
public class NodeReadiness implements HealthCheck {

    static final String NAME = "imprimfip";

    @Inject
    ReadinessConditions conditions;

    @Override
    public HealthCheckResponse call() {
        return responseFor(conditions.evaluate(), conditions.facts());
    }

    static HealthCheckResponse responseFor(Map<String, Optional<String>> verdicts) {
        return responseFor(verdicts, Map.of());
    }

    static HealthCheckResponse responseFor(Map<String, Optional<String>> verdicts, Map<String, String> facts) {
        Map<String, Object> data = new LinkedHashMap<>();
        verdicts.forEach((name, refusal) -> data.put(name, refusal.orElse("UP")));
        data.putAll(facts);
        boolean ready = verdicts.values().stream().allMatch(Optional::isEmpty);
        return new HealthCheckResponse(NAME, ready ? HealthCheckResponse.Status.UP : HealthCheckResponse.Status.DOWN,
                Optional.of(data));
    }
}
