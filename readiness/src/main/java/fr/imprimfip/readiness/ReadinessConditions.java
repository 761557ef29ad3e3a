package fr.imprimfip.readiness;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The conditions the application's modules registered. Until one is registered the node is not ready: a module
 * that failed to start must not leave a node that looks ready. {@link LivenessCondition}s are kept apart: they say
 * whether the node is alive, and a node with none registered is.
 */
@ApplicationScoped
public class ReadinessConditions {

    static final String NOT_STARTED = "the application has not registered its readiness conditions yet";

    private final Map<String, ReadinessCondition> conditions = new ConcurrentSkipListMap<>();
    private final Map<String, ReadinessCondition> liveness = new ConcurrentSkipListMap<>();
    private final Map<String, Supplier<String>> facts = new ConcurrentSkipListMap<>();

    public void require(ReadinessCondition condition) {
        (condition instanceof LivenessCondition ? liveness : conditions).put(condition.name(), condition);
    }

    /** A fact an operator reads beside the readiness verdicts, which never makes the node unready. */
    public void tell(String name, Supplier<String> fact) {
        facts.put(name, fact);
    }

    public void forget(String name) {
        conditions.remove(name);
        liveness.remove(name);
        facts.remove(name);
    }

    /** Each fact told, as it reads now; one that cannot be read says so. */
    public Map<String, String> facts() {
        Map<String, String> read = new LinkedHashMap<>();
        facts.forEach((name, fact) -> {
            try {
                read.put(name, fact.get());
            } catch (RuntimeException unread) {
                read.put(name, "unknown (" + unread.getClass().getSimpleName() + ")");
            }
        });
        return Collections.unmodifiableMap(read);
    }

    /** Each condition's refusal, empty when it holds; a condition that throws counts as a refusal. */
    public Map<String, Optional<String>> evaluate() {
        if (conditions.isEmpty()) {
            return Map.of("application", Optional.of(NOT_STARTED));
        }
        return verdicts(conditions);
    }

    /** Each liveness condition's refusal, empty when it holds. */
    public Map<String, Optional<String>> evaluateLiveness() {
        return verdicts(liveness);
    }

    private static Map<String, Optional<String>> verdicts(Map<String, ReadinessCondition> registered) {
        Map<String, Optional<String>> verdicts = new LinkedHashMap<>();
        registered.forEach((name, condition) -> verdicts.put(name, refusalOf(condition)));
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
