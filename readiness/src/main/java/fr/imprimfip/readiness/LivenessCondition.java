package fr.imprimfip.readiness;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * A condition whose failure means the node must be restarted, not only kept out of traffic: it is reported by
 * {@code /health/live} instead of {@code /health/ready}.
 */
public interface LivenessCondition extends ReadinessCondition {

    /** A liveness condition named {@code name} whose refusal {@code refusal} tells at each check. */
    static LivenessCondition of(String name, Supplier<Optional<String>> refusal) {
        return new Named(name, refusal);
    }

    /** A liveness condition given by its name and its check. */
    record Named(String name, Supplier<Optional<String>> check) implements LivenessCondition {
        @Override
        public Optional<String> refusal() {
            return check.get();
        }
    }
}
