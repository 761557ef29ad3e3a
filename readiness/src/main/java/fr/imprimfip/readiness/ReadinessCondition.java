package fr.imprimfip.readiness;

import java.util.Optional;

/** One thing this node needs before a load balancer sends it traffic. */
public interface ReadinessCondition {

    /** A short name an operator finds in {@code /health/ready}, such as {@code content-key}. */
    String name();

    /** Why the node must get no traffic, in words an operator can act on; empty while the condition holds. */
    Optional<String> refusal();
}
