package fr.imprimfip.readiness;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

class NodeReadinessTest {

    private final ReadinessConditions conditions = new ReadinessConditions();

    @Test
    void aNodeWhoseApplicationRegisteredNothingIsNotReady() {
        HealthCheckResponse response = NodeReadiness.responseFor(conditions.evaluate());
        assertEquals(HealthCheckResponse.Status.DOWN, response.getStatus());
        assertEquals(ReadinessConditions.NOT_STARTED, response.getData().orElseThrow().get("application"));
    }

    @Test
    void readyOnlyWhileEveryConditionHolds() {
        conditions.require(condition("content-key", null));
        conditions.require(condition("content-store", null));
        HealthCheckResponse ready = NodeReadiness.responseFor(conditions.evaluate());
        assertEquals(HealthCheckResponse.Status.UP, ready.getStatus());
        assertEquals("UP", ready.getData().orElseThrow().get("content-key"));

        conditions.require(condition("content-key", "the key store holds another key"));
        HealthCheckResponse down = NodeReadiness.responseFor(conditions.evaluate());
        assertEquals(HealthCheckResponse.Status.DOWN, down.getStatus());
        assertEquals("the key store holds another key", down.getData().orElseThrow().get("content-key"));
        assertEquals("UP", down.getData().orElseThrow().get("content-store"));
    }

    @Test
    void aConditionThatCannotBeCheckedRefusesWithoutTakingTheOthersDown() {
        conditions.require(new ReadinessCondition() {
            @Override
            public String name() {
                return "broken";
            }

            @Override
            public Optional<String> refusal() {
                throw new IllegalStateException("secret detail");
            }
        });
        conditions.require(condition("content-key", null));
        HealthCheckResponse response = NodeReadiness.responseFor(conditions.evaluate());
        assertEquals(HealthCheckResponse.Status.DOWN, response.getStatus());
        assertEquals("the condition could not be checked (IllegalStateException)",
                response.getData().orElseThrow().get("broken"));
        assertEquals("UP", response.getData().orElseThrow().get("content-key"));
    }

    @Test
    void aForgottenConditionNoLongerCounts() {
        conditions.require(condition("content-key", "no key"));
        conditions.require(condition("content-store", null));
        conditions.forget("content-key");
        assertEquals(HealthCheckResponse.Status.UP, NodeReadiness.responseFor(conditions.evaluate()).getStatus());
    }

    @Test
    void factsAreToldBesideTheVerdictsAndNeverMakeTheNodeUnready() {
        conditions.require(condition("database", null));
        conditions.tell("maintenance", () -> "until 2026-12-05T03:00:00Z");
        conditions.tell("analysis-backlog", () -> {
            throw new IllegalStateException("no database");
        });
        HealthCheckResponse response = NodeReadiness.responseFor(conditions.evaluate(), conditions.facts());
        assertEquals(HealthCheckResponse.Status.UP, response.getStatus());
        assertEquals("until 2026-12-05T03:00:00Z", response.getData().orElseThrow().get("maintenance"));
        assertEquals("unknown (IllegalStateException)", response.getData().orElseThrow().get("analysis-backlog"));
        conditions.forget("maintenance");
        assertEquals(java.util.Set.of("analysis-backlog"), conditions.facts().keySet());
    }

    private static ReadinessCondition condition(String name, String refusal) {
        return new Fixed(name, refusal);
    }

    private record Fixed(String name, String text) implements ReadinessCondition {
        @Override
        public Optional<String> refusal() {
            return Optional.ofNullable(text);
        }
    }

    private record FixedLiveness(String name, String text) implements LivenessCondition {
        @Override
        public Optional<String> refusal() {
            return Optional.ofNullable(text);
        }
    }

    @Test
    void livenessConditionsAreReportedApartAndANodeWithNoneIsAlive() {
        assertEquals(HealthCheckResponse.Status.UP, NodeReadiness.responseFor(conditions.evaluateLiveness()).getStatus());
        conditions.require(condition("content-key", null));
        conditions.require(new FixedLiveness("analysis", "the analysis timer has not run for 75 s"));
        HealthCheckResponse ready = NodeReadiness.responseFor(conditions.evaluate());
        assertEquals(HealthCheckResponse.Status.UP, ready.getStatus(), "a liveness refusal is not a readiness one");
        assertEquals(java.util.Set.of("content-key"), ready.getData().orElseThrow().keySet());
        HealthCheckResponse live = NodeReadiness.responseFor(conditions.evaluateLiveness());
        assertEquals(HealthCheckResponse.Status.DOWN, live.getStatus());
        assertEquals("the analysis timer has not run for 75 s", live.getData().orElseThrow().get("analysis"));
        conditions.forget("analysis");
        assertEquals(HealthCheckResponse.Status.UP, NodeReadiness.responseFor(conditions.evaluateLiveness()).getStatus());
    }
}
