package fr.imprimfip.readiness;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The conditions the application's modules registered. Until one is registered the node is not ready: a module
 * that failed to start must not leave a node that looks ready.
 */
@ApplicationScoped
public class ReadinessConditions {

    static final String NOT_STARTED = "the application has not registered its readiness conditions yet";

    private final Map<String, ReadinessCondition> conditions = new ConcurrentSkipListMap<>();

    public void require(ReadinessCondition condition) {
        conditions.put(condition.name(), condition);
    }

    public void forget(String name) {
        conditions.remove(name);
    }

    /** Each condition's refusal, empty when it holds; a condition that throws counts as a refusal. */
    public Map<String, Optional<String>> evaluate() {
        if (conditions.isEmpty()) {
            return Map.of("application", Optional.of(NOT_STARTED));
        }
        Map<String, Optional<String>> verdicts = new LinkedHashMap<>();
        conditions.forEach((name, condition) -> verdicts.put(name, refusalOf(condition)));
        return Collections.unmodifiableMap(verdicts);
    }

    private static Optional<String> refusalOf(ReadinessCondition condition) {
        try {
            return condition.refusal();
        } catch (RuntimeException unanswered) {
            return Optional.of("the condition could not be checked (" + unanswered.getClass().getSimpleName() + ")");
        }
    }
}
