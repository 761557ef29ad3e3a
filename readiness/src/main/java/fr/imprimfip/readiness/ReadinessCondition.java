package fr.imprimfip.readiness;

import java.util.Optional;
import java.util.function.Supplier;

/** One thing this node needs before a load balancer sends it traffic. */
public interface ReadinessCondition {

    /** A short name an operator finds in {@code /health/ready}, such as {@code content-key}. */
    String name();

    /** Why the node must get no traffic, in words an operator can act on; empty while the condition holds. */
    Optional<String> refusal();

    /** A condition named {@code name} whose refusal {@code refusal} tells at each check. */
    static ReadinessCondition of(String name, Supplier<Optional<String>> refusal) {
        return new Named(name, refusal);
    }

    /** A condition given by its name and its check. */
    record Named(String name, Supplier<Optional<String>> check) implements ReadinessCondition {
        @Override
        public Optional<String> refusal() {
            return check.get();
        }
    }
}
