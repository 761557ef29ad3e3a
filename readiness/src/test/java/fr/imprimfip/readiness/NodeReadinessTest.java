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

    private static ReadinessCondition condition(String name, String refusal) {
        return new ReadinessCondition() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Optional<String> refusal() {
                return Optional.ofNullable(refusal);
            }
        };
    }
}
